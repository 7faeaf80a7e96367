package dev.frontline.reports.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.frontline.reports.WeeklyReview;
import dev.frontline.triage.Severity;

/**
 * The reviews as CSV in long form, one figure a row
 * ({@code team,week,figure,item,value}), so a spreadsheet pivots it any way and a new
 * figure adds rows, not columns.
 */
final class ReviewCsv {

	private ReviewCsv() {
	}

	static String of(List<WeeklyReview> reviews) {
		StringBuilder csv = new StringBuilder("team,week,figure,item,value\n");
		for (WeeklyReview review : reviews) {
			Rows rows = new Rows(csv, review);
			for (WeeklyReview.Day day : review.days()) {
				for (Severity severity : Severity.values()) {
					rows.add("complaints", day.date() + " " + severity, day.complaintsOf(severity));
				}
				rows.add("cases_opened", day.date().toString(), day.casesOpened());
			}
			for (WeeklyReview.Acknowledgement ack : review.acknowledgement()) {
				String severity = ack.severity().name();
				rows.add("ack_sla_minutes", severity, ack.slaMinutes());
				rows.add("ack_cases", severity, ack.cases());
				rows.add("ack_acknowledged", severity, ack.acknowledged());
				rows.add("ack_median_minutes", severity, ack.medianMinutes());
				rows.add("ack_p90_minutes", severity, ack.p90Minutes());
				rows.add("ack_breaches", severity, ack.breaches());
			}
			rows.add("approved_replies", "", review.approvedReplies().approved());
			rows.add("approved_reply_median_minutes", "", review.approvedReplies().medianMinutes());
			rows.add("approved_reply_p90_minutes", "", review.approvedReplies().p90Minutes());
			rows.add("followup_steps", "on_time", review.followUps().onTime());
			rows.add("followup_steps", "late", review.followUps().late());
			rows.add("followup_steps", "waived", review.followUps().waived());
			rows.add("followup_steps", "still_open", review.followUps().stillOpen());
			rows.add("incidents", "count", review.incidents().count());
			rows.add("incidents", "complaints", review.incidents().complaints());
			rows.add("incidents", "largest", review.incidents().largest());
			rows.add("incidents", "customers told proactively", review.incidents().customersTold());
			rows.add("incidents", "median minutes to first notice", review.incidents().medianMinutesToFirstNotice());
			for (WeeklyReview.CategoryCount category : review.topCategories()) {
				rows.add("category_this_week", category.category(), category.thisWeek());
				rows.add("category_last_week", category.category(), category.lastWeek());
			}
			for (WeeklyReview.StoryWeek week : review.stories().weeks()) {
				rows.add("stories_asked", week.asked().toString(), week.askedCount());
				rows.add("stories_answered", week.asked().toString(), week.answered());
				rows.add("stories_shared", week.asked().toString(), week.stories());
				rows.add("stories_anonymous", week.asked().toString(), week.anonymous());
			}
			for (WeeklyReview.ThemeCount theme : review.stories().themes()) {
				rows.add("story_theme_8_weeks", theme.theme(), theme.stories());
			}
			rows.add("corrections", "severity_raised", review.corrections().severityRaised());
			rows.add("corrections", "severity_lowered", review.corrections().severityLowered());
			rows.add("corrections", "moved_in", review.corrections().movedIn());
			rows.add("corrections", "moved_out", review.corrections().movedOut());
			for (WeeklyReview.Move move : review.corrections().moves()) {
				rows.add("moves", move.from() + " -> " + move.to(), move.cases());
			}
		}
		return csv.toString();
	}

	private record Rows(StringBuilder csv, WeeklyReview review) {

		void add(String figure, String item, @Nullable Number value) {
			csv.append(cell(review.team()))
				.append(',')
				.append(review.week())
				.append(',')
				.append(figure)
				.append(',')
				.append(cell(item))
				.append(',')
				.append(value == null ? "" : format(value))
				.append('\n');
		}

	}

	private static String format(Number value) {
		return value instanceof Double number ? String.format(Locale.ROOT, "%.1f", number) : value.toString();
	}

	/**
	 * Quoted when it must be, and never read as a formula by a spreadsheet: a theme or
	 * category someone typed could start with {@code =}.
	 */
	static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
				? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

}
