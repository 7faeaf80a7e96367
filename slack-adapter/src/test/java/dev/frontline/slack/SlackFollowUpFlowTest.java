package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.followups.FollowUpStep;
import dev.frontline.followups.FollowUps;
import dev.frontline.followups.StepStatus;
import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.slack.SlackRequests.Answer;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.ShiftableClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * A follow-up plan in Slack, end to end: signed presses and forms in, thread notes and
 * private reminders out to a fake Slack, and the clock moved hours ahead to a step's due
 * time. Its own application context, so moving the clock touches no other test's cases.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "frontline.followups.remind-before=1h")
class SlackFollowUpFlowTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	FollowUps followUps;

	@Autowired
	ShiftableClock clock;

	SlackRequests slack;

	@BeforeEach
	void connect() {
		slack = new SlackRequests(port, "test-signing-secret", SLACK);
	}

	@AfterAll
	static void stopSlack() {
		// Slack would have refused anything beyond Block Kit's limits.
		List<String> invalid = SLACK.invalid();
		SLACK.close();
		assertThat(invalid).isEmpty();
	}

	@Test
	void aPlanFromThePlaybookIsRemindedCalledOutWhenLateAndGatesResolve() {
		long number = complain("plan-1",
				"My bag didn't arrive in Denver and the baggage desk has no idea where it is.");
		SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + number + " "));
		slack.buttonPress("acknowledge", String.valueOf(number), "U0STAFF", SLACK.responseUrl("ack"));

		// The plan comes from the baggage playbook; each step goes to the thread with its
		// buttons, and the card shows the progress and the next step.
		slack.buttonPress("plan-follow-up", String.valueOf(number), "U0STAFF", SLACK.responseUrl("plan"));
		List<FollowUpStep> steps = await().atMost(Duration.ofSeconds(10))
			.until(() -> followUps.steps(number), found -> found.size() == 5);
		FollowUpStep first = steps.get(0);
		FollowUpStep check = steps.get(1);
		Call stepNote = SLACK.awaitCall("chat.postMessage", call -> call.param("text")
			.startsWith("Step " + number + ".2: Check the bag in the baggage tracing system"));
		assertThat(stepNote.param("blocks")).contains("\"action_id\":\"step-done\"")
			.contains("\"action_id\":\"step-reassign\"")
			.contains("\"value\":\"" + number + ".2\"");
		SLACK.awaitCall("chat.update",
				call -> call.param("blocks").contains("Case " + number + " · ACKNOWLEDGED") && call.param("blocks")
					.contains("Follow-up: 0/5 done or waived · next: step " + number + ".1 Move the conversation"));

		// Reassigned with the user picker: the new owner is mentioned and will be
		// reminded.
		slack.buttonPress("step-reassign", check.ref(), "U0STAFF", SLACK.responseUrl("reassign"));
		assertThat(
				SLACK.awaitCall("views.open", call -> call.param("view").contains("\"callback_id\":\"step-reassign\""))
					.param("view"))
			.contains("\"type\":\"users_select\"")
			.contains("Step " + number + ".2: who does it now?");
		Answer reassigned = slack.viewSubmission("step-reassign", String.valueOf(check.id()),
				Map.of("owner", "{\"type\":\"users_select\",\"selected_user\":\"U0STAFF2\"}"), "U0STAFF");
		assertThat(reassigned.body()).isEmpty();
		assertThat(followUps.step(check.id()).ownerName()).isEqualTo("Display U0STAFF2");
		assertThat(SLACK
			.awaitCall("chat.postMessage",
					call -> call.param("text").contains("Step " + number + ".2 reassigned by Display U0STAFF"))
			.param("text")).startsWith("<@U0STAFF2> ");
		Answer toStranger = slack.viewSubmission("step-reassign", String.valueOf(check.id()),
				Map.of("owner", "{\"type\":\"users_select\",\"selected_user\":\"U0NOBODY\"}"), "U0STAFF");
		assertThat(JSON.readTree(toStranger.body()).get("errors").get("owner").asString())
			.isEqualTo("Display U0NOBODY is not in a care team: choose someone who is.");

		// Resolve is refused while steps are open; the form offers supervisors the
		// waiver.
		slack.buttonPress("resolve", String.valueOf(number), "U0STAFF", SLACK.responseUrl("resolve-form"));
		assertThat(SLACK
			.awaitCall("views.open",
					call -> call.param("view").contains("\"callback_id\":\"resolve\"")
							&& call.param("view").contains("case " + number))
			.param("view")).contains("This case has 5 open follow-up steps");
		Answer refused = slack.viewSubmission("resolve", String.valueOf(number), "bag delivered", "U0STAFF");
		assertThat(JSON.readTree(refused.body()).get("errors").get("text").asString())
			.startsWith("Case " + number + " has 5 open follow-up steps");

		// Three hours on: the check's new owner is reminded privately an hour before it
		// is
		// due; the first step (due at 1 h) is late, noted once with its owner and the
		// supervisors called.
		clock.advance(Duration.ofHours(3));
		Call reminder = SLACK.awaitCall("chat.postMessage", call -> call.param("channel").equals("U0STAFF2")
				&& call.param("text").startsWith("Reminder: your follow-up step " + number + ".2 is due"));
		assertThat(reminder.param("thread_ts")).isEmpty();
		Call overdue = SLACK.awaitCall("chat.postMessage",
				call -> call.param("text").contains("Overdue: step " + number + ".1 was due"));
		assertThat(overdue.param("text")).contains("<@U0STAFF>")
			.contains("<@U0SUPER>")
			.contains("<!subteam^S0SUPERVISORS>");
		await().during(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(4)).until(() -> true);
		assertThat(SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> call.param("text").startsWith("Reminder: your follow-up step " + check.ref() + " ")))
			.hasSize(1);
		assertThat(SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> call.param("text").contains("Overdue: step " + first.ref() + " "))).hasSize(1);

		// Steps done and waived; a staff member cannot waive the rest, a supervisor can.
		slack.buttonPress("step-done", first.ref(), "U0STAFF", SLACK.responseUrl("done"));
		assertThat(followUps.step(first.id()).status()).isEqualTo(StepStatus.DONE);
		slack.viewSubmission("step-waive", String.valueOf(check.id()),
				Map.of("reason", SlackRequests.textInput("the bag turned up at the hotel")), "U0STAFF2");
		assertThat(followUps.step(check.id()).status()).isEqualTo(StepStatus.WAIVED);
		Answer staffWaiver = slack.viewSubmission("resolve", String.valueOf(number),
				Map.of("text", SlackRequests.textInput("bag delivered"), "waive", SlackRequests.checkboxes("waive")),
				"U0STAFF");
		assertThat(JSON.readTree(staffWaiver.body()).get("errors").get("text").asString())
			.isEqualTo("Sorry, only a supervisor can resolve a case waiving its open steps: operator, U0SUPER, anyone"
					+ " in slack group S0SUPERVISORS.");
		Answer supervisorWaiver = slack.viewSubmission("resolve", String.valueOf(number), Map.of("text",
				SlackRequests.textInput("bag delivered, customer happy"), "waive", SlackRequests.checkboxes("waive")),
				"U0SUPER");
		assertThat(supervisorWaiver.body()).isEmpty();
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(followUps.steps(number)).extracting(FollowUpStep::status)
			.containsExactly(StepStatus.DONE, StepStatus.WAIVED, StepStatus.WAIVED, StepStatus.WAIVED,
					StepStatus.WAIVED);
	}

	private long complain(String externalId, String text) {
		String body = JSON.writeValueAsString(Map.of("source", "x", "externalId", externalId, "text", text, "author",
				Map.of("handle", "@" + externalId, "followers", 300)));
		IntakeClient.Response response = new IntakeClient(port).post(body);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("caseNumber").asLong();
	}

}
