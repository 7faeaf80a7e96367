package dev.frontline.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.teams.Teams;
import dev.frontline.teams.TeamsSettings;

/** How {@code /report [team] [week]} is read, the same on every platform. */
class ReportCommandsTest {

	static final Actor STAFF = new Actor("slack", "U-STAFF", "Sam");

	final WeeklyReviews reviews = mock(WeeklyReviews.class);

	final People people = mock(People.class);

	final Teams teams = new Teams(new TeamsSettings(Map.of("baggage", new TeamsSettings.Team("Baggage", Map.of()),
			"loyalty", new TeamsSettings.Team(null, Map.of()))));

	final ReportCommands commands = new ReportCommands(reviews, people, teams);

	@BeforeEach
	void answer() {
		when(reviews.lastCompleteWeek(any())).thenReturn(ReportWeek.parse("2026-W47"));
		when(reviews.lastCompleteWeekAcrossTeams()).thenReturn(ReportWeek.parse("2026-W47"));
		when(reviews.of(any(), any())).thenAnswer(call -> review(call.getArgument(0), call.getArgument(1)));
		when(reviews.acrossTeams(any())).thenReturn(List.of());
		when(reviews.summary(any())).thenReturn("summary");
		when(reviews.summaryAcrossTeams(any())).thenReturn("all teams");
		when(reviews.chart(any())).thenReturn(new byte[] { 1 });
		when(reviews.chartAcrossTeams(any())).thenReturn(new byte[] { 2 });
	}

	@Test
	void aTeamAndAWeekInEitherOrder() {
		ReportCommands.ReportReply reply = commands.report(STAFF, "2026-W48 Baggage");

		verify(reviews).of("baggage", ReportWeek.parse("2026-W48"));
		assertThat(reply.text()).isEqualTo("summary");
		assertThat(reply.chart()).isNotNull();
		assertThat(reply.chart().fileName()).isEqualTo("weekly-review-baggage-2026-W48.png");
	}

	@Test
	void theSummaryAloneDrawsNothing() {
		assertThat(commands.summary(STAFF, "baggage")).isEqualTo("summary");

		verify(reviews, never()).chart(any());
	}

	@Test
	void withoutATeamEveryTeamOfTheLastWeek() {
		ReportCommands.ReportReply reply = commands.report(STAFF, "  ");

		verify(reviews).acrossTeams(ReportWeek.parse("2026-W47"));
		assertThat(reply.text()).isEqualTo("all teams");
		assertThat(reply.chart().fileName()).isEqualTo("weekly-review-all-teams-2026-W47.png");
	}

	@Test
	void aDayStandsForItsWeek() {
		commands.report(STAFF, "loyalty 2026-11-26");

		verify(reviews).of("loyalty", ReportWeek.parse("2026-W48"));
	}

	@Test
	void anUnknownWordOrWeekIsExplainedWithUsage() {
		assertThat(commands.report(STAFF, "bagage").text())
			.isEqualTo("'bagage' is neither a team (baggage, loyalty) nor a week. " + ReportCommands.USAGE);
		assertThat(commands.report(STAFF, "baggage 2025-W53").text()).startsWith("week: 2025 has no week 53")
			.endsWith(ReportCommands.USAGE);
		assertThat(commands.report(STAFF, "baggage 2025-W53").chart()).isNull();
	}

	@Test
	void someoneWithoutARoleIsRefused() {
		doThrow(new NotPermittedException("Sorry, Frontline doesn't know you yet.")).when(people)
			.require(any(), eq(Role.STAFF));

		ReportCommands.ReportReply reply = commands.report(new Actor("slack", "U-NOBODY", "Nobody"), "baggage");

		assertThat(reply.chart()).isNull();
		assertThat(reply.text()).isEqualTo("Sorry, Frontline doesn't know you yet.");
	}

	private static WeeklyReview review(String team, ReportWeek week) {
		return new WeeklyReview(team, team, week.toString(), "UTC",
				week.days().stream().map(day -> new WeeklyReview.Day(day, Map.of(), 0)).toList(), List.of(),
				new WeeklyReview.ReplyTimes(0, null, null), new WeeklyReview.FollowUpSteps(0, 0, 0, 0),
				new WeeklyReview.IncidentFigures(0, 0, 0, 0, null), List.of(),
				new WeeklyReview.StoryFigures(List.of(), List.of()),
				new WeeklyReview.CorrectionFigures(0, 0, 0, 0, List.of()));
	}

}
