package dev.frontline.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

import dev.frontline.reports.ReportSettings;
import dev.frontline.stories.StorySettings;

/**
 * When a team's review is posted: on its own cron when it has one, else {@code lead} (an
 * hour) before its story meeting, so the figures are in the channel when the team sits
 * down; in the team's zone, so wall-clock times hold across daylight saving.
 */
final class ReviewSchedule {

	/** The story settings' own default meeting, for a team without a story schedule. */
	static final String DEFAULT_MEETING = "0 0 15 * * THU";

	static final Duration DEFAULT_LEAD = Duration.ofHours(1);

	private ReviewSchedule() {
	}

	/** The first posting time after that instant, or null if the schedule never fires. */
	static @Nullable Instant postAfter(ReportSettings.@Nullable Team own, StorySettings.@Nullable Team story,
			ZoneId zone, Instant after) {
		if (own != null && own.post() != null && !own.post().isBlank()) {
			ZonedDateTime next = CronExpression.parse(own.post().strip()).next(after.atZone(zone));
			return next == null ? null : next.toInstant();
		}
		Duration lead = own != null && own.lead() != null ? own.lead() : DEFAULT_LEAD;
		CronExpression meeting = story != null ? story.meetingCron() : CronExpression.parse(DEFAULT_MEETING);
		ZonedDateTime next = meeting.next(after.plus(lead).atZone(zone));
		return next == null ? null : next.toInstant().minus(lead);
	}

}
