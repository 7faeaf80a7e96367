package dev.frontline.reports.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import dev.frontline.reports.ReportSettings;
import dev.frontline.reports.ReportWeek;
import dev.frontline.reports.WeeklyReview;
import dev.frontline.reports.WeeklyReviews;
import dev.frontline.stories.StorySettings;
import dev.frontline.teams.Teams;
import dev.frontline.triage.Triage;

/**
 * The weekly reviews, computed from what the database records when they are asked for.
 */
@Service
@EnableConfigurationProperties({ ReportSettings.class, StorySettings.class })
class RecordedReviews implements WeeklyReviews {

	private final WeekRecords records;

	private final Teams teams;

	private final Triage triage;

	private final ReportSettings settings;

	private final StorySettings stories;

	private final Clock clock;

	RecordedReviews(WeekRecords records, Teams teams, Triage triage, ReportSettings settings, StorySettings stories,
			Clock clock) {
		settings.teams().keySet().forEach(team -> {
			if (!teams.exists(team)) {
				throw new IllegalArgumentException(
						"frontline.reports.teams." + team + ": no such team under frontline.teams");
			}
		});
		this.records = records;
		this.teams = teams;
		this.triage = triage;
		this.settings = settings;
		this.stories = stories;
		this.clock = clock;
	}

	@Override
	public WeeklyReview of(String team, ReportWeek week) {
		requireTeam(team);
		ZoneId zone = zoneOf(team);
		return WeeklyFigures.compute(team, teams.displayNameOf(team), week, zone, records.read(team, week, zone),
				triage::acknowledgeWithin, clock.instant());
	}

	@Override
	public List<WeeklyReview> acrossTeams(ReportWeek week) {
		return teams.names().stream().sorted().map(team -> of(team, week)).toList();
	}

	@Override
	public ReportWeek lastCompleteWeek(String team) {
		requireTeam(team);
		return ReportWeek.lastCompleteBefore(clock.instant(), zoneOf(team));
	}

	@Override
	public ReportWeek lastCompleteWeekAcrossTeams() {
		return ReportWeek.lastCompleteBefore(clock.instant(), settings.management().zoneId());
	}

	@Override
	public ZoneId zoneOf(String team) {
		requireTeam(team);
		ReportSettings.Team own = settings.teams().get(team);
		if (own != null && own.zone() != null && !own.zone().isBlank()) {
			return ZoneId.of(own.zone().strip());
		}
		StorySettings.Team story = stories.teams().get(team);
		return story != null ? story.zoneId() : ZoneId.of("UTC");
	}

	@Override
	public byte[] chart(WeeklyReview review) {
		return ReviewChart.ofTeam(review);
	}

	@Override
	public byte[] chartAcrossTeams(List<WeeklyReview> reviews) {
		return ReviewChart.acrossTeams(reviews);
	}

	@Override
	public String csv(List<WeeklyReview> reviews) {
		return ReviewCsv.of(reviews);
	}

	@Override
	public String summary(WeeklyReview review) {
		return ReviewSummary.ofTeam(review);
	}

	@Override
	public String summaryAcrossTeams(List<WeeklyReview> reviews) {
		return ReviewSummary.acrossTeams(reviews);
	}

	private void requireTeam(String team) {
		if (!teams.exists(team)) {
			throw new IllegalArgumentException("team: no team '" + team + "'; the teams are "
					+ String.join(", ", teams.names().stream().sorted().toList()));
		}
	}

}
