package dev.frontline.slack;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.Cases;
import dev.frontline.incidents.IncidentSignals;
import dev.frontline.incidents.Signal;
import dev.frontline.incidents.SignalKind;
import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.testing.IntakeClient;

/**
 * Proactive notices through requests signed as Slack signs them: staff press
 * {@code Notify affected} on the incident card and submit the prefilled notice, a
 * supervisor approves it from the thread, and with no connector configured the card lists
 * who still needs it until {@code Mark notified}; each customer's case then says it was
 * told.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "frontline.incidents.update-every=1s")
class SlackNoticeFlowTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	IncidentSignals signals;

	@Autowired
	Clock clock;

	@AfterAll
	static void stopSlack() {
		// Slack would have refused anything beyond Block Kit's limits.
		List<String> invalid = SLACK.invalid();
		SLACK.close();
		assertThat(invalid).isEmpty();
	}

	@Test
	void staffDraftTheNoticeOnTheIncidentCardASupervisorApprovesItAndEachCaseSaysItWasTold() {
		long incident = signals
			.receive(new Signal("LK1905", SignalKind.CANCELLED, "LK1905 SEA to DEN cancelled",
					"rebooked on LK1907 at 18:10", clock.instant(), null))
			.incidentNumber();
		long mara = complain("notice-mara", "LK1905 is cancelled and I'm stuck in Seattle. What now?");
		long ben = complain("notice-ben", "lk 1905 cancelled, nobody at the desk, two kids with me");
		assertThat(cases.get(mara).incident()).isEqualTo(incident);
		assertThat(cases.get(ben).incident()).isEqualTo(incident);
		String title = "INCIDENT " + incident + " · flight LK1905";
		SlackRequests slack = new SlackRequests(port, "test-signing-secret", SLACK);

		assertThat(slack.buttonPress("incident-notify", String.valueOf(incident), "U0STAFF", SLACK.responseUrl("n-1"))
			.status()).isEqualTo(200);
		Call form = SLACK.awaitCall("views.open", call -> call.param("trigger_id").equals("trigger-incident-notify"));
		assertThat(form.param("view")).contains("Notify affected", "it goes to 2 customers now",
				"Rebooked on LK1907 at 18:10", "Later complainants");
		String notice = "Hi {name}, we're sorry: flight LK1905 is cancelled. You are rebooked on LK1907 at 18:10."
				+ " Send us a private message and we'll look at your booking with you.";
		assertThat(slack.viewSubmission("incident-notify", String.valueOf(incident),
				Map.of("text", SlackRequests.textInput(notice), "later", SlackRequests.checkboxes("later")), "U0STAFF")
			.body()).doesNotContain("errors");
		SLACK.awaitCall("chat.postMessage", call -> !call.param("thread_ts").isEmpty()
				&& call.param("blocks").contains("Approve notice") && call.param("blocks").contains("LK1907 at 18:10"));

		assertThat(slack.buttonPress("incident-notice-approve", incident + ":1", "U0SUPER", SLACK.responseUrl("n-2"))
			.status()).isEqualTo(200);
		SLACK.awaitCall("chat.update",
				call -> call.param("blocks").contains(title) && call.param("blocks").contains("Notify by hand"));

		assertThat(slack.buttonPress("incident-notified", String.valueOf(incident), "U0STAFF", SLACK.responseUrl("n-3"))
			.status()).isEqualTo(200);
		SLACK.awaitCall("views.open", call -> call.param("trigger_id").equals("trigger-incident-notified")
				&& call.param("view").contains("still to notify by hand"));
		assertThat(slack
			.viewSubmission("incident-notified", String.valueOf(incident),
					Map.of("cases", SlackRequests.textInput("all")), "U0STAFF")
			.body()).doesNotContain("errors");

		// The customers' cases joined the incident, so they have no card of their own:
		// each
		// case says it, as /case and the API show it.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(cases.get(mara).notified()).isNotNull();
			assertThat(cases.get(ben).notified()).isNotNull();
		});
		assertThat(cases.get(mara).notified().notice()).isEqualTo(1);
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
