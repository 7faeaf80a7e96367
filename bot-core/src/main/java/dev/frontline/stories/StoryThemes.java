package dev.frontline.stories;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CommandReply;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.stories.internal.StoryStore;

/**
 * Themes: what supervisors find a story is about, counted across weeks so that leaders
 * see what keeps coming back and turn it into process changes and training.
 */
@Service
public class StoryThemes {

	/** How many of a theme's stories {@code /stories theme} lists. */
	static final int LISTED = 10;

	/** How many weeks {@code /stories themes} counts over. */
	static final int WEEKS_COUNTED = 8;

	private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);

	private final StoryStore store;

	private final StoryTeams teams;

	private final People people;

	private final Clock clock;

	StoryThemes(StoryStore store, StoryTeams teams, People people, Clock clock) {
		this.store = store;
		this.teams = teams;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Gives a story a theme.
	 * @return the story with its themes
	 * @throws IllegalArgumentException when the theme is not a word or two, or there is
	 * no such story in the supervisor's team
	 */
	@Transactional
	public Story tag(Actor supervisor, long storyId, String theme) {
		people.require(supervisor, Role.SUPERVISOR);
		String normal = normal(theme);
		Story story = teams.storyOf(supervisor, storyId);
		store.addTheme(story.id(), normal, supervisor.describe(), clock.instant());
		return store.find(storyId).orElseThrow();
	}

	/**
	 * {@code /stories theme <tag>}: the team's stories with that theme or tag, newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public CommandReply storiesOn(Actor actor, String theme) {
		people.require(actor, Role.STAFF);
		String team = teams.of(actor);
		String normal = normal(theme);
		List<StoryStore.Found> found = store.withThemeOrTag(team, normal, LISTED);
		if (found.isEmpty()) {
			return CommandReply.text("No story of " + team + " has the theme or tag \"" + normal + "\" yet.");
		}
		long weeks = found.stream().map(StoryStore.Found::weekId).distinct().count();
		return CommandReply.text("Stories on \"" + normal + "\" (theme or tag), newest first: " + found.size()
				+ (found.size() == LISTED ? " or more" : "") + " in " + weeks + (weeks == 1 ? " week" : " weeks")
				+ "\n\n"
				+ found.stream()
					.map(each -> weekLabel(team, each.weekId()) + "\n" + Stories.asText(each.story()))
					.collect(Collectors.joining("\n\n")));
	}

	/**
	 * {@code /stories themes}: each theme with how many stories had it in each of the
	 * last weeks, most frequent first.
	 */
	@Transactional(readOnly = true)
	public CommandReply counts(Actor actor) {
		people.require(actor, Role.STAFF);
		String team = teams.of(actor);
		List<StoryStore.Week> weeks = store.weeksOf(team, WEEKS_COUNTED);
		List<@Nullable Long> columns = new ArrayList<>();
		if (weeks.isEmpty() || weeks.getFirst().digestPostedAt() != null) {
			columns.add(null); // stories shared since the last digest
		}
		weeks.stream().filter(week -> week.digestPostedAt() != null).forEach(week -> columns.add(week.id()));
		Map<String, Map<@Nullable Long, Integer>> counts = new TreeMap<>();
		for (StoryStore.ThemeUse use : store.themesOf(team)) {
			if (columns.contains(use.weekId())) {
				counts.computeIfAbsent(use.theme(), theme -> new LinkedHashMap<>())
					.merge(use.weekId(), 1, Integer::sum);
			}
		}
		if (counts.isEmpty()) {
			return CommandReply.text("No themes yet in the last " + WEEKS_COUNTED
					+ " weeks. Supervisors give a story a theme with its Add theme button.");
		}
		List<Map.Entry<String, Map<@Nullable Long, Integer>>> rows = new ArrayList<>(counts.entrySet());
		rows.sort((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())));
		StringBuilder text = new StringBuilder("Themes of " + team + " over the last " + WEEKS_COUNTED
				+ " weeks, most frequent first (stories per week):");
		for (Map.Entry<String, Map<@Nullable Long, Integer>> row : rows) {
			int total = total(row.getValue());
			text.append("\n")
				.append(row.getKey())
				.append(": ")
				.append(total)
				.append(total == 1 ? " story" : " stories")
				.append(" in ")
				.append(row.getValue().size())
				.append(row.getValue().size() == 1 ? " week" : " weeks")
				.append(" · ")
				.append(columns.stream()
					.filter(row.getValue()::containsKey)
					.map(week -> weekLabel(team, week) + " " + row.getValue().get(week))
					.collect(Collectors.joining(", ")));
		}
		return CommandReply.text(text.toString());
	}

	/** A theme as stored: lower case, words joined by hyphens. */
	static String normal(String theme) {
		String normal = (theme == null ? "" : theme).strip()
			.toLowerCase(Locale.ROOT)
			.replaceAll("[\\s_]+", "-")
			.replaceAll("[^\\p{L}\\d-]", "");
		if (normal.length() < 2 || normal.length() > 40) {
			throw new IllegalArgumentException("A theme is a word or a few joined by hyphens, 2 to 40 letters, such as"
					+ " rebooking or desk-tools, not \"" + (theme == null ? "" : theme.strip()) + "\".");
		}
		return normal;
	}

	private String weekLabel(String team, @Nullable Long weekId) {
		if (weekId == null) {
			return "this week";
		}
		ZoneId zone = ZoneId.of(teams.settingsOf(team).zone());
		return store.findWeek(weekId)
			.map(week -> "week of " + WEEK.format(week.promptAt().atZone(zone)))
			.orElse("week " + weekId);
	}

	private static int total(Map<@Nullable Long, Integer> perWeek) {
		return perWeek.values().stream().mapToInt(Integer::intValue).sum();
	}

}
