package dev.frontline.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.frontline.delivery.ImagePost;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.RecordingChatPlatform;

/**
 * The weekly reviews are posted once, when due: each team's an hour before its story
 * meeting (Thursday 15:00 by default) or on its own schedule, and every team's side by
 * side to the management channel on Monday morning.
 */
@SpringBootTest(properties = { "frontline.test.clock-start=2026-11-26T13:59:00Z",
		"frontline.reports.management.channels.slack=C-MANAGERS",
		"frontline.reports.teams.loyalty.post=0 30 8 * * MON" })
class ReviewPostingTest {

	@Autowired
	ReviewPosting posting;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingChatPlatform chat;

	@Test
	void eachTeamsReviewBeforeItsMeetingAndAllTeamsOnMonday() {
		posting.postDue();
		assertThat(images()).isEmpty();

		clock.set(Instant.parse("2026-11-26T14:00:00Z"));
		posting.postDue();
		posting.postDue();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(images()).extracting(call -> call.channel().channel())
				.containsExactlyInAnyOrder("C-BAGGAGE", "C-FLIGHT-OPS", "C-DIGITAL", "C-CARE"));
		ImagePost baggage = image("C-BAGGAGE");
		assertThat(baggage.title()).isEqualTo("Weekly care review · Baggage · 2026-W47");
		assertThat(baggage.fileName()).isEqualTo("weekly-review-baggage-2026-W47.png");
		assertThat(baggage.text()).contains("complaints").contains("Time to acknowledge");
		assertThat(baggage.png()).startsWith(0x89, 'P', 'N', 'G');

		chat.reset();
		clock.set(Instant.parse("2026-11-30T09:00:00Z"));
		posting.postDue();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(images()).extracting(call -> call.channel().channel())
				.containsExactlyInAnyOrder("C-LOYALTY", "C-MANAGERS"));
		assertThat(image("C-MANAGERS").title()).isEqualTo("Weekly care review · all teams · 2026-W48");
		assertThat(image("C-MANAGERS").text()).contains("Baggage:").contains("Loyalty:");
		assertThat(image("C-LOYALTY").title()).endsWith("2026-W48");
	}

	@Test
	void aReviewMissedByMoreThanHalfADayIsNotPostedAfterTheMeeting() {
		clock.set(Instant.parse("2026-12-04T02:00:00Z"));
		chat.reset();

		posting.postDue();

		assertThat(images()).isEmpty();
	}

	private List<RecordingChatPlatform.Call> images() {
		return chat.calls().stream().filter(call -> call.method().equals("postImage")).toList();
	}

	private ImagePost image(String channel) {
		return (ImagePost) images().stream()
			.filter(call -> call.channel().channel().equals(channel))
			.findFirst()
			.orElseThrow()
			.content();
	}

}
