package dev.frontline.slack;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.slack.SlackRequests.Answer;
import dev.frontline.triage.Correction;
import dev.frontline.testing.IntakeClient;
import dev.frontline.triage.Severity;
import dev.frontline.triage.TriageCorrections;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correcting triage from a Slack card, through requests signed as Slack signs them: the
 * press opens a form with the choices and a reason, the submission re-rates or moves the
 * case, the cards in the fake Slack follow, and the correction is kept for triage to
 * learn.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SlackCorrectionsTest {

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
	TriageCorrections corrections;

	SlackRequests slack;

	@BeforeEach
	void connect() {
		slack = new SlackRequests(port, "test-signing-secret", SLACK);
	}

	@AfterAll
	static void stopSlack() {
		SLACK.close();
	}

	@Test
	void changeSeverityAsksForTheNewOneAndAReasonAndReRatesTheCard() {
		long number = complain("fix-s1", "My flight LK88 was delayed two hours and nobody explained why.");
		assertThat(cases.get(number).severity()).isEqualTo(Severity.SEV3);
		SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("SEV3 · Case " + number + " "));

		Answer press = slack.buttonPress("change-severity", String.valueOf(number), "U0STAFF",
				SLACK.responseUrl("sev-1"));

		assertThat(press.status()).isEqualTo(200);
		JsonNode form = JSON
			.readTree(SLACK.awaitCall("views.open", call -> call.param("trigger_id").equals("trigger-change-severity"))
				.param("view"));
		assertThat(form.get("callback_id").asString()).isEqualTo("change-severity");
		assertThat(form.get("private_metadata").asString()).isEqualTo(String.valueOf(number));
		assertThat(form.toString()).contains("\"SEV1\"", "\"SEV2\"", "\"SEV4\"", "New severity", "Why?");

		Answer lowered = submit("change-severity", number, "SEV4", "just a question", "U0STAFF");
		assertThat(JSON.readTree(lowered.body()).get("errors").get("text").asString())
			.startsWith("Sorry, only a supervisor can lower the severity of a case");

		Answer raised = submit("change-severity", number, "SEV1", "an injury", "U0STAFF");

		assertThat(raised.status()).isEqualTo(200);
		assertThat(raised.body()).doesNotContain("errors");
		assertThat(cases.get(number).severity()).isEqualTo(Severity.SEV1);
		// Not necessarily the last entry: a case raised to SEV1 that nobody has taken is
		// escalated right after, on another thread, and that may already be written.
		assertThat(cases.get(number).history()).extracting(HistoryEntry::action, HistoryEntry::detail)
			.contains(tuple("CORRECTED", "SEV3 → SEV1 (an injury)"));
		Call updated = SLACK.awaitCall("chat.update",
				call -> call.param("blocks").contains("SEV1 · Case " + number + " "));
		assertThat(updated.param("channel")).isEqualTo("C0FLIGHTOPS");
		assertThat(corrections.examples()).filteredOn(example -> example.caseNumber() == number)
			.singleElement()
			.extracting(Correction::severity, Correction::why)
			.containsExactly(Severity.SEV1, "an injury");
	}

	@Test
	void moveTeamPostsTheCardInTheNewTeamsChannelAndTheOldOneSaysWhereItWent() {
		long number = complain("fix-m1", "My flight LK91 was delayed an hour and the gate staff were rude.");
		Call first = SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + number + " "));
		assertThat(first.param("channel")).isEqualTo("C0FLIGHTOPS");

		Answer press = slack.buttonPress("move-team", String.valueOf(number), "U0STAFF", SLACK.responseUrl("move-1"));

		assertThat(press.status()).isEqualTo(200);
		JsonNode form = JSON
			.readTree(SLACK.awaitCall("views.open", call -> call.param("trigger_id").equals("trigger-move-team"))
				.param("view"));
		assertThat(form.get("callback_id").asString()).isEqualTo("move-team");
		assertThat(form.toString()).contains("\"loyalty\"", "\"baggage\"").doesNotContain("\"flight-ops\"");
		Answer noReason = submit("move-team", number, "loyalty", "", "U0STAFF");
		assertThat(JSON.readTree(noReason.body()).get("errors").get("text").asString())
			.isEqualTo("Please give a reason for the move.");

		Answer moved = submit("move-team", number, "loyalty", "booked with miles", "U0STAFF");

		assertThat(moved.status()).isEqualTo(200);
		assertThat(cases.get(number).team()).isEqualTo("loyalty");
		Call posted = SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + number + " ")
				&& call.param("thread_ts").isEmpty() && call.param("channel").equals("C0LOYALTY"));
		assertThat(posted.param("blocks")).contains("Team: loyalty", "Change severity");
		Call left = SLACK.awaitCall("chat.update",
				call -> call.param("blocks").contains("Case " + number + " · MOVED"));
		assertThat(left.param("channel")).isEqualTo("C0FLIGHTOPS");
		assertThat(left.param("blocks")).contains("MOVED to loyalty").doesNotContain("Change severity");
	}

	private Answer submit(String callbackId, long number, String choice, String reason, String userId) {
		return slack.viewSubmission(callbackId, String.valueOf(number),
				Map.of("choice", SlackRequests.chosenOption(choice), "text", SlackRequests.textInput(reason)), userId);
	}

	private long complain(String externalId, String text) {
		IntakeClient.Response response = new IntakeClient(port).post(complaint(externalId).text(text)
			.with("author", Map.of("handle", "@" + externalId, "followers", 300))
			.without("engagement")
			.without("customer")
			.json());
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("caseNumber").asLong();
	}

}
