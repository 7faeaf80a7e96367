package dev.frontline.slack;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.slack.SlackRequests.Answer;
import dev.frontline.testing.IntakeClient;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;

/**
 * The whole loop with the learned layer on, through requests signed as Slack signs them:
 * staff correct a case's severity and team from its card, the card moves to the new
 * team's channel, and the next complaint that tells the same story in other words arrives
 * rated and routed as they corrected the first. Fitted on the first 26 writers' sets, as
 * {@code CorrectionsTeachTest} is: enough to show how a correction teaches, in a fraction
 * of the time a fit on every labelled complaint takes (with all 8,465 this test took 92 s
 * in a busy build, 54 s now).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "FRONTLINE_TRIAGE_MODEL=true",
				"frontline.triage.model.examples[0]=file:../config/src/main/resources/example/triage/writer-?.jsonl",
				"frontline.triage.model.examples[1]=",
				// Each card waits for the learned rating, which decides its team; on a
				// busy machine the default 200 ms can run out, and the card would then
				// keep the rules' rating.
				"frontline.triage-rating.card-waits-at-most=30s" })
class SlackCorrectionsTeachTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	static final String FIRST = "My flight LK88 from Denver was delayed three hours and nobody at the gate "
			+ "explained anything. I reached my hotel at 1am, exhausted. Not impressed.";

	// Before the correction the learned layer rates this one as it rated the first: SEV3
	// and flight-ops.
	static final String TOLD_AGAIN = "My LK88 flight from Denver was three hours late with no explanation at the gate, "
			+ "so I reached the hotel at 1am exhausted. Not impressed.";

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	Triage triage;

	@AfterAll
	static void stopSlack() {
		SLACK.close();
	}

	@Test
	void aComplaintToldLikeOneCorrectedInSlackArrivesRatedAndRoutedAsCorrected() {
		SlackRequests slack = new SlackRequests(port, "test-signing-secret", SLACK);
		// The learned layer fits on all the labelled sets once the application is up; in
		// a busy build that outlasted the card's wait, and the card would keep the rules'
		// rating. This story begins once it has fitted.
		assertThat(triage.ready()).succeedsWithin(Duration.ofMinutes(3));
		long first = complain("teach-1", FIRST);
		Call card = SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + first + " "));
		CaseView rated = cases.get(first);
		assertThat(rated.severity()).isEqualTo(Severity.SEV3);
		assertThat(rated.team()).isEqualTo("flight-ops");
		assertThat(card.param("channel")).isEqualTo("C0FLIGHTOPS");

		assertThat(slack.buttonPress("change-severity", String.valueOf(first), "U0STAFF", SLACK.responseUrl("t-1"))
			.status()).isEqualTo(200);
		assertThat(submit(slack, "change-severity", first, "SEV2",
				"they flew in to speak at a conference the next morning")
			.body()).doesNotContain("errors");
		assertThat(slack.buttonPress("move-team", String.valueOf(first), "U0STAFF", SLACK.responseUrl("t-2")).status())
			.isEqualTo(200);
		assertThat(submit(slack, "move-team", first, "care-social",
				"a speaker at a conference: the events desk in care-social looks after them")
			.body()).doesNotContain("errors");

		assertThat(cases.get(first).severity()).isEqualTo(Severity.SEV2);
		SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("SEV2 · Case " + first + " ")
				&& call.param("channel").equals("C0CARE"));
		SLACK.awaitCall("chat.update", call -> call.param("blocks").contains("Case " + first + " · MOVED")
				&& call.param("channel").equals("C0FLIGHTOPS"));

		long next = complain("teach-2", TOLD_AGAIN);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			CaseView told = cases.get(next);
			assertThat(told.severity()).isEqualTo(Severity.SEV2);
			assertThat(told.team()).isEqualTo("care-social");
			assertThat(told.reasons().getFirst().label()).startsWith("reads like SEV2: told like correction-" + first);
		});
		Call nextCard = SLACK.awaitCall("chat.postMessage",
				call -> call.param("blocks").contains("Case " + next + " "));
		assertThat(nextCard.param("channel")).isEqualTo("C0CARE");
		assertThat(nextCard.param("blocks")).contains("SEV2 · Case " + next + " ");
	}

	private static Answer submit(SlackRequests slack, String callbackId, long number, String choice, String reason) {
		return slack.viewSubmission(callbackId, String.valueOf(number),
				Map.of("choice", SlackRequests.chosenOption(choice), "text", SlackRequests.textInput(reason)),
				"U0STAFF");
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
