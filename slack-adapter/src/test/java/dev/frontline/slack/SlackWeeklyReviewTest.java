package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.reports.internal.ReviewPosting;
import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.slack.SlackRequests.Answer;
import dev.frontline.testing.ShiftableClock;

/**
 * The weekly review reaches Slack as Slack wants files uploaded: the upload URL is asked
 * for, the PNG is sent to it, and completing the upload shares it in the team's channel
 * with the summary as its comment.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.reports.management.channels.slack=C0MANAGERS")
class SlackWeeklyReviewTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@AfterAll
	static void stop() {
		SLACK.close();
	}

	@Autowired
	ReviewPosting posting;

	@Autowired
	ShiftableClock clock;

	@LocalServerPort
	int port;

	@Test
	void reportAnswersTheCallerPrivatelyWithTheWeeksSummary() {
		SlackRequests slack = new SlackRequests(port, "test-signing-secret", SLACK);

		Answer team = slack.slashCommand("/report", "2026-W48 baggage", "U0STAFF", SLACK.responseUrl("report"));
		Answer all = slack.slashCommand("/report", "", "U0STAFF", SLACK.responseUrl("report"));
		Answer wrong = slack.slashCommand("/report", "bagage", "U0STAFF", SLACK.responseUrl("report"));
		Answer stranger = slack.slashCommand("/report", "baggage", "U0NOBODY", SLACK.responseUrl("report"));

		assertThat(team.status()).isEqualTo(200);
		assertThat(team.body()).contains("\"response_type\":\"ephemeral\"")
			.contains("Weekly care review · Baggage · 2026-W48")
			.contains("Time to acknowledge");
		assertThat(all.body()).contains("Weekly care review · all teams").contains("Baggage:");
		assertThat(wrong.body()).contains("bagage\\u0027 is neither a team").contains("Usage: /report");
		assertThat(stranger.body()).doesNotContain("Weekly care review");
	}

	@Test
	void theTeamsReviewIsUploadedAndSharedInItsChannelBeforeTheMeeting() {
		// The example's baggage team meets on Thursday at 15:00 in London.
		ZoneId london = ZoneId.of("Europe/London");
		ZonedDateTime now = clock.instant().atZone(london);
		ZonedDateTime due = now.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)).with(LocalTime.of(14, 0, 30));
		if (due.isBefore(now)) {
			due = due.plusWeeks(1);
		}
		clock.advance(Duration.between(clock.instant(), due.toInstant()));

		posting.postDue();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(SLACK.calls("files.completeUploadExternal"))
				.anySatisfy(call -> assertThat(call.param("channel_id")).isEqualTo("C0BAGGAGE")));
		Call asked = SLACK.calls("files.getUploadURLExternal")
			.stream()
			.filter(call -> call.param("filename").startsWith("weekly-review-baggage-"))
			.findFirst()
			.orElseThrow();
		assertThat(asked.authorization()).isEqualTo("Bearer xoxb-test-token");
		assertThat(Integer.parseInt(asked.param("length"))).isGreaterThan(10_000);
		Call uploaded = SLACK.calls("upload")
			.stream()
			.filter(call -> call.param("path").equals("/upload/" + asked.param("filename")))
			.findFirst()
			.orElseThrow();
		assertThat(uploaded.param("png")).isEqualTo("true");
		Call shared = SLACK.calls("files.completeUploadExternal")
			.stream()
			.filter(call -> call.param("channel_id").equals("C0BAGGAGE"))
			.findFirst()
			.orElseThrow();
		assertThat(shared.param("initial_comment")).startsWith("Weekly care review · Baggage · ")
			.contains("Time to acknowledge");
		assertThat(shared.param("files")).contains("Weekly care review");
		// Nothing else is asked of Slack, so a successful upload is never retried.
		assertThat(SLACK.calls("files.info")).isEmpty();
		assertThat(SLACK.calls("chat.postMessage")).noneMatch(call -> call.param("channel").equals("C0BAGGAGE"));
	}

}
