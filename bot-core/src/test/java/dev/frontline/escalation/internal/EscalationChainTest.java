package dev.frontline.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.cases.Receipt;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;
import dev.frontline.triage.Severity;

/**
 * A SEV2 nobody acknowledges walks its team's chain at the right minutes — warned at 10,
 * breached at 15, on-call at 15, supervisors at 30, the escalation channel at 60 — and
 * the chain stops the moment someone acknowledges. Time is moved, never slept.
 */
@SpringBootTest(properties = { "frontline.escalation.on-call.flight-ops.slack=S0ONCALL",
		"frontline.escalation.escalation-channel.slack=C0ESCALATIONS" })
class EscalationChainTest {

	@Autowired
	ComplaintIntake intake;

	@Autowired
	TimerRunner runner;

	@Autowired
	Cases cases;

	@Autowired
	CaseActions actions;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingChatPlatform chat;

	@Test
	void aSev2NobodyAcknowledgesWalksTheWholeChainAtTheRightMinutes() {
		long number = openSev2("chain-1");

		Map<String, Integer> firstSeenAtMinute = walk(number, 70, -1);

		assertThat(firstSeenAtMinute).containsExactly(Map.entry("SLA_WARNING", 10), Map.entry("SLA_BREACHED", 15),
				Map.entry("ESCALATED level 1", 15), Map.entry("ESCALATED level 2", 30),
				Map.entry("ESCALATED level 3", 60));
		CaseView view = cases.get(number);
		assertThat(view.escalationLevel()).isEqualTo(3);
		assertThat(view.history().stream().filter(entry -> entry.action().equals("ESCALATED"))).hasSize(3);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			clock.advance(Duration.ofSeconds(1));
			List<ThreadNote> notes = chat.calls()
				.stream()
				.filter(call -> call.method().equals("postThreadNote"))
				.map(RecordingChatPlatform.Call::note)
				.filter(note -> note.text().startsWith("Escalated"))
				.toList();
			assertThat(notes).anySatisfy(note -> assertThat(note.mentions())
				.containsExactly(new ThreadNote.Mention("slack", "S0ONCALL", true)));
			assertThat(notes).anySatisfy(
					note -> assertThat(note.mentions()).contains(new ThreadNote.Mention("slack", "U-SUPER", false)));
			assertThat(chat.calls()).anySatisfy(call -> {
				assertThat(call.method()).isEqualTo("postCard");
				assertThat(call.channel().channel()).isEqualTo("C0ESCALATIONS");
				assertThat(call.card().title()).contains("Case " + number + " ");
			});
		});
	}

	@Test
	void theChainStopsTheMomentSomeoneAcknowledges() {
		long number = openSev2("chain-2");

		Map<String, Integer> firstSeenAtMinute = walk(number, 70, 20);

		assertThat(firstSeenAtMinute.keySet()).containsExactly("SLA_WARNING", "SLA_BREACHED", "ESCALATED level 1",
				"ACKNOWLEDGED");
		assertThat(cases.get(number).escalationLevel()).isEqualTo(1);
	}

	@Test
	void theCardShowsTheClockAndItsBreach() {
		long number = openSev2("chain-3");
		clock.advance(Duration.ofMinutes(16));
		runner.fireDue();

		assertThat(cases.get(number).history()).extracting(HistoryEntry::action).contains("SLA_BREACHED");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			clock.advance(Duration.ofSeconds(1));
			assertThat(chat.calls()
				.stream()
				.filter(call -> call.method().equals("postCard") || call.method().equals("updateCard"))
				.map(RecordingChatPlatform.Call::card)
				.filter(card -> card.title().contains("Case " + number + " "))
				.flatMap(card -> card.fields().stream())
				.map(Card.Field::value)).anyMatch(value -> value.startsWith("BREACHED: acknowledgement was due"));
		});
	}

	@Test
	void aMentionThatMakesTheCaseMoreUrgentShortensItsClockAndEscalatesAtOnce() {
		Receipt opened = submit("grow-1", "@grower", null,
				"My flight LK88 was delayed two hours and nobody explained why.");
		assertThat(opened.severity()).isEqualTo(Severity.SEV3);
		clock.advance(Duration.ofMinutes(5));

		Receipt grown = submit("grow-2", "@someone", "grow-1",
				"Same flight. Because of this delay I missed my father's funeral.");
		runner.fireDue();

		CaseView view = cases.get(opened.caseNumber());
		assertThat(grown.caseNumber()).isEqualTo(opened.caseNumber());
		assertThat(view.severity()).isEqualTo(Severity.SEV2);
		assertThat(view.escalationLevel()).isEqualTo(1);
		assertThat(view.history()).extracting(HistoryEntry::action).containsSubsequence("RE_RATED", "ESCALATED");

		clock.advance(Duration.ofMinutes(15));
		runner.fireDue();
		assertThat(cases.get(opened.caseNumber()).history()).extracting(HistoryEntry::action)
			.as("the breach moved to the new, shorter SLA")
			.contains("SLA_BREACHED");
	}

	/**
	 * Moves time a minute at a time, firing what is due, and notes when each kind of
	 * history entry first appears.
	 */
	private Map<String, Integer> walk(long number, int minutes, int acknowledgeAtMinute) {
		Map<String, Integer> firstSeen = new LinkedHashMap<>();
		for (int minute = 1; minute <= minutes; minute++) {
			clock.advance(Duration.ofMinutes(1));
			if (minute == acknowledgeAtMinute) {
				actions.acknowledge(number, People.STAFF);
			}
			runner.fireDue();
			for (HistoryEntry entry : cases.get(number).history()) {
				String key = entry.action().equals("ESCALATED") ? "ESCALATED " + entry.detail().split(":")[0]
						: entry.action();
				if (!key.equals("OPENED")) {
					firstSeen.putIfAbsent(key, minute);
				}
			}
		}
		return firstSeen;
	}

	private long openSev2(String id) {
		Receipt receipt = submit(id, "@" + id, null,
				"LK702 was cancelled and I missed my sister's wedding. Nobody answers.");
		assertThat(receipt.severity()).isEqualTo(Severity.SEV2);
		return receipt.caseNumber();
	}

	private Receipt submit(String id, String handle, @Nullable String inReplyTo, String text) {
		return intake.submit(List.of(new IncomingComplaint("x", id, text, URI.create("https://social.example/x/" + id),
				clock.instant(), new IncomingComplaint.Author(handle, null, 800), IncomingComplaint.Engagement.NONE,
				inReplyTo, IncomingComplaint.Customer.UNKNOWN, "en")))
			.getFirst();
	}

}
