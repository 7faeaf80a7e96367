package dev.frontline.stories;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * The weekly story, bound from {@code frontline.stories}.
 *
 * @param teams per team name: when its members are asked, when it meets, who is in it
 * @param holidays days on which no team is asked
 */
@ConfigurationProperties(prefix = "frontline.stories", ignoreUnknownFields = false)
public record StorySettings(Map<String, Team> teams, List<LocalDate> holidays) {

	private static final String PREFIX = "frontline.stories.";

	public StorySettings {
		teams = teams == null ? Map.of() : Map.copyOf(teams);
		holidays = holidays == null ? List.of() : List.copyOf(holidays);
		teams.forEach((name, team) -> team.validate(PREFIX + "teams." + name));
	}

	/** A date or an inclusive range {@code from..to}, as its first and last day. */
	private static List<LocalDate> parseDays(String key, String days) {
		try {
			String[] ends = days.strip().split("\\.\\.");
			LocalDate from = LocalDate.parse(ends[0].strip());
			LocalDate to = ends.length > 1 ? LocalDate.parse(ends[1].strip()) : from;
			if (ends.length > 2 || to.isBefore(from)) {
				throw new IllegalArgumentException(key + ": '" + days + "' ends before it starts");
			}
			return List.of(from, to);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					key + ": '" + days + "' is not a date (2026-12-24) or a range (2026-12-21..2026-12-31)");
		}
	}

	private static void requirePerson(String key, String person) {
		if (!person.matches("[a-z]+:[A-Za-z0-9_.-]{1,64}")) {
			throw new IllegalArgumentException(key + ": a person is platform:id, such as slack:U0123ABCD");
		}
	}

	/**
	 * One team's story week.
	 *
	 * @param prompt when members are asked, a cron expression in the team's zone; default
	 * Monday 10:00
	 * @param meeting when the team meets, a cron expression in the team's zone; the
	 * digest is posted then, before the discussion; default Thursday 15:00
	 * @param zone the team's IANA time zone, such as {@code Europe/London}; default UTC
	 * @param remindBefore how long before the digest those who have not answered are
	 * reminded, once; default 4 hours
	 * @param members who is asked, in the rotation's order
	 */
	public record Team(@Nullable String prompt, @Nullable String meeting, @Nullable String zone,
			@Nullable Duration remindBefore, List<Member> members) {

		public Team {
			prompt = prompt == null || prompt.isBlank() ? "0 0 10 * * MON" : prompt.strip();
			meeting = meeting == null || meeting.isBlank() ? "0 0 15 * * THU" : meeting.strip();
			zone = zone == null || zone.isBlank() ? "UTC" : zone.strip();
			remindBefore = remindBefore == null ? Duration.ofHours(4) : remindBefore;
			members = members == null ? List.of() : List.copyOf(new ArrayList<>(members));
		}

		public CronExpression promptCron() {
			return CronExpression.parse(prompt);
		}

		public CronExpression meetingCron() {
			return CronExpression.parse(meeting);
		}

		public ZoneId zoneId() {
			return ZoneId.of(zone);
		}

		void validate(String key) {
			cron(key + ".prompt", prompt);
			cron(key + ".meeting", meeting);
			try {
				ZoneId.of(zone);
			}
			catch (DateTimeException ex) {
				throw new IllegalArgumentException(
						key + ".zone: '" + zone + "' is not an IANA time zone, such as Europe/London");
			}
			if (remindBefore.isNegative()) {
				throw new IllegalArgumentException(key + ".remind-before: must not be negative");
			}
			if (members.isEmpty()) {
				throw new IllegalArgumentException(key + ".members: at least one person, as platform:id");
			}
			for (int i = 0; i < members.size(); i++) {
				Member member = members.get(i);
				if (member == null || member.id() == null) {
					throw new IllegalArgumentException(key + ".members[" + i + "].id: required, as platform:id");
				}
				requirePerson(key + ".members[" + i + "].id", member.id());
				for (int j = 0; j < member.away().size(); j++) {
					parseDays(key + ".members[" + i + "].away[" + j + "]", member.away().get(j));
				}
			}
		}

		/** Whether the member is out of office on that day. */
		public boolean isAway(String memberId, LocalDate day) {
			return members.stream()
				.filter(member -> member.id().equals(memberId))
				.flatMap(member -> member.away().stream())
				.map(days -> parseDays("away", days))
				.anyMatch(range -> !day.isBefore(range.get(0)) && !day.isAfter(range.get(1)));
		}

		/** The members' ids, in order. */
		public List<String> memberIds() {
			return members.stream().map(Member::id).toList();
		}

		/** A member's name, else their id on the platform. */
		public String nameOf(String memberId) {
			return members.stream()
				.filter(member -> member.id().equals(memberId))
				.map(Member::displayName)
				.findFirst()
				.orElse(memberId.substring(memberId.indexOf(':') + 1));
		}

		/**
		 * One member of a team.
		 *
		 * @param id who, as {@code platform:id}
		 * @param name how the team calls them, else their id
		 * @param away the days they are out of office: a date ({@code 2026-12-24}) or a
		 * range ({@code 2026-12-21..2026-12-31})
		 */
		public record Member(String id, @Nullable String name, List<String> away) {

			public Member {
				away = away == null ? List.of() : List.copyOf(away);
			}

			public String displayName() {
				return name == null || name.isBlank() ? id.substring(id.indexOf(':') + 1) : name;
			}

		}

		private static void cron(String key, String expression) {
			try {
				CronExpression.parse(expression);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(key + ": '" + expression
						+ "' is not a cron expression (second minute hour day month weekday, e.g. 0 0 10 * * MON)");
			}
		}

	}

}
