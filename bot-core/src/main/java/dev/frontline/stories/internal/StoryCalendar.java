package dev.frontline.stories.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.frontline.stories.StorySettings;

/**
 * A team's story week in its own time zone: when members are asked, when the digest is
 * posted (at the next meeting) and when the one reminder goes out. Local times are kept
 * across daylight-saving changes — Monday 10:00 stays 10:00 on the wall — and a prompt
 * that falls on a holiday is skipped to the next scheduled one.
 */
public final class StoryCalendar {

	/**
	 * How far ahead a prompt is looked for before the schedule counts as never firing.
	 */
	private static final int MAX_SKIPPED = 60;

	private final StorySettings.Team team;

	private final Set<LocalDate> holidays;

	public StoryCalendar(StorySettings.Team team, Set<LocalDate> holidays) {
		this.team = team;
		this.holidays = Set.copyOf(holidays);
	}

	/**
	 * The first prompt after that instant that is not on a holiday, or null when the
	 * schedule never fires on a working day.
	 */
	public @Nullable Instant nextPrompt(Instant after) {
		ZonedDateTime candidate = after.atZone(team.zoneId());
		for (int i = 0; i < MAX_SKIPPED; i++) {
			candidate = team.promptCron().next(candidate);
			if (candidate == null) {
				return null;
			}
			if (!holidays.contains(candidate.toLocalDate())) {
				return candidate.toInstant();
			}
		}
		return null;
	}

	/** When the digest of the week prompted then is posted: the team's next meeting. */
	public @Nullable Instant digestAfter(Instant prompt) {
		ZonedDateTime meeting = team.meetingCron().next(prompt.atZone(team.zoneId()));
		return meeting == null ? null : meeting.toInstant();
	}

	/**
	 * When those who have not answered are reminded: {@code remind-before} the digest,
	 * but never before the prompt itself.
	 */
	public Instant reminderAt(Instant prompt, Instant digest) {
		Instant remind = digest.minus(team.remindBefore());
		return remind.isBefore(prompt) ? prompt : remind;
	}

	/** The day in the team's zone on which that instant falls, for absences. */
	public LocalDate dayOf(Instant instant) {
		return instant.atZone(team.zoneId()).toLocalDate();
	}

}
