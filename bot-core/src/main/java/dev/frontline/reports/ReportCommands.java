package dev.frontline.reports;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.conversation.CommandOptions;
import dev.frontline.conversation.CommandOptions.Option;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.delivery.ImagePost;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.teams.Teams;

/**
 * {@code /report [team] [week]} on every platform, declared to the conversation port:
 * read once here, answered privately. Without a team, every team side by side; without a
 * week, the last week that ended; the two in either order.
 */
@Component
public class ReportCommands implements Interactions {

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
		Outcome.Answer answer = answer(actor, arguments);
		return new ReportReply(answer.text(), answer.picture() == null ? null : answer.picture().get());
	}

	/**
	 * The summary alone, for platforms that cannot show a picture privately: nothing is
	 * drawn, so the answer fits within a platform's time to acknowledge a command.
	 */
	public String summary(Actor actor, String arguments) {
		return answer(actor, arguments).text();
	}

	@Override
	public void declare(Declarations declare) {
		declare.command(new CommandOptions("/report", "The weekly care review, privately", false, false,
				List.of(Option.text("team", "A team; without one, every team side by side"),
						Option.text("week", "An ISO week such as 2026-W48, or a day in it; default last week")),
				answers -> answers.text("team") + " " + answers.text("week")), this::answer);
	}

	/** The summary at once; the chart is drawn only for a platform that shows it. */
	private Outcome.Answer answer(Actor actor, String arguments) {
		try {
			people.require(actor, Role.STAFF);
		}
		catch (NotPermittedException refused) {
			return said(String.valueOf(refused.getMessage()));
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
					return said(ex.getMessage() + ". " + USAGE);
				}
			}
			else {
				return said("'" + word + "' is neither a team ("
						+ String.join(", ", teams.names().stream().sorted().toList()) + ") nor a week. " + USAGE);
			}
		}
		if (team != null) {
			ReportWeek chosen = week != null ? week : reviews.lastCompleteWeek(team);
			WeeklyReview review = reviews.of(team, chosen);
			String summary = reviews.summary(review);
			String file = "weekly-review-" + team + "-" + chosen + ".png";
			return new Outcome.Answer(summary, List.of(),
					() -> new ImagePost("Weekly care review · " + review.teamName() + " · " + chosen, summary, file,
							"Charts of the week of " + review.teamName() + ", " + chosen, reviews.chart(review)));
		}
		ReportWeek chosen = week != null ? week : reviews.lastCompleteWeekAcrossTeams();
		List<WeeklyReview> all = reviews.acrossTeams(chosen);
		String summary = reviews.summaryAcrossTeams(all);
		return new Outcome.Answer(summary, List.of(),
				() -> new ImagePost("Weekly care review · all teams · " + chosen, summary,
						"weekly-review-all-teams-" + chosen + ".png", "Every team side by side, " + chosen,
						reviews.chartAcrossTeams(all)));
	}

	private static Outcome.Answer said(String text) {
		return new Outcome.Answer(text, List.of());
	}

}
