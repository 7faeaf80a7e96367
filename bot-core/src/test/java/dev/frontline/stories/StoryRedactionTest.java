package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.stories.StoryRedaction.Kind;
import dev.frontline.stories.StoryRedaction.Redacted;
import dev.frontline.testing.CountingText;

/** Each kind of personal data is taken out of a story, and ordinary words stay. */
class StoryRedactionTest {

	@Test
	void eMailAddressesLinksAndCaseNumbersAreTakenOut() {
		Redacted redacted = StoryRedaction.redact(
				"She wrote from mara.tell+trips@example.co.uk about case 1042 (see https://frontline.example/cases/1042"
						+ " and #1043).",
				List.of());

		assertThat(redacted.text()).isEqualTo("She wrote from [e-mail] about [case] (see [link] and [case]).");
		assertThat(redacted.removed()).containsEntry(Kind.EMAIL, 1)
			.containsEntry(Kind.LINK, 1)
			.containsEntry(Kind.CASE, 2);
	}

	@Test
	void handlesPhoneNumbersAndBookingReferencesAreTakenOutButFlightNumbersAndTimesStay() {
		Redacted redacted = StoryRedaction.redact(
				"@mara.t called +1 (303) 555-0142 about booking QX7P2L on LK905 at" + " 10:45, gate 12, 3 bags.",
				List.of());

		assertThat(redacted.text())
			.isEqualTo("[handle] called [phone] about booking [booking ref] on LK905 at 10:45, gate 12, 3 bags.");
		assertThat(redacted.summary()).isEqualTo("Taken out: 1 handle, 1 phone number, 1 booking reference.");
	}

	@Test
	void namesWithATitleAndNamesTheCallerKnowsAreTakenOutAsWholeWords() {
		Redacted redacted = StoryRedaction.redact(
				"Mrs Okafor asked for Sam by name; mara tell thanked Samantha. Dr. Lee Park was on board.",
				List.of("Mara Tell", "Sam"));

		assertThat(redacted.text())
			.isEqualTo("[name] asked for [name] by name; [name] thanked Samantha. [name] was on board.");
		assertThat(redacted.removed()).containsEntry(Kind.TITLED_NAME, 4);
	}

	@Test
	void aKnownNamesPartsAreTakenOutWhereWrittenWithACapitalOnly() {
		Redacted redacted = StoryRedaction.redact("Mara was upset; we tell customers the truth. Later Tell wrote back.",
				List.of("Mara Tell", "mara_t"));

		assertThat(redacted.text())
			.isEqualTo("[name] was upset; we tell customers the truth. Later [name] wrote back.");
	}

	@Test
	void bookingReferencesAreTakenOutInLowerCaseAndAsTheCustomerStoredThem() {
		Redacted redacted = StoryRedaction.redact("Her booking qx7p2l, then LK-88231X, then lk-88231x; flight lk905.",
				List.of(), List.of("LK-88231X"));

		assertThat(redacted.text())
			.isEqualTo("Her booking [booking ref], then [booking ref], then [booking ref]; flight lk905.");
	}

	@Test
	void anAnswerThatGrowsPastItsColumnIsCut() {
		Redacted redacted = StoryRedaction.redact("Jo ".repeat(1_000), List.of("Jo"));

		assertThat(redacted.text()).hasSize(StoryRedaction.MAX_REDACTED).endsWith("…").doesNotContain("Jo");
	}

	@Test
	void aStoryWithoutPersonalDataIsUnchanged() {
		Redacted redacted = StoryRedaction
			.redact("The app crashed for everyone at check-in; we posted a status update.", List.of());

		assertThat(redacted.text()).isEqualTo("The app crashed for everyone at check-in; we posted a status update.");
		assertThat(redacted.summary()).isEqualTo("Nothing was taken out.");
	}

	@Test
	void aLongRunOfLettersWithoutAnAtSignIsReadOnceWhenLookingForAnEmailAddress() {
		CountingText text = new CountingText("a".repeat(20_000) + " and no address");

		boolean found = StoryRedaction.Kind.EMAIL.pattern().matcher(text).find();

		assertThat(found).isFalse();
		// Trying every letter as the start of an address reads the run about 200 million
		// times; starting only where a word starts reads it a few times.
		assertThat(text.reads()).isLessThan(10L * text.length());
		assertThat(StoryRedaction.redact("write to mara.tell+air@example.com today", List.of()).text())
			.isEqualTo("write to [e-mail] today");
	}

}
