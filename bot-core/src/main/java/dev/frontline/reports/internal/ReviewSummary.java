package dev.frontline.reports.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.frontline.reports.WeeklyReview;
import dev.frontline.triage.Severity;

/** The few plain lines posted beside the chart: each figure once, in words. */
final class ReviewSummary {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ROOT);

	private ReviewSummary() {
	}

	static String title(WeeklyReview review) {
		return "Weekly care review · " + review.teamName() + " · " + review.week();
	}

	static String ofTeam(WeeklyReview review) {
		StringBuilder text = new StringBuilder();
		text.append(title(review))
			.append(" (")
			.append(DAY.format(review.days().getFirst().date()))
			.append(" – ")
			.append(DAY.format(review.days().getLast().date()))
			.append(", ")
			.append(review.zone())
			.append(")\n");
		text.append(review.complaints())
			.append(plural(review.complaints(), " complaint", " complaints"))
			.append(", ")
			.append(review.casesOpened())
			.append(plural(review.casesOpened(), " new case", " new cases"))
			.append(" (")
			.append(bySeverity(review))
			.append(")\n");
		text.append("Time to acknowledge: ").append(acknowledgement(review.acknowledgement())).append('\n');
		WeeklyReview.ReplyTimes replies = review.approvedReplies();
		text.append("Approved replies: ").append(replies.approved());
		if (replies.approved() > 0) {
			text.append(", median ")
				.append(minutes(replies.medianMinutes()))
				.append(", 90% within ")
				.append(minutes(replies.p90Minutes()));
		}
		text.append(" after the case opened\n");
		WeeklyReview.FollowUpSteps steps = review.followUps();
		text.append("Follow-up steps due: ")
			.append(steps.onTime())
			.append(" on time, ")
			.append(steps.late())
			.append(" late, ")
			.append(steps.waived())
			.append(" waived, ")
			.append(steps.stillOpen())
			.append(" still open\n");
		WeeklyReview.IncidentFigures incidents = review.incidents();
		text.append("Incidents: ").append(incidents.count());
		if (incidents.count() > 0) {
			text.append(" (")
				.append(incidents.complaints())
				.append(" complaints, the largest ")
				.append(incidents.largest())
				.append(")");
		}
		if (incidents.customersTold() > 0) {
			text.append("; ")
				.append(incidents.customersTold())
				.append(plural(incidents.customersTold(), " customer", " customers"))
				.append(" told proactively, the first notice a median ")
				.append(Math.round(incidents.medianMinutesToFirstNotice()))
				.append(" min after an incident opened");
		}
		text.append('\n');
		text.append("Top categories: ")
			.append(review.topCategories().isEmpty() ? "none"
					: review.topCategories()
						.stream()
						.map(category -> category.category() + " " + category.thisWeek() + " ("
								+ signed(category.change()) + ")")
						.collect(Collectors.joining(", ")))
			.append(" against last week\n");
		text.append("Stories: ").append(stories(review.stories())).append('\n');
		WeeklyReview.CorrectionFigures corrections = review.corrections();
		text.append("Triage corrections: severity raised ")
			.append(corrections.severityRaised())
			.append(", lowered ")
			.append(corrections.severityLowered())
			.append("; cases moved in ")
			.append(corrections.movedIn())
			.append(", out ")
			.append(corrections.movedOut());
		return text.toString();
	}

	static String acrossTeams(List<WeeklyReview> reviews) {
		String week = reviews.isEmpty() ? "" : reviews.getFirst().week();
		StringBuilder text = new StringBuilder("Weekly care review · all teams · " + week + "\n");
		for (WeeklyReview review : reviews) {
			WeeklyReview.FollowUpSteps steps = review.followUps();
			text.append(review.teamName())
				.append(": ")
				.append(review.complaints())
				.append(plural(review.complaints(), " complaint", " complaints"))
				.append(", ")
				.append(review.casesOpened())
				.append(" cases, ")
				.append(review.breaches())
				.append(plural(review.breaches(), " SLA breach", " SLA breaches"))
				.append(", steps late ")
				.append(steps.late())
				.append(" of ")
				.append(steps.total())
				.append(", ")
				.append(review.incidents().count())
				.append(plural(review.incidents().count(), " incident", " incidents"))
				.append(", ")
				.append(review.corrections().total())
				.append(plural(review.corrections().total(), " correction", " corrections"))
				.append('\n');
		}
		return text.toString().stripTrailing();
	}

	private static String bySeverity(WeeklyReview review) {
		return java.util.Arrays.stream(Severity.values())
			.map(severity -> severity + " " + review.days().stream().mapToInt(day -> day.complaintsOf(severity)).sum())
			.collect(Collectors.joining(" · "));
	}

	private static String acknowledgement(List<WeeklyReview.Acknowledgement> figures) {
		int breaches = figures.stream().mapToInt(WeeklyReview.Acknowledgement::breaches).sum();
		String each = figures.stream()
			.map(figure -> figure.severity() + " "
					+ (figure.acknowledged() == 0 ? "none acknowledged"
							: "median " + minutes(figure.medianMinutes()) + ", 90% within "
									+ minutes(figure.p90Minutes()))
					+ " (SLA " + minutes(figure.slaMinutes() == null ? null : figure.slaMinutes().doubleValue()) + ")")
			.collect(Collectors.joining("; "));
		return each + "; " + breaches + plural(breaches, " breach", " breaches");
	}

	private static String stories(WeeklyReview.StoryFigures stories) {
		if (stories.weeks().isEmpty()) {
			return "no story weeks in the last 8";
		}
		WeeklyReview.StoryWeek latest = stories.weeks().getLast();
		String themes = stories.themes()
			.stream()
			.limit(5)
			.map(theme -> theme.theme() + (theme.stories() > 1 ? " ×" + theme.stories() : ""))
			.collect(Collectors.joining(", "));
		return latest.answered() + " of " + latest.askedCount() + " shared in the week asked "
				+ DAY.format(latest.asked()) + " (" + latest.anonymous() + " anonymously); themes over "
				+ stories.weeks().size() + plural(stories.weeks().size(), " week: ", " weeks: ")
				+ (themes.isEmpty() ? "none yet" : themes);
	}

	/** Minutes as people say them: {@code 4 min}, {@code 2 h 10 min}. */
	static String minutes(@Nullable Double minutes) {
		if (minutes == null) {
			return "–";
		}
		long whole = Math.round(minutes);
		if (whole < 60) {
			return whole + " min";
		}
		long hours = whole / 60;
		long rest = whole % 60;
		return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
	}

	private static String signed(int change) {
		return change > 0 ? "+" + change : change == 0 ? "±0" : String.valueOf(change);
	}

	private static String plural(int count, String one, String many) {
		return count == 1 ? one : many;
	}

}
