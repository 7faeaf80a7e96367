package dev.frontline.stories.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.frontline.stories.StorySettings;

/**
 * A team in London is asked on Monday at 10:00 on the wall clock, whichever side of the
 * daylight-saving change; a holiday Monday is skipped; the digest goes out at the meeting
 * and the one reminder before it.
 */
class StoryCalendarTest {

	final StorySettings.Team london = new StorySettings.Team("0 0 10 * * MON", "0 0 15 * * THU", "Europe/London",
			Duration.ofHours(4), List.of(new StorySettings.Team.Member("slack:U1", null, List.of())));

	@Test
	void mondayTenStaysTenOnTheWallAcrossTheChangeToWinterTime() {
		StoryCalendar calendar = new StoryCalendar(london, Set.of());

		// British Summer Time ends on Sunday 25 October 2026.
		Instant summer = calendar.nextPrompt(Instant.parse("2026-10-14T12:00:00Z"));
		Instant winter = calendar.nextPrompt(summer);

		assertThat(summer).isEqualTo(Instant.parse("2026-10-19T09:00:00Z"));
		assertThat(winter).isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
	}

	@Test
	void mondayTenStaysTenOnTheWallAcrossTheChangeToSummerTime() {
		StoryCalendar calendar = new StoryCalendar(london, Set.of());

		// British Summer Time starts on Sunday 29 March 2026.
		assertThat(calendar.nextPrompt(Instant.parse("2026-03-24T00:00:00Z")))
			.isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
	}

	@Test
	void aHolidayMondayIsSkippedToTheNextWeek() {
		StoryCalendar calendar = new StoryCalendar(london, Set.of(LocalDate.parse("2026-12-28")));

		assertThat(calendar.nextPrompt(Instant.parse("2026-12-22T00:00:00Z")))
			.isEqualTo(Instant.parse("2027-01-04T10:00:00Z"));
	}

	@Test
	void theDigestIsAtTheNextMeetingAndTheReminderBeforeIt() {
		StoryCalendar calendar = new StoryCalendar(london, Set.of());
		Instant prompt = Instant.parse("2026-11-23T10:00:00Z");

		Instant digest = calendar.digestAfter(prompt);

		assertThat(digest).isEqualTo(Instant.parse("2026-11-26T15:00:00Z"));
		assertThat(calendar.reminderAt(prompt, digest)).isEqualTo(Instant.parse("2026-11-26T11:00:00Z"));
	}

}
