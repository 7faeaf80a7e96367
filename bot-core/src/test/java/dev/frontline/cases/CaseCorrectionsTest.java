package dev.frontline.cases;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.delivery.Card;
import dev.frontline.people.NotPermittedException;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;
import dev.frontline.testing.RecordingChatPlatform.Call;
import dev.frontline.triage.Correction;
import dev.frontline.triage.Severity;
import dev.frontline.triage.TriageCorrections;

/**
 * Staff correct triage from the card: raise a severity or move a case; lowering takes a
 * supervisor. The change is in the history and on the card, the clock follows, a moved
 * card goes to the new team's channel, and each correction is kept as a labelled example
 * (with the learned layer off here, as in every test that starts the application).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CaseCorrectionsTest {

	static final String DELAY = "My flight LK88 was delayed two hours and nobody explained why.";

	@LocalServerPort
	int port;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseActions actions;

	@Autowired
	CaseCommands commands;

	@Autowired
	Cases cases;

	@Autowired
	TriageCorrections examples;

	@Autowired
	RecordingChatPlatform chat;

	@Autowired
	MutableClock clock;

	IntakeClient intake;

	@BeforeEach
	void connect() {
		intake = new IntakeClient(port);
	}

	@Test
	void staffRaiseASeverityAndTheHistoryTheCardAndTheClockFollow() {
		long number = open("fix-1", DELAY);
		CaseView before = cases.get(number);
		assertThat(before.severity()).isEqualTo(Severity.SEV3);

		CaseView after = corrections.changeSeverity(number, People.STAFF, "sev1", "an injury");

		assertThat(after.severity()).isEqualTo(Severity.SEV1);
		assertThat(after.acknowledgeBy()).as("SEV1 is due within 5 minutes of the correction")
			.isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
		assertThat(after.history().getLast()).isEqualTo(new HistoryEntry(after.history().getLast().at(),
				"Sam Staff (slack:U-STAFF)", "CORRECTED", "SEV3 → SEV1 (an injury)"));
		assertThat(commands.caseCommand(People.STAFF, String.valueOf(number)).text())
			.contains("corrected by Sam Staff: SEV3 → SEV1 (an injury)");
		assertThat(after.reasons().getFirst().label()).isEqualTo("SEV1: corrected by Sam Staff (was SEV3)");
		Call card = awaitCard(number, "C-FLIGHT-OPS", c -> c.title().startsWith("SEV1 · Case " + number));
		assertThat(card.card().tone()).isEqualTo(Card.Tone.CRITICAL);
	}

	@Test
	void staffMayNotLowerASeverityAndTheRefusalNamesWhoMay() {
		long number = open("fix-2", DELAY);

		assertThatThrownBy(() -> corrections.changeSeverity(number, People.STAFF, "SEV4", "only a question"))
			.isInstanceOf(NotPermittedException.class)
			.hasMessageStartingWith("Sorry, only a supervisor can lower the severity of a case: ")
			.hasMessageContaining("Sofia Supervisor");
		assertThatThrownBy(() -> corrections.changeSeverity(number, People.STRANGER, "SEV1", "an injury"))
			.isInstanceOf(NotPermittedException.class)
			.hasMessageContaining("doesn't know you yet");
		assertThatThrownBy(() -> corrections.moveTeam(number, People.STRANGER, "loyalty", "miles"))
			.isInstanceOf(NotPermittedException.class)
			.hasMessageContaining("doesn't know you yet");
		CaseView unchanged = cases.get(number);
		assertThat(unchanged.severity()).isEqualTo(Severity.SEV3);
		assertThat(unchanged.team()).isEqualTo("flight-ops");
		assertThat(unchanged.history()).hasSize(1);
		assertThat(examples.examples()).noneMatch(example -> example.caseNumber() == number);
	}

	@Test
	void aSupervisorLowersASeverityAndItsClockCountsFromTheOpening() {
		long number = open("fix-3", DELAY);
		CaseView before = cases.get(number);

		CaseView after = corrections.changeSeverity(number, People.SUPERVISOR, "4", "a question, not a complaint");

		assertThat(after.severity()).isEqualTo(Severity.SEV4);
		assertThat(after.acknowledgeBy()).as("SEV4 runs no clock").isNull();
		assertThat(before.acknowledgeBy()).isNotNull();
		assertThat(after.history().getLast().detail()).isEqualTo("SEV3 → SEV4 (a question, not a complaint)");
	}

	@Test
	void badValuesAreExplainedAndChangeNothing() {
		long number = open("fix-4", DELAY);

		assertThatThrownBy(() -> corrections.changeSeverity(number, People.STAFF, "SEV9", "why"))
			.hasMessage("Please choose a severity: SEV1, SEV2, SEV3 or SEV4.");
		assertThatThrownBy(() -> corrections.changeSeverity(number, People.STAFF, "SEV1", "  "))
			.hasMessage("Please give a reason for the new severity.");
		assertThatThrownBy(() -> corrections.changeSeverity(number, People.STAFF, "SEV3", "same"))
			.hasMessage("Case " + number + " is SEV3 already.");
		assertThatThrownBy(() -> corrections.moveTeam(number, People.STAFF, "kitchen", "why"))
			.hasMessage("Please choose one of the teams: baggage, care-social, digital, flight-ops, loyalty.");
		actions.resolve(number, People.STAFF, "answered");
		assertThatThrownBy(() -> corrections.moveTeam(number, People.STAFF, "loyalty", "miles"))
			.isInstanceOf(CaseConflictException.class);
		assertThat(cases.get(number).history()).extracting(HistoryEntry::action).containsExactly("OPENED", "RESOLVED");
	}

	@Test
	void aMovedCaseIsPostedToTheNewTeamAndTheOldCardSaysWhereItWent() {
		long number = open("fix-5", DELAY);
		Call first = awaitCard(number, "C-FLIGHT-OPS", card -> true);

		CaseView moved = corrections.moveTeam(number, People.STAFF, "Loyalty", "it is about their miles");

		assertThat(moved.team()).isEqualTo("loyalty");
		assertThat(moved.history().getLast().action()).isEqualTo("MOVED");
		assertThat(commands.caseCommand(People.STAFF, String.valueOf(number)).text())
			.contains("moved by Sam Staff: flight-ops → loyalty (it is about their miles)");
		Call posted = awaitCard(number, "C-LOYALTY", card -> true);
		assertThat(posted.method()).isEqualTo("postCard");
		assertThat(posted.card().fields()).contains(new Card.Field("Team", "loyalty"));
		assertThat(posted.card().actions()).isNotEmpty();
		Call left = awaitCard(number, "C-FLIGHT-OPS", card -> card.title().contains("MOVED"));
		assertThat(left.ref()).isEqualTo(first.ref());
		assertThat(left.card().title()).isEqualTo("SEV3 · Case " + number + " · MOVED to loyalty");
		assertThat(left.card().fields()).contains(new Card.Field("Moved", "to loyalty by Sam Staff"));
		assertThat(left.card().actions()).isEmpty();
	}

	@Test
	void eachCorrectionIsKeptAsALabelledExampleTheLatestOfACaseStanding() {
		long number = open("fix-6", DELAY);

		corrections.changeSeverity(number, People.STAFF, "SEV2", "they miss a wedding");
		corrections.moveTeam(number, People.STAFF, "loyalty", "booked with miles");

		List<Correction> kept = examples.examples().stream().filter(c -> c.caseNumber() == number).toList();
		assertThat(kept).singleElement().satisfies(example -> {
			assertThat(example.complaint().text()).isEqualTo(DELAY);
			assertThat(example.complaint().followers()).isEqualTo(800);
			assertThat(example.severity()).isEqualTo(Severity.SEV2);
			assertThat(example.team()).isEqualTo("loyalty");
			assertThat(example.why()).isEqualTo("booked with miles");
			assertThat(example.correctedBy()).isEqualTo("Sam Staff (slack:U-STAFF)");
			assertThat(example.correctedAt()).isEqualTo(clock.instant());
		});
	}

	@Test
	void aRecordedOnlyCaseRaisedGetsItsCardAndItsClock() {
		long number = intake
			.post(complaint("fix-7").by("@fix7")
				.text("Nice new livery, shame about the legroom.")
				.with("engagement", Map.of("likes", 0, "shares", 0, "replies", 0))
				.with("customer", Map.of("tier", "none"))
				.json())
			.json()
			.get("caseNumber")
			.asLong();
		assertThat(cases.get(number).posted()).isFalse();

		CaseView raised = corrections.changeSeverity(number, People.STAFF, "SEV3", "they could not fit in the seat");

		assertThat(raised.posted()).isTrue();
		assertThat(raised.acknowledgeBy()).isEqualTo(clock.instant().plus(Duration.ofMinutes(60)));
		awaitCard(number, "C-CARE", card -> card.title().startsWith("SEV3 · Case " + number));
	}

	private long open(String externalId, String text) {
		return intake
			.post(complaint(externalId).by("@" + externalId)
				.text(text)
				.with("author", Map.of("handle", "@" + externalId, "followers", 800))
				.json())
			.json()
			.get("caseNumber")
			.asLong();
	}

	private Call awaitCard(long number, String channel, java.util.function.Predicate<Card> matching) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			// The platform is paced at one message a second per channel: let time pass.
			clock.advance(Duration.ofSeconds(2));
			List<Call> found = chat.calls()
				.stream()
				.filter(call -> call.method().equals("postCard") || call.method().equals("updateCard"))
				.filter(call -> call.channel().channel().equals(channel))
				.filter(call -> call.card().title().contains("Case " + number + " ") && matching.test(call.card()))
				.toList();
			return found.isEmpty() ? null : found.getLast();
		}, java.util.Objects::nonNull);
	}

}
