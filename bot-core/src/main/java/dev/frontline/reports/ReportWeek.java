package dev.frontline.reports;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An ISO week, Monday to Sunday, such as {@code 2026-W48}. Where it starts and ends
 * depends on the zone it is read in: each team's week runs from its own Monday midnight,
 * so a daylight-saving week is an hour longer or shorter.
 *
 * @param monday its first day
 */
public record ReportWeek(LocalDate monday) {

	private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

	public ReportWeek {
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("a report week starts on a Monday, not " + monday);
		}
	}

	/**
	 * The week as typed: an ISO week ({@code 2026-W48}) or any day in it
	 * ({@code 2026-11-25}).
	 * @throws IllegalArgumentException naming the accepted forms
	 */
	public static ReportWeek parse(String text) {
		String trimmed = text.strip();
		Matcher iso = ISO_WEEK.matcher(trimmed);
		try {
			if (iso.matches()) {
				int year = Integer.parseInt(iso.group(1));
				int week = Integer.parseInt(iso.group(2));
				if (week < 1 || week > weeksIn(year)) {
					throw new IllegalArgumentException(
							"week: " + year + " has no week " + week + " (its weeks run 1 to " + weeksIn(year) + ")");
				}
				return containing(LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
			}
			return containing(LocalDate.parse(trimmed));
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException(
					"week: '" + trimmed + "' is neither an ISO week such as 2026-W48 nor a date such as 2026-11-25");
		}
	}

	private static long weeksIn(int year) {
		return LocalDate.of(year, 1, 4).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
	}

	/** The week that day falls in. */
	public static ReportWeek containing(LocalDate day) {
		return new ReportWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	/** The week an instant falls in, in that zone. */
	public static ReportWeek containing(Instant instant, ZoneId zone) {
		return containing(instant.atZone(zone).toLocalDate());
	}

	/** The last week that had ended by that instant, in that zone. */
	public static ReportWeek lastCompleteBefore(Instant instant, ZoneId zone) {
		return containing(instant, zone).previous();
	}

	public ReportWeek previous() {
		return new ReportWeek(monday.minusWeeks(1));
	}

	public ReportWeek minusWeeks(int weeks) {
		return new ReportWeek(monday.minusWeeks(weeks));
	}

	/** Its last day, a Sunday. */
	public LocalDate sunday() {
		return monday.plusDays(6);
	}

	/** Its seven days, Monday first. */
	public List<LocalDate> days() {
		return Stream.iterate(monday, day -> day.plusDays(1)).limit(7).toList();
	}

	/**
	 * Monday midnight in that zone (the first instant of the day, should midnight not
	 * exist).
	 */
	public Instant start(ZoneId zone) {
		return monday.atStartOfDay(zone).toInstant();
	}

	/** The next Monday's midnight in that zone: the first instant after the week. */
	public Instant end(ZoneId zone) {
		return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
	}

	/** Whether the instant falls in this week in that zone. */
	public boolean contains(Instant instant, ZoneId zone) {
		return !instant.isBefore(start(zone)) && instant.isBefore(end(zone));
	}

	/** As {@code 2026-W48}. */
	@Override
	public String toString() {
		return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}
