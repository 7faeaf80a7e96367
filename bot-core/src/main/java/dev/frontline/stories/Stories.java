package dev.frontline.stories;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CommandReply;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.stories.internal.StoryStore;

/**
 * Sharing a challenging situation: the form, its redacted preview, and the story itself —
 * named and editable until the digest is posted, or anonymous and then stored with no
 * link to its author at all.
 */
@Service
public class Stories {

	static final String STORIES_USAGE = "Usage: /stories this-week|last-week";

	private final StorySettings settings;

	private final StoryStore store;

	private final People people;

	private final Clock clock;

	Stories(StorySettings settings, StoryStore store, People people, Clock clock) {
		this.settings = settings;
		this.store = store;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * What the story form opens with.
	 *
	 * @param team the team the story is shared with
	 * @param editing the person's named story not yet in a digest, which the form edits,
	 * or null for a new one
	 */
	public record Opened(String team, @Nullable Story editing) {
	}

	/**
	 * A story as others would read it, shown to its author before sharing.
	 *
	 * @param redacted the answers with personal data taken out
	 * @param summary what was taken out
	 */
	public record Preview(StoryForm redacted, String summary) {
	}

	/** Opens the form: a new story, or the person's named one of this week to edit. */
	@Transactional(readOnly = true)
	public Opened open(Actor actor) {
		String team = teamOf(actor);
		return new Opened(team, store.editableOf(team, idOf(actor)).orElse(null));
	}

	/** The story as the team would read it; nothing is stored. */
	public Preview preview(Actor actor, StoryForm form) {
		String team = teamOf(actor);
		return redacted(team, actor, form.validated());
	}

	/**
	 * Shares a story, redacted. A named one can be edited until its digest is posted; an
	 * anonymous one has no author and cannot be edited — nothing links it to them.
	 */
	@Transactional
	public Story share(Actor actor, StoryForm form) {
		String team = teamOf(actor);
		StoryForm redacted = redacted(team, actor, form.validated()).redacted();
		openWeek(team).ifPresent(week -> store.answered(week.id(), idOf(actor)));
		long id = form.anonymous() ? store.insertStory(team, null, null, redacted)
				: store.insertStory(team, idOf(actor), actor.displayName(), redacted);
		return store.find(id).orElseThrow();
	}

	/**
	 * Changes the person's own named story, redacted again; refused once its digest is
	 * posted.
	 */
	@Transactional
	public Story edit(Actor actor, long storyId, StoryForm form) {
		String team = teamOf(actor);
		if (form.anonymous()) {
			throw new IllegalArgumentException(
					"A story shared with your name stays named; share another one anonymously instead.");
		}
		Story story = store.find(storyId)
			.filter(found -> idOf(actor).equals(store.authorOf(storyId)))
			.orElseThrow(() -> new IllegalArgumentException("You have no story " + storyId + " to edit."));
		if (story.inDigest() || !store.update(storyId, redacted(team, actor, form.validated()).redacted())) {
			throw new IllegalArgumentException(
					"Story " + storyId + " was in the digest already: it no longer changes.");
		}
		return store.find(storyId).orElseThrow();
	}

	/**
	 * {@code /stories this-week|last-week}: the stories of the team's latest week (shared
	 * so far, or as its digest posted them), or of the week before.
	 */
	@Transactional(readOnly = true)
	public CommandReply storiesCommand(Actor actor, String arguments) {
		try {
			people.require(actor, Role.STAFF);
			String team = teamOf(actor);
			String which = arguments.strip().toLowerCase(Locale.ROOT);
			List<StoryStore.Week> weeks = store.weeksOf(team, 2);
			List<Story> found;
			String heading;
			switch (which) {
				case "", "this-week" -> {
					heading = "This week's stories";
					found = weeks.isEmpty() || weeks.getFirst().digestPostedAt() == null ? store.waiting(team)
							: store.inDigest(weeks.getFirst().id());
				}
				case "last-week" -> {
					heading = "Last week's stories";
					StoryStore.Week last = weeks.isEmpty() ? null : weeks.getFirst().digestPostedAt() == null
							? weeks.getFirst() : weeks.size() > 1 ? weeks.get(1) : null;
					found = last == null || last.digestPostedAt() == null ? List.of() : store.inDigest(last.id());
				}
				default -> {
					return CommandReply.text("\"" + arguments.strip() + "\" is not a list I know. " + STORIES_USAGE);
				}
			}
			if (found.isEmpty()) {
				return CommandReply.text(heading + ": none yet.");
			}
			return CommandReply.text(heading + " (" + found.size() + "):\n\n"
					+ found.stream().map(Stories::asText).collect(Collectors.joining("\n\n")));
		}
		catch (NotPermittedException | IllegalArgumentException refused) {
			return CommandReply.text(refused.getMessage());
		}
	}

	/** A story as the digest and {@code /stories} show it. */
	public static String asText(Story story) {
		StringBuilder text = new StringBuilder("Story ").append(story.id())
			.append(" · ")
			.append(story.byline())
			.append(story.tags().isEmpty() ? "" : " · " + String.join(", ", story.tags()))
			.append("\nWhat happened: ")
			.append(story.whatHappened())
			.append("\nWhat they did: ")
			.append(story.whatYouDid())
			.append("\nWhat would have helped: ")
			.append(story.whatWouldHaveHelped());
		if (story.processIdea() != null) {
			text.append("\nProcess idea: ").append(story.processIdea());
		}
		return text.toString();
	}

	private Optional<StoryStore.Week> openWeek(String team) {
		Instant now = clock.instant();
		return store.weeksOf(team, 1)
			.stream()
			.filter(week -> week.digestPostedAt() == null && !week.promptAt().isAfter(now))
			.findFirst();
	}

	private Preview redacted(String team, Actor actor, StoryForm form) {
		List<String> names = new ArrayList<>();
		settings.teams().get(team).members().forEach(member -> names.add(member.displayName()));
		names.add(actor.displayName());
		StoryRedaction.Redacted happened = StoryRedaction.redact(form.whatHappened(), names);
		StoryRedaction.Redacted did = StoryRedaction.redact(form.whatYouDid(), names);
		StoryRedaction.Redacted helped = StoryRedaction.redact(form.whatWouldHaveHelped(), names);
		StoryRedaction.Redacted idea = form.processIdea() == null || form.processIdea().isBlank() ? null
				: StoryRedaction.redact(form.processIdea(), names);
		Map<StoryRedaction.Kind, Integer> removed = new EnumMap<>(StoryRedaction.Kind.class);
		for (StoryRedaction.Redacted part : idea == null ? List.of(happened, did, helped)
				: List.of(happened, did, helped, idea)) {
			part.removed().forEach((kind, count) -> removed.merge(kind, count, Integer::sum));
		}
		StoryForm redacted = new StoryForm(happened.text(), did.text(), helped.text(),
				idea == null ? null : idea.text(), form.tags(), form.anonymous());
		return new Preview(redacted, new StoryRedaction.Redacted("", removed).summary());
	}

	private String teamOf(Actor actor) {
		String id = idOf(actor);
		return settings.teams()
			.entrySet()
			.stream()
			.filter(team -> team.getValue().memberIds().contains(id))
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"You're not in a team's story rotation yet. Ask an admin to add you under frontline.stories.teams."));
	}

	private static String idOf(Actor actor) {
		return actor.platform() + ":" + actor.userId();
	}

}
