package dev.frontline.reports;

import java.time.ZoneId;
import java.util.List;

/**
 * The weekly care review: a team's week, or every team's side by side, as figures, a
 * chart (PNG) and CSV.
 */
public interface WeeklyReviews {

	/**
	 * A team's review of a week.
	 * @throws IllegalArgumentException naming the teams when there is none of that name
	 */
	WeeklyReview of(String team, ReportWeek week);

	/** Every team's review of a week, in the order of their names. */
	List<WeeklyReview> acrossTeams(ReportWeek week);

	/** The last week that has ended in the team's zone. */
	ReportWeek lastCompleteWeek(String team);

	/** The last week that has ended in the management zone. */
	ReportWeek lastCompleteWeekAcrossTeams();

	/** The zone a team's week runs in. */
	ZoneId zoneOf(String team);

	/** The review drawn as one PNG, sized for a phone. */
	byte[] chart(WeeklyReview review);

	/** Every team's review drawn side by side as one PNG. */
	byte[] chartAcrossTeams(List<WeeklyReview> reviews);

	/** The reviews as CSV: one row per team and figure. */
	String csv(List<WeeklyReview> reviews);

	/** The few lines posted beside the chart. */
	String summary(WeeklyReview review);

	/** The few lines posted beside the chart across teams. */
	String summaryAcrossTeams(List<WeeklyReview> reviews);

}
