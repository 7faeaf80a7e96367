package dev.frontline.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.frontline.cases.Cases;
import dev.frontline.cases.KnownPeople;
import dev.frontline.people.Actor;
import dev.frontline.stories.internal.StoryStore;

/**
 * Which team's stories a person shares and reads: the first team they are a member of.
 */
@Component
class StoryTeams {

	private final StorySettings settings;

	private final StoryStore store;

	private final Cases cases;

	StoryTeams(StorySettings settings, StoryStore store, Cases cases) {
		this.settings = settings;
		this.store = store;
		this.cases = cases;
	}

	/**
	 * A story of the person's team.
	 * @throws IllegalArgumentException when their team has no such story
	 */
	Story storyOf(Actor actor, long storyId) {
		String team = of(actor);
		return store.find(storyId)
			.filter(story -> story.team().equals(team))
			.orElseThrow(() -> new IllegalArgumentException("There is no story " + storyId + " in " + team + "."));
	}

	/** Whether any of these identities is a member of the team. */
	boolean isMember(String team, Set<String> identities) {
		StorySettings.Team found = settings.teams().get(team);
		return found != null && found.memberIds().stream().anyMatch(identities::contains);
	}

	Optional<String> find(Actor actor) {
		String id = idOf(actor);
		return settings.teams()
			.entrySet()
			.stream()
			.filter(team -> team.getValue().memberIds().contains(id))
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst();
	}

	/**
	 * @throws IllegalArgumentException saying how to be added when the person is in no
	 * team
	 */
	String of(Actor actor) {
		return find(actor).orElseThrow(() -> new IllegalArgumentException(
				"You're not in a team's story rotation yet. Ask an admin to add you under frontline.stories.teams."));
	}

	StorySettings.Team settingsOf(String team) {
		return settings.teams().get(team);
	}

	/**
	 * The form with personal data taken out: e-mails, links, handles and the like, and
	 * every name Frontline knows — the story teams' members, the author, the customers
	 * and case owners its words name, their own booking references — and the names given.
	 * An answer that grew past what is stored is shortened.
	 */
	Stories.Preview redact(String team, Actor actor, StoryForm form, List<String> moreNames) {
		List<String> names = new ArrayList<>(moreNames);
		settings.teams().values().forEach(each -> each.members().forEach(member -> names.add(member.displayName())));
		names.add(actor.displayName());
		List<String> answers = new ArrayList<>(
				List.of(form.whatHappened(), form.whatYouDid(), form.whatWouldHaveHelped()));
		if (form.processIdea() != null) {
			answers.add(form.processIdea());
		}
		KnownPeople known = cases.knownAmong(answers.stream()
			.flatMap(answer -> Arrays.stream(answer.split("[^\\p{L}\\d_.@'-]+")))
			.map(word -> word.replaceAll("^[@.'-]+|[.'-]+$", ""))
			.filter(word -> word.length() >= 2)
			.toList());
		names.addAll(known.names());
		List<String> references = List.copyOf(known.references());
		StoryRedaction.Redacted happened = StoryRedaction.redact(form.whatHappened(), names, references);
		StoryRedaction.Redacted did = StoryRedaction.redact(form.whatYouDid(), names, references);
		StoryRedaction.Redacted helped = StoryRedaction.redact(form.whatWouldHaveHelped(), names, references);
		StoryRedaction.Redacted idea = form.processIdea() == null || form.processIdea().isBlank() ? null
				: StoryRedaction.redact(form.processIdea(), names, references);
		Map<StoryRedaction.Kind, Integer> removed = new EnumMap<>(StoryRedaction.Kind.class);
		for (StoryRedaction.Redacted part : idea == null ? List.of(happened, did, helped)
				: List.of(happened, did, helped, idea)) {
			part.removed().forEach((kind, count) -> removed.merge(kind, count, Integer::sum));
		}
		StoryForm redacted = new StoryForm(happened.text(), did.text(), helped.text(),
				idea == null ? null : idea.text(), form.tags(), form.anonymous());
		return new Stories.Preview(redacted, new StoryRedaction.Redacted("", removed).summary());
	}

	/** A person as stories store them: {@code platform:id}. */
	static String idOf(Actor actor) {
		return actor.platform() + ":" + actor.userId();
	}

	static Actor actorOf(String id, String name) {
		int colon = id.indexOf(':');
		return new Actor(id.substring(0, colon), id.substring(colon + 1), name);
	}

}
