package dev.frontline.stories;

import java.time.Instant;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import dev.frontline.people.Actor;
import dev.frontline.stories.internal.StoryStore;
import dev.frontline.stories.internal.StoryWeeks;

/**
 * Brings a team's weekly story meeting forward, for a demo whose clock can be moved: the
 * week's prompt if it is still to come, then the digest at the meeting, so that themes
 * and improvement actions can be tried at once.
 */
@Service
public class StoryMeetings {

	private final StoryWeeks weeks;

	private final StoryStore store;

	private final StoryTeams teams;

	StoryMeetings(StoryWeeks weeks, StoryStore store, StoryTeams teams) {
		this.weeks = weeks;
		this.store = store;
		this.teams = teams;
	}

	/**
	 * A meeting held.
	 *
	 * @param team whose meeting it was
	 * @param at when it was
	 */
	public record Meeting(String team, Instant at) {
	}

	/**
	 * Holds the person's team's next meeting now.
	 * @param moveClockTo moves the clock every capability reads on to a time
	 * @throws IllegalArgumentException when the person is in no story team, or the team
	 * is not asked this week
	 */
	public Meeting holdNext(Actor actor, Consumer<Instant> moveClockTo) {
		String team = teams.of(actor);
		weeks.moveOn();
		StoryStore.Week week = pending(team);
		if (week == null) {
			Instant prompt = store.nextPromptOf(team)
				.orElseThrow(() -> new IllegalArgumentException("The " + team + " team has no story week ahead."));
			moveClockTo.accept(prompt);
			weeks.moveOn();
			week = pending(team);
			if (week == null) {
				throw new IllegalArgumentException("The " + team + " team is not asked for stories in the week of "
						+ prompt + " (a holiday, or everyone away): try again to move on to the next one.");
			}
		}
		moveClockTo.accept(week.digestAt());
		weeks.moveOn();
		return new Meeting(team, week.digestAt());
	}

	private StoryStore.@Nullable Week pending(String team) {
		return store.weeksOf(team, 1).stream().filter(week -> week.digestPostedAt() == null).findFirst().orElse(null);
	}

}
