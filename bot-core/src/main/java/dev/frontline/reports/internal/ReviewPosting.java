package dev.frontline.reports.internal;

import static dev.frontline.storage.Timestamps.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ImagePost;
import dev.frontline.reports.ReportSettings;
import dev.frontline.reports.ReportWeek;
import dev.frontline.reports.WeeklyReview;
import dev.frontline.reports.WeeklyReviews;
import dev.frontline.stories.StorySettings;
import dev.frontline.teams.Teams;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Posts each team's review of the week that has just ended to its channels before its
 * story meeting, and every team's side by side to the management channel. Each post is
 * claimed in the transaction that queues it, so a restart or a second instance posts it
 * once; a post more than {@link #STALE} late (Frontline was down) is skipped, as the
 * meeting it was for is over.
 */
@Component
public class ReviewPosting {

	private static final Logger log = LoggerFactory.getLogger(ReviewPosting.class);

	/** How late a review may still be posted. */
	static final Duration STALE = Duration.ofHours(12);

	/** The claim of the management review: not a team name a team can have. */
	static final String ACROSS_TEAMS = "*";

	private final WeeklyReviews reviews;

	private final ReportSettings settings;

	private final StorySettings stories;

	private final Teams teams;

	private final DeliveryQueue delivery;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReviewPosting(WeeklyReviews reviews, ReportSettings settings, StorySettings stories, Teams teams,
			DeliveryQueue delivery, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.reviews = reviews;
		this.settings = settings;
		this.stories = stories;
		this.teams = teams;
		this.delivery = delivery;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Posts whatever review is due now. */
	public void postDue() {
		Instant now = clock.instant();
		for (String team : teams.names().stream().sorted().toList()) {
			ZoneId zone = reviews.zoneOf(team);
			ReportWeek week = ReportWeek.lastCompleteBefore(now, zone);
			Instant due = ReviewSchedule.postAfter(settings.teams().get(team), stories.teams().get(team), zone,
					week.end(zone));
			if (isDue(due, now)) {
				claimAndPost(team, week, () -> postTeam(team, week));
			}
		}
		ReportSettings.Management management = settings.management();
		if (!management.channels().isEmpty()) {
			ReportWeek week = ReportWeek.lastCompleteBefore(now, management.zoneId());
			ZonedDateTime due = management.postCron().next(week.end(management.zoneId()).atZone(management.zoneId()));
			if (isDue(due == null ? null : due.toInstant(), now)) {
				claimAndPost(ACROSS_TEAMS, week, () -> postAcrossTeams(week));
			}
		}
	}

	private static boolean isDue(@Nullable Instant due, Instant now) {
		return due != null && !now.isBefore(due) && now.isBefore(due.plus(STALE));
	}

	private void claimAndPost(String team, ReportWeek week, Runnable post) {
		try {
			transactions.executeWithoutResult(status -> {
				boolean posted = jdbc.sql("select count(*) from weekly_review_post where team = ? and week = ?")
					.params(team, week.toString())
					.query(Integer.class)
					.single() > 0;
				if (posted) {
					return;
				}
				jdbc.sql("insert into weekly_review_post (team, week, posted_at) values (?, ?, ?)")
					.params(team, week.toString(), utc(clock.instant()))
					.update();
				post.run();
			});
		}
		catch (DuplicateKeyException postedMeanwhile) {
			log.debug("The review of {} for {} was posted by another run", team, week);
		}
	}

	private void postTeam(String team, ReportWeek week) {
		WeeklyReview review = reviews.of(team, week);
		post(teams.channelsOf(team), new ImagePost(ReviewSummary.title(review), reviews.summary(review),
				"weekly-review-" + team + "-" + week + ".png", altText(review), reviews.chart(review)));
	}

	private void postAcrossTeams(ReportWeek week) {
		List<WeeklyReview> all = reviews.acrossTeams(week);
		post(settings.management().channels(), new ImagePost("Weekly care review · all teams · " + week,
				reviews.summaryAcrossTeams(all), "weekly-review-all-teams-" + week + ".png",
				"Complaints by team and severity, SLA breaches, incidents, corrections and follow-up steps by team, week "
						+ week,
				reviews.chartAcrossTeams(all)));
	}

	private void post(Map<String, String> channels, ImagePost image) {
		channels.forEach((platform, channel) -> {
			if (delivery.isActive(platform)) {
				delivery.postImage(new ChannelAddress(platform, channel), image);
			}
		});
	}

	private static String altText(WeeklyReview review) {
		return "Weekly care review of " + review.teamName() + ", week " + review.week() + ": " + review.complaints()
				+ " complaints, " + review.breaches() + " SLA breaches; charts of complaints per day by severity,"
				+ " minutes to acknowledge against the SLA, follow-up steps, top categories and story participation";
	}

	/** Every minute, on one instance at a time. */
	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	@SchedulerLock(name = "frontline-weekly-review")
	void postDueLogged() {
		if (!settings.posting()) {
			return;
		}
		try {
			postDue();
		}
		catch (RuntimeException ex) {
			log.warn("Posting the weekly reviews failed; trying again in a minute", ex);
		}
	}

}
