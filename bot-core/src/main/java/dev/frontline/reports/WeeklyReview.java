package dev.frontline.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Severity;

/**
 * One team's week in figures, as supervisors and managers read it before the team
 * meeting. Only counts, times, severities, categories, team names and story themes: no
 * customer's words, handle or name, and no author of a story.
 *
 * @param team the team's name
 * @param teamName how people call the team
 * @param week the ISO week, such as {@code 2026-W48}
 * @param zone the time zone the week's days are read in
 * @param days complaints and newly opened cases on each day, Monday first
 * @param acknowledgement per severity with a clock (SEV1 to SEV3), how fast cases opened
 * this week were acknowledged against the SLA
 * @param approvedReplies replies approved this week and how long after their case opened
 * @param followUps follow-up steps due this week and how they ended
 * @param incidents incidents formed this week
 * @param topCategories the categories with the most new cases, with last week's beside
 * @param stories story participation and themes over the last 8 weeks
 * @param corrections how often people changed triage's severity or team this week, and
 * which way
 */
public record WeeklyReview(String team, String teamName, String week, String zone, List<Day> days,
		List<Acknowledgement> acknowledgement, ReplyTimes approvedReplies, FollowUpSteps followUps,
		IncidentFigures incidents, List<CategoryCount> topCategories, StoryFigures stories,
		CorrectionFigures corrections) {

	public WeeklyReview {
		days = List.copyOf(days);
		acknowledgement = List.copyOf(acknowledgement);
		topCategories = List.copyOf(topCategories);
	}

	/** Complaints received this week. */
	public int complaints() {
		return days.stream().mapToInt(Day::complaintCount).sum();
	}

	/** Cases opened this week. */
	public int casesOpened() {
		return days.stream().mapToInt(Day::casesOpened).sum();
	}

	/** SLA breaches of the cases opened this week. */
	public int breaches() {
		return acknowledgement.stream().mapToInt(Acknowledgement::breaches).sum();
	}

	/**
	 * One day in the team's zone.
	 *
	 * @param date the day
	 * @param complaints complaints received that day, by the severity they were rated
	 * @param casesOpened cases opened that day
	 */
	public record Day(LocalDate date, Map<Severity, Integer> complaints, int casesOpened) {

		public Day {
			complaints = Map.copyOf(complaints);
		}

		public int complaintsOf(Severity severity) {
			return complaints.getOrDefault(severity, 0);
		}

		public int complaintCount() {
			return complaints.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/**
	 * Time to acknowledge the cases of one severity opened this week.
	 *
	 * @param severity which
	 * @param slaMinutes the time allowed, or null when the severity has none
	 * @param cases cases of that severity opened this week
	 * @param acknowledged how many of them were acknowledged
	 * @param medianMinutes the median time to acknowledge, or null when none was
	 * @param p90Minutes the 90th percentile, or null when none was
	 * @param breaches cases acknowledged after their due time or still not acknowledged
	 * past it
	 */
	public record Acknowledgement(Severity severity, @Nullable Long slaMinutes, int cases, int acknowledged,
			@Nullable Double medianMinutes, @Nullable Double p90Minutes, int breaches) {
	}

	/**
	 * Replies approved this week.
	 *
	 * @param approved how many cases had a reply approved
	 * @param medianMinutes median time from the case's opening to its first approved
	 * reply
	 * @param p90Minutes the 90th percentile of that time
	 */
	public record ReplyTimes(int approved, @Nullable Double medianMinutes, @Nullable Double p90Minutes) {
	}

	/**
	 * Follow-up steps that were due this week.
	 *
	 * @param onTime done by their due time
	 * @param late done after it
	 * @param waived waived by a supervisor
	 * @param stillOpen not done yet
	 */
	public record FollowUpSteps(int onTime, int late, int waived, int stillOpen) {

		public int total() {
			return onTime + late + waived + stillOpen;
		}

	}

	/**
	 * Incidents formed this week.
	 *
	 * @param count how many
	 * @param complaints complaints gathered into them
	 * @param largest complaints in the largest of them
	 * @param customersTold customers told of them by a proactive notice
	 * @param medianMinutesToFirstNotice over those that sent one, from opening to the
	 * first notice sent; null when none did
	 */
	public record IncidentFigures(int count, int complaints, int largest, int customersTold,
			@Nullable Double medianMinutesToFirstNotice) {
	}

	/**
	 * New cases of one category.
	 *
	 * @param category as triage named it
	 * @param thisWeek cases opened this week
	 * @param lastWeek cases opened the week before
	 */
	public record CategoryCount(String category, int thisWeek, int lastWeek) {

		public int change() {
			return thisWeek - lastWeek;
		}

	}

	/**
	 * The weekly story over the last 8 weeks, this one included.
	 *
	 * @param weeks each story week the team had, oldest first
	 * @param themes the themes supervisors gave those stories, most frequent first
	 */
	public record StoryFigures(List<StoryWeek> weeks, List<ThemeCount> themes) {

		public StoryFigures {
			weeks = List.copyOf(weeks);
			themes = List.copyOf(themes);
		}

	}

	/**
	 * One story week: counted, never named.
	 *
	 * @param asked the day members were asked, in the team's zone
	 * @param askedCount how many were asked
	 * @param answered how many of them shared a story
	 * @param stories stories in that week's digest
	 * @param anonymous how many of those were shared anonymously
	 */
	public record StoryWeek(LocalDate asked, int askedCount, int answered, int stories, int anonymous) {
	}

	/**
	 * A theme and how many stories were given it.
	 */
	public record ThemeCount(String theme, int stories) {
	}

	/**
	 * Corrections of triage made this week.
	 *
	 * @param severityRaised severities people made more urgent
	 * @param severityLowered severities people made less urgent
	 * @param movedIn cases moved to this team from another
	 * @param movedOut cases moved from this team to another
	 * @param moves each move by the teams it went between, most frequent first
	 */
	public record CorrectionFigures(int severityRaised, int severityLowered, int movedIn, int movedOut,
			List<Move> moves) {

		public CorrectionFigures {
			moves = List.copyOf(moves);
		}

		public int total() {
			return severityRaised + severityLowered + movedIn + movedOut;
		}

	}

	/** Cases moved from one team to another, and how many. */
	public record Move(String from, String to, int cases) {
	}

}
