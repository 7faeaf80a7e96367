package dev.frontline.reports;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * The weekly review, bound from {@code frontline.reports}.
 *
 * @param teams per team name, when its review is posted and in which zone its week runs;
 * a team not listed posts an hour before its story meeting, in its story zone
 * @param management the management channel that gets every team side by side
 * @param postWeekly whether reviews are posted on their schedule; default true (tests
 * that move the clock across weeks turn it off and post when they choose)
 */
@ConfigurationProperties(prefix = "frontline.reports", ignoreUnknownFields = false)
public record ReportSettings(Map<String, Team> teams, Management management, @Nullable Boolean postWeekly) {

	private static final String PREFIX = "frontline.reports.";

	/** The chat platforms a management channel may be on. */
	private static final Set<String> PLATFORMS = Set.of("console", "slack", "discord");

	public ReportSettings {
		teams = teams == null ? Map.of() : Map.copyOf(teams);
		postWeekly = postWeekly == null || postWeekly;
		management = management == null ? new Management(Map.of(), "", "") : management;
		teams.forEach((name, team) -> {
			cron(PREFIX + "teams." + name + ".post", team.post());
			zone(PREFIX + "teams." + name + ".zone", team.zone());
			if (team.lead() != null && team.lead().isNegative()) {
				throw new IllegalArgumentException(PREFIX + "teams." + name + ".lead: must not be negative");
			}
		});
		cron(PREFIX + "management.post", management.post());
		zone(PREFIX + "management.zone", management.zone());
		management.channels().forEach((platform, channel) -> {
			if (!PLATFORMS.contains(platform)) {
				throw new IllegalArgumentException(PREFIX + "management.channels." + platform
						+ ": unknown chat platform, expected one of " + new TreeSet<>(PLATFORMS));
			}
			if (channel.isBlank()) {
				throw new IllegalArgumentException(
						PREFIX + "management.channels." + platform + ": the channel is empty");
			}
		});
	}

	/** Whether reviews are posted on their schedule. */
	public boolean posting() {
		return !Boolean.FALSE.equals(postWeekly);
	}

	/**
	 * One team's review.
	 *
	 * @param post when it is posted, a cron expression in the team's zone; default
	 * {@code lead} before the team's story meeting
	 * @param lead how long before the story meeting it is posted when {@code post} is not
	 * set; default 1 hour
	 * @param zone the IANA time zone the team's week runs in; default its story zone,
	 * else UTC
	 */
	public record Team(@Nullable String post, @Nullable Duration lead, @Nullable String zone) {
	}

	/**
	 * The management review: every team side by side.
	 *
	 * @param channels per platform, the channel it is posted to; none, not posted
	 * @param post when, a cron expression in {@code zone}; default Monday 09:00
	 * @param zone the IANA time zone its week runs in; default UTC
	 */
	public record Management(Map<String, String> channels, String post, String zone) {

		public Management {
			channels = channels == null ? Map.of() : Map.copyOf(channels);
			post = post == null || post.isBlank() ? "0 0 9 * * MON" : post.strip();
			zone = zone == null || zone.isBlank() ? "UTC" : zone.strip();
		}

		public CronExpression postCron() {
			return CronExpression.parse(post);
		}

		public ZoneId zoneId() {
			return ZoneId.of(zone);
		}

	}

	private static void cron(String key, @Nullable String expression) {
		if (expression == null || expression.isBlank()) {
			return;
		}
		try {
			CronExpression.parse(expression);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(key + ": '" + expression
					+ "' is not a cron expression (second minute hour day month weekday, e.g. 0 0 14 * * THU)");
		}
	}

	private static void zone(String key, @Nullable String zone) {
		if (zone == null || zone.isBlank()) {
			return;
		}
		try {
			ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(
					key + ": '" + zone + "' is not an IANA time zone, such as Europe/London");
		}
	}

}
