package dev.frontline.stories;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CommandReply;
import dev.frontline.cases.UnknownCaseException;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.stories.internal.AnonymousParticipation;
import dev.frontline.stories.internal.StoryStore;

/**
 * Sharing a challenging situation: the form, its redacted preview, and the story itself —
 * named and editable until the digest is posted, or anonymous and then stored with no
 * link to its author at all.
 */
@Service
public class Stories {

	static final String STORIES_USAGE = "Usage: /stories this-week|last-week|themes|theme <tag>|actions|nominate <case>";

	private final StoryStore store;

	private final StoryTeams teams;

	private final StoryThemes themes;

	private final ImprovementActions actions;

	private final TeachableMoments moments;

	private final People people;

	private final Clock clock;

	private final AnonymousParticipation participation;

	private final StoryPreviews previews;

	Stories(StoryStore store, StoryTeams teams, StoryThemes themes, ImprovementActions actions,
			TeachableMoments moments, People people, Clock clock, AnonymousParticipation participation,
			StoryPreviews previews) {
		this.participation = participation;
		this.previews = previews;
		this.store = store;
		this.teams = teams;
		this.themes = themes;
		this.actions = actions;
		this.moments = moments;
		this.people = people;
		this.clock = clock;
	}

	/** Where previews wait for their authors to share them, on any instance. */
	public StoryPreviews previews() {
		return previews;
	}

	/**
	 * What the story form opens with.
	 *
	 * @param team the team the story is shared with
	 * @param editing the person's named story not yet in a digest, which the form edits,
	 * or null for a new one
	 * @param prefill the answers to start from, already redacted, or null
	 * @param nomination the nominated case the story tells, or null
	 */
	public record Opened(String team, @Nullable Story editing, @Nullable StoryForm prefill, @Nullable Long nomination) {
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
		people.require(actor, Role.STAFF);
		String team = teams.of(actor);
		return new Opened(team, store.editableOf(team, StoryTeams.idOf(actor)).orElse(null), null, null);
	}

	/** Opens the form for a case nominated for the person, filled in from the case. */
	public Opened openNominated(Actor actor, long nominationId) {
		people.require(actor, Role.STAFF);
		return moments.open(actor, nominationId);
	}

	/** The story as the team would read it; nothing is stored. */
	public Preview preview(Actor actor, StoryForm form) {
		return preview(actor, form, null);
	}

	/**
	 * The story as the team would read it, told from a nominated case whose customer's
	 * names are taken out too; nothing is stored.
	 */
	@Transactional(readOnly = true)
	public Preview preview(Actor actor, StoryForm form, @Nullable Long nomination) {
		people.require(actor, Role.STAFF);
		String team = teams.of(actor);
		return teams.redact(team, actor, form.validated(),
				nomination == null ? List.of() : moments.namesToRedact(actor, nomination));
	}

	/**
	 * Shares a story, redacted. A named one can be edited until its digest is posted; an
	 * anonymous one has no author and cannot be edited — nothing links it to them.
	 */
	@Transactional
	public Story share(Actor actor, StoryForm form) {
		return share(actor, form, null);
	}

	/**
	 * Shares a story told from a nominated case, or any story when {@code nomination} is
	 * null. The nomination counts as answered; nothing links it to the story.
	 */
	@Transactional
	public Story share(Actor actor, StoryForm form, @Nullable Long nomination) {
		// Being in a team's story rotation is not enough: the role is checked on every
		// platform's path in.
		people.require(actor, Role.STAFF);
		String team = teams.of(actor);
		StoryForm redacted = preview(actor, form, nomination).redacted();
		String author = StoryTeams.idOf(actor);
		Optional<StoryStore.Week> week = openWeek(team);
		if (form.anonymous()) {
			// Nothing of the author is written with the story: their participation
			// follows
			// in a transaction of its own, at a random later moment.
			long id = store.insertAnonymousStory(team, redacted);
			participation.later(week.orElse(null), author, nomination);
			return store.find(id).orElseThrow();
		}
		week.ifPresent(open -> store.answered(open.id(), author));
		if (nomination != null) {
			moments.shared(nomination);
		}
		return store.find(store.insertStory(team, author, actor.displayName(), redacted)).orElseThrow();
	}

	/**
	 * Changes the person's own named story, redacted again; refused once its digest is
	 * posted.
	 */
	@Transactional
	public Story edit(Actor actor, long storyId, StoryForm form) {
		people.require(actor, Role.STAFF);
		String team = teams.of(actor);
		if (form.anonymous()) {
			throw new IllegalArgumentException(
					"A story shared with your name stays named; share another one anonymously instead.");
		}
		Story story = store.find(storyId)
			.filter(found -> StoryTeams.idOf(actor).equals(store.authorOf(storyId)))
			.orElseThrow(() -> new IllegalArgumentException("You have no story " + storyId + " to edit."));
		if (story.inDigest()
				|| !store.update(storyId, teams.redact(team, actor, form.validated(), List.of()).redacted())) {
			throw new IllegalArgumentException(
					"Story " + storyId + " was in the digest already: it no longer changes.");
		}
		return store.find(storyId).orElseThrow();
	}

	/**
	 * {@code /stories}: {@code this-week} (the default) and {@code last-week} list the
	 * stories of the team's latest week (shared so far, or as its digest posted them) or
	 * of the week before; {@code themes} counts themes across weeks; {@code theme <tag>}
	 * finds stories by theme or tag; {@code actions} lists open improvement actions;
	 * {@code nominate <case>} asks whoever handled a resolved case to share it.
	 */
	public CommandReply storiesCommand(Actor actor, String arguments) {
		try {
			people.require(actor, Role.STAFF);
			String[] words = arguments.strip().split("\\s+", 2);
			String argument = words.length > 1 ? words[1].strip() : "";
			return switch (words[0].toLowerCase(Locale.ROOT)) {
				case "", "this-week" -> week(actor, true);
				case "last-week" -> week(actor, false);
				case "themes" -> themes.counts(actor);
				case "theme" -> {
					if (argument.isEmpty()) {
						throw new IllegalArgumentException("Which theme? " + STORIES_USAGE);
					}
					yield themes.storiesOn(actor, argument);
				}
				case "actions" -> actions.openOfTeam(actor);
				case "nominate" -> {
					if (!argument.matches("#?\\d{1,12}")) {
						throw new IllegalArgumentException("Which case? " + STORIES_USAGE);
					}
					yield moments.nominate(actor, Long.parseLong(argument.replace("#", "")));
				}
				default -> CommandReply.text("\"" + arguments.strip() + "\" is not a list I know. " + STORIES_USAGE);
			};
		}
		catch (NotPermittedException | UnknownCaseException | IllegalArgumentException refused) {
			return CommandReply.text(refused.getMessage());
		}
	}

	/**
	 * Where the person stands with this week's story, for App Home; empty when they are
	 * in no team's rotation.
	 */
	@Transactional(readOnly = true)
	public Optional<StoryStatus> statusOf(Actor actor) {
		Optional<String> found = people.roleOf(actor).isEmpty() ? Optional.empty() : teams.find(actor);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		String team = found.get();
		String id = StoryTeams.idOf(actor);
		StorySettings.Team settings = teams.settingsOf(team);
		StoryStatus.Week week = store.weeksOf(team, 1)
			.stream()
			.findFirst()
			.map(latest -> new StoryStatus.Week(
					latest.presenterId() == null ? null : settings.nameOf(latest.presenterId()),
					id.equals(latest.presenterId()), latest.digestAt(), latest.digestPostedAt() != null,
					store.wasAsked(latest.id(), id), store.hasAnswered(latest.id(), id)))
			.orElse(null);
		return Optional.of(new StoryStatus(team, week, store.editableOf(team, id).orElse(null),
				moments.waitingFor(actor), actions.ownedBy(actor)));
	}

	private CommandReply week(Actor actor, boolean thisWeek) {
		String team = teams.of(actor);
		List<StoryStore.Week> weeks = store.weeksOf(team, 2);
		List<Story> found;
		String heading;
		int anonymousWaiting = 0;
		if (thisWeek) {
			heading = "This week's stories";
			// After the digest: its stories, then any shared since for the next one.
			found = new ArrayList<>();
			if (!weeks.isEmpty() && weeks.getFirst().digestPostedAt() != null) {
				found.addAll(store.inDigest(weeks.getFirst().id()));
			}
			List<Story> waiting = store.waiting(team);
			// Until the digest, an anonymous story is only counted: its arrival among the
			// named ones would say when it was shared.
			anonymousWaiting = (int) waiting.stream().filter(Story::anonymous).count();
			waiting.stream().filter(story -> !story.anonymous()).forEach(found::add);
		}
		else {
			heading = "Last week's stories";
			StoryStore.Week last = weeks.isEmpty() ? null : weeks.getFirst().digestPostedAt() == null ? weeks.getFirst()
					: weeks.size() > 1 ? weeks.get(1) : null;
			found = last == null || last.digestPostedAt() == null ? List.of() : store.inDigest(last.id());
		}
		String anonymous = anonymousWaiting == 0 ? ""
				: anonymousWaiting == 1 ? "1 anonymous story waits for the digest, where it is shown."
						: anonymousWaiting + " anonymous stories wait for the digest, where they are shown.";
		if (found.isEmpty()) {
			return CommandReply.text(heading + ": " + (anonymous.isEmpty() ? "none yet." : "\n" + anonymous));
		}
		return CommandReply.text(heading + " (" + found.size() + "):\n\n"
				+ found.stream().map(Stories::asText).collect(Collectors.joining("\n\n"))
				+ (anonymous.isEmpty() ? "" : "\n\n" + anonymous));
	}

	/** The key of the digest card a week's stories are threaded under. */
	public static String digestCardKey(long weekId) {
		return "stories-" + weekId;
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
		if (!story.themes().isEmpty()) {
			text.append("\nThemes: ").append(String.join(", ", story.themes()));
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

}
