package dev.frontline.reports;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.delivery.ImagePost;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.teams.Teams;

/**
 * {@code /report [team] [week]} on every platform: read once here, answered privately.
 * Without a team, every team side by side; without a week, the last week that ended; the
 * two in either order.
 */
@Component
public class ReportCommands {

	public static final String USAGE = "Usage: /report [team] [week], such as /report baggage 2026-W48."
			+ " Without a team, every team side by side; without a week, the last week that ended.";

	private final WeeklyReviews reviews;

	private final People people;

	private final Teams teams;

	ReportCommands(WeeklyReviews reviews, People people, Teams teams) {
		this.reviews = reviews;
		this.people = people;
		this.teams = teams;
	}

	/**
	 * The answer to {@code /report}: the summary, and the chart for platforms that can
	 * show a picture privately.
	 *
	 * @param text the summary, or why there is none (with usage)
	 * @param chart the chart, or null when the command was refused or not understood
	 */
	public record ReportReply(String text, @Nullable ImagePost chart) {
	}

	public ReportReply report(Actor actor, String arguments) {
		return answer(actor, arguments, true);
	}

	/**
	 * The summary alone, for platforms that cannot show a picture privately: nothing is
	 * drawn, so the answer fits within a platform's time to acknowledge a command.
	 */
	public String summary(Actor actor, String arguments) {
		return answer(actor, arguments, false).text();
	}

	private ReportReply answer(Actor actor, String arguments, boolean withChart) {
		try {
			people.require(actor, Role.STAFF);
		}
		catch (NotPermittedException refused) {
			return new ReportReply(String.valueOf(refused.getMessage()), null);
		}
		String team = null;
		ReportWeek week = null;
		for (String word : arguments.strip().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			String lower = word.toLowerCase(Locale.ROOT);
			if (team == null && teams.exists(lower)) {
				team = lower;
			}
			else if (week == null && Character.isDigit(word.charAt(0))) {
				try {
					week = ReportWeek.parse(word.toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					return new ReportReply(ex.getMessage() + ". " + USAGE, null);
				}
			}
			else {
				return new ReportReply("'" + word + "' is neither a team ("
						+ String.join(", ", teams.names().stream().sorted().toList()) + ") nor a week. " + USAGE, null);
			}
		}
		if (team != null) {
			ReportWeek chosen = week != null ? week : reviews.lastCompleteWeek(team);
			WeeklyReview review = reviews.of(team, chosen);
			if (!withChart) {
				return new ReportReply(reviews.summary(review), null);
			}
			return new ReportReply(reviews.summary(review),
					new ImagePost("Weekly care review · " + review.teamName() + " · " + chosen, reviews.summary(review),
							"weekly-review-" + team + "-" + chosen + ".png",
							"Charts of the week of " + review.teamName() + ", " + chosen, reviews.chart(review)));
		}
		ReportWeek chosen = week != null ? week : reviews.lastCompleteWeekAcrossTeams();
		List<WeeklyReview> all = reviews.acrossTeams(chosen);
		if (!withChart) {
			return new ReportReply(reviews.summaryAcrossTeams(all), null);
		}
		return new ReportReply(reviews.summaryAcrossTeams(all),
				new ImagePost("Weekly care review · all teams · " + chosen, reviews.summaryAcrossTeams(all),
						"weekly-review-all-teams-" + chosen + ".png", "Every team side by side, " + chosen,
						reviews.chartAcrossTeams(all)));
	}

}
