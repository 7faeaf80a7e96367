package dev.frontline.cases;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

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

/**
 * A case from intake to its card in the team channel, through acknowledge, escalate and
 * resolve.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CaseLifecycleTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseActions actions;

	@Autowired
	Cases cases;

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
	void aPostedCaseIsOneCardUpdatedInPlaceWithActivityInItsThread() {
		long number = open("life-1", "@life1");
		Call posted = awaitCall("postCard", number);
		assertThat(posted.card().title()).isEqualTo(cases.get(number).severity() + " · Case " + number + " · OPEN");
		assertThat(posted.card().actions()).extracting(Card.Action::label)
			.containsExactly("Acknowledge", "Draft reply", "Escalate", "Change severity", "Move team", "Resolve");

		actions.acknowledge(number, People.STAFF);

		Call updated = awaitCall("updateCard", number);
		assertThat(updated.ref()).isEqualTo(posted.ref());
		assertThat(updated.card().title()).endsWith("ACKNOWLEDGED");
		assertThat(updated.card().fields()).contains(new Card.Field("Owner", "Sam Staff"));
		assertThat(updated.card().actions()).extracting(Card.Action::label)
			.containsExactly("Draft reply", "Plan follow-up", "Escalate", "Change severity", "Move team", "Resolve");
		Call note = awaitCall("postThreadNote", number);
		assertThat(note.ref()).isEqualTo(posted.ref());
		assertThat(note.note().text()).startsWith("Acknowledged by Sam Staff");
		assertThat(chat.calls().stream().filter(call -> call.method().equals("postCard") && isAbout(call, number)))
			.hasSize(1);
	}

	@Test
	void everyDecisionIsInTheHistoryWithItsPerson() {
		long number = open("life-2", "@life2");

		actions.acknowledge(number, People.STAFF);
		actions.escalate(number, People.STAFF, "customer is stranded with a child");
		actions.resolve(number, People.SUPERVISOR, "rebooked and hotel voucher sent");

		CaseView view = cases.get(number);
		assertThat(view.status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(view.escalationLevel()).isEqualTo(1);
		assertThat(view.history()).extracting(HistoryEntry::action)
			.containsExactly("OPENED", "ACKNOWLEDGED", "ESCALATED", "RESOLVED");
		assertThat(view.history().get(1).actor()).isEqualTo("Sam Staff (slack:U-STAFF)");
		assertThat(view.history().get(2).detail()).isEqualTo("level 1: customer is stranded with a child");
		assertThat(view.history().get(3).actor()).isEqualTo("Sofia Supervisor (slack:U-SUPER)");
	}

	@Test
	void someoneWithoutARoleIsPolitelyRefusedAndNothingChanges() {
		long number = open("life-3", "@life3");

		assertThatThrownBy(() -> actions.acknowledge(number, People.STRANGER)).isInstanceOf(NotPermittedException.class)
			.hasMessageContaining("doesn't know you yet");
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.OPEN);
		assertThat(cases.get(number).history()).hasSize(1);
	}

	@Test
	void aCaseOwnedBySomeoneCannotBeTakenByAnother() {
		long number = open("life-4", "@life4");
		actions.acknowledge(number, People.STAFF);

		assertThatThrownBy(() -> actions.acknowledge(number, People.SUPERVISOR))
			.isInstanceOf(CaseConflictException.class)
			.hasMessage("Case " + number + " is already owned by Sam Staff.");
	}

	@Test
	void resolvingNeedsANoteAndAResolvedCaseStaysResolved() {
		long number = open("life-5", "@life5");

		assertThatThrownBy(() -> actions.resolve(number, People.STAFF, "  "))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Please give a resolution note.");
		actions.resolve(number, People.STAFF, "refund issued");
		assertThatThrownBy(() -> actions.escalate(number, People.STAFF, "again"))
			.isInstanceOf(CaseConflictException.class)
			.hasMessage("Case " + number + " is already resolved.");
	}

	@Test
	void anUnknownCaseNumberIsExplained() {
		assertThatThrownBy(() -> actions.acknowledge(999_999, People.STAFF)).isInstanceOf(UnknownCaseException.class)
			.hasMessage("There is no case 999999.");
	}

	@Test
	void aLowImpactComplaintIsRecordedButNotPosted() {
		long number = intake
			.post(complaint("life-6").by("@mild")
				.text("Nice new livery, shame about the legroom.")
				.with("engagement", java.util.Map.of("likes", 0, "shares", 0, "replies", 0))
				.with("customer", java.util.Map.of("tier", "none"))
				.with("createdAt", "2026-11-18T08:00:00Z")
				.json())
			.json()
			.get("caseNumber")
			.asLong();

		CaseView view = cases.get(number);
		assertThat(view.severity().name()).isEqualTo("SEV4");
		assertThat(view.posted()).isFalse();
		assertThat(view.acknowledgeBy()).isNull();
	}

	@Test
	void customerTextReachesTheCardVerbatimForAdaptersToRenderInert() {
		String text = "<!channel> @everyone <@U0123> look at https://evil.example now, my bag is lost";
		long number = open("life-7", "@life7", text);

		Call posted = awaitCall("postCard", number);
		assertThat(posted.card().quote()).isEqualTo(text);
		assertThat(posted.card().fields()).contains(new Card.Field("Source", "x"));
	}

	private long open(String externalId, String handle) {
		return open(externalId, handle,
				"My bag did not arrive on my flight, nobody at the desk can tell me where it is.");
	}

	private long open(String externalId, String handle, String text) {
		return intake.post(complaint(externalId).by(handle).text(text).json()).json().get("caseNumber").asLong();
	}

	private Call awaitCall(String method, long number) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			// The platform is paced at one message a second per channel: let time pass.
			clock.advance(Duration.ofSeconds(2));
			List<Call> found = chat.calls()
				.stream()
				.filter(call -> call.method().equals(method) && isAbout(call, number))
				.toList();
			return found.isEmpty() ? null : found.getLast();
		}, java.util.Objects::nonNull);
	}

	private boolean isAbout(Call call, long number) {
		if (call.content() instanceof Card card) {
			return card.title().contains("Case " + number + " ");
		}
		String ref = chat.calls()
			.stream()
			.filter(c -> c.method().equals("postCard") && c.card().title().contains("Case " + number + " "))
			.map(Call::ref)
			.findFirst()
			.orElse("");
		return call.ref().equals(ref);
	}

}
