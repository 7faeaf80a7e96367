package dev.frontline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CardTest {

	@Test
	void aCardsSubjectIsTheNumberedThingItsTitleNames() {
		assertThat(titled("SEV2 · Case 1042 · OPEN").subject()).contains("Case 1042");
		assertThat(titled("Draft reply 7 of case 1042").subject()).contains("Draft reply 7");
	}

	@Test
	void aCardAboutNoOneThingHasNoSubject() {
		assertThat(titled("Challenging situations · Baggage").subject()).isEmpty();
		// An incident card says INCIDENT, in capitals, which is not read as a subject.
		assertThat(titled("INCIDENT 3 · Outage · SEV1 · OPEN").subject()).isEmpty();
	}

	private static Card titled(String title) {
		return new Card(title, Card.Tone.NORMAL, List.of(), null, List.of(), List.of(), null);
	}

}
