package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;

/**
 * The demo's {@code demo meeting}: the team is asked if its week has not begun, the clock
 * moves on to Thursday's meeting, and the digest with the story shared meanwhile is
 * posted.
 */
@SpringBootTest(properties = { "frontline.test.clock-start=2026-11-20T08:00:00Z",
		"frontline.stories.teams.loyalty.zone=Europe/London",
		"frontline.stories.teams.loyalty.members[0].id=slack:U-STAFF",
		"frontline.stories.teams.loyalty.members[0].name=Sam Staff",
		"frontline.stories.teams.loyalty.members[1].id=slack:U-STAFF-2",
		"frontline.stories.teams.loyalty.members[1].name=Olu Staff" })
class StoryMeetingsTest {

	@Autowired
	StoryMeetings meetings;

	@Autowired
	Stories stories;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingChatPlatform chat;

	@Test
	void theNextMeetingIsHeldNowWithItsDigest() {
		Story shared = stories.share(People.STAFF, new StoryForm("A rebooking went wrong at the desk.", "I called.",
				"A rebooking tool.", null, "rebooking", false), null);

		StoryMeetings.Meeting meeting = meetings.holdNext(People.STAFF, clock::set);

		assertThat(meeting.team()).isEqualTo("loyalty");
		assertThat(meeting.at()).isEqualTo(Instant.parse("2026-11-26T15:00:00Z"));
		assertThat(clock.instant()).isEqualTo(meeting.at());
		assertThat(stories.statusOf(People.STAFF).orElseThrow().week().digestPosted()).isTrue();
		List<RecordingChatPlatform.Call> digest = await().until(() -> chat.calls()
			.stream()
			.filter(call -> call.method().equals("postThreadNote")
					&& call.note().text().startsWith("Story " + shared.id() + " · Sam Staff"))
			.toList(), found -> !found.isEmpty());
		assertThat(digest).isNotEmpty();
	}

}
