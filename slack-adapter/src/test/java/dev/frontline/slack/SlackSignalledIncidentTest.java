package dev.frontline.slack;

import static dev.frontline.testing.Complaints.complaint;
import static dev.frontline.testing.Signals.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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

import dev.frontline.cases.Cases;
import dev.frontline.intake.WebhookSignature;
import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proactive recovery starts before the first complaint: operations signal a cancelled
 * flight over signed HTTP, the team's Slack channel gets the incident card with what
 * happened and what customers can do, and a complaint naming the flight afterwards joins
 * that incident instead of getting a card of its own. What operations wrote is shown
 * inert: it can ping, mention or link nobody.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"frontline.intake.webhook-secret=" + SlackSignalledIncidentTest.SECRET, "frontline.incidents.update-every=1s" })
class SlackSignalledIncidentTest {

	static final String SECRET = "s3cret-for-slack-signals";

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
	Clock clock;

	IntakeClient http;

	WebhookSignature signer;

	@BeforeEach
	void connect() {
		http = new IntakeClient(port);
		signer = new WebhookSignature(SECRET, Duration.ofMinutes(5), clock);
	}

	@AfterAll
	static void stopSlack() {
		// Slack would have refused anything beyond Block Kit's limits.
		List<String> invalid = SLACK.invalid();
		SLACK.close();
		assertThat(invalid).isEmpty();
	}

	@Test
	void aSignalPostsTheIncidentCardBeforeAnyComplaintAndALaterComplaintJoinsIt() {
		Response signalled = signed("/api/v1/signals",
				signal("LK905")
					.with("summary",
							"LK905 SEA to DEN cancelled <!channel> <@U0SUPER> details at https://ops.example/lk905")
					.json());

		assertThat(signalled.status()).as(signalled.body()).isEqualTo(202);
		assertThat(signalled.json().get("created").asBoolean()).isTrue();
		long incident = signalled.json().get("incidentNumber").asLong();
		String title = "INCIDENT " + incident + " · flight LK905";
		Call card = awaitCall("chat.postMessage",
				call -> call.param("thread_ts").isEmpty() && call.param("blocks").contains(title));
		assertThat(card.param("channel")).isEqualTo("C0FLIGHTOPS");
		assertThat(shown(card)).contains("Complaints: 0 from 0 customers on 0 cases", "no complaint yet",
				"Operations: cancelled", "Solution: rebooked on LK907 at 18:10; hotel vouchers at desk B");
		assertThat(shown(card)).as("operations' words are inert")
			.contains("&lt;!channel&gt;", "&lt;@U0SUPER&gt;", "https[:]//ops[.]example")
			.doesNotContain("<!channel>", "<@U0SUPER>", "https://ops.example");
		Call opened = awaitCall("chat.postMessage",
				call -> call.param("text").contains("Incident " + incident + " opened by operations"));
		assertThat(opened.param("text")).doesNotContain("<!channel>", "<@U0SUPER>");
		assertThat(caseCards()).as("no complaint yet, so no case card").isEmpty();

		Response complained = signed("/api/v1/complaints",
				complaint("after-signal-1")
					.text("Just heard LK 905 is cancelled, stuck in Seattle with two kids. Where do we sleep tonight?")
					.by("@strandedsam")
					.json());

		assertThat(complained.status()).as(complained.body()).isEqualTo(202);
		long caseNumber = complained.json().get("caseNumber").asLong();
		assertThat(cases.get(caseNumber).incident()).isEqualTo(incident);
		Call updated = awaitCall("chat.update", call -> call.param("blocks").contains(title)
				&& call.param("blocks").contains("Complaints: 1 from 1 customer on 1 cases"));
		// The fake Slack numbers messages in the order they are posted.
		assertThat(updated.param("ts"))
			.isEqualTo("1700000000." + String.format("%06d", SLACK.calls("chat.postMessage").indexOf(card) + 1));
		assertThat(shown(updated)).contains("@strandedsam", "Solution: rebooked on LK907");
		assertThat(SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> call.param("thread_ts").isEmpty() && call.param("blocks").contains(title)))
			.as("one incident card, updated in place")
			.hasSize(1);

		Response newer = signed("/api/v1/signals",
				signal("LK905").with("solution", "rebooked on LK907 at 18:10 and LK909 at 21:00; hotels at desk B")
					.with("at", "2026-12-03T14:30:00Z")
					.json());

		assertThat(newer.json().get("incidentNumber").asLong()).isEqualTo(incident);
		awaitCall("chat.update",
				call -> call.param("blocks").contains(title) && call.param("blocks").contains("LK909 at 21:00"));
		awaitCall("chat.postMessage", call -> call.param("text").contains("Operations: LK905 cancelled")
				&& call.param("text").contains("LK909 at 21:00"));
	}

	/** What Slack shows of a message's blocks, as Slack reads their JSON. */
	private static String shown(Call call) {
		return JSON.readTree(call.param("blocks")).toString();
	}

	private List<Call> caseCards() {
		return SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> call.param("thread_ts").isEmpty() && call.param("blocks").contains("· Case "))
			.toList();
	}

	private Response signed(String path, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		long now = clock.instant().getEpochSecond();
		return http.postTo(path, bytes, "application/json", Map.of(WebhookSignature.TIMESTAMP_HEADER,
				String.valueOf(now), WebhookSignature.SIGNATURE_HEADER, signer.sign(now, bytes)));
	}

	private static Call awaitCall(String method, Predicate<Call> matching) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> SLACK.calls(method).stream().filter(matching).reduce((a, b) -> b).orElse(null),
					Objects::nonNull);
	}

}
