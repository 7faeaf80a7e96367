package dev.frontline.stories;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CommandReply;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.followups.FollowUpSettings;
import dev.frontline.followups.FollowUps;
import dev.frontline.followups.StepStatus;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.stories.internal.ActionStore;
import dev.frontline.stories.internal.StoryStore;
import dev.frontline.teams.Teams;

/**
 * Improvement actions: a supervisor turns a story the team discussed into a change with
 * an owner and a due time, tracked like a follow-up step — the owner is reminded
 * privately, the digest's thread hears when it is late, done or waived.
 */
@Service
public class ImprovementActions {

	private static final int LISTED = 20;

	private final ActionStore store;

	private final StoryStore stories;

	private final StoryTeams teams;

	private final Teams channels;

	private final DeliveryQueue delivery;

	private final FollowUps followUps;

	private final FollowUpSettings followUpSettings;

	private final People people;

	private final Clock clock;

	ImprovementActions(ActionStore store, StoryStore stories, StoryTeams teams, Teams channels, DeliveryQueue delivery,
			FollowUps followUps, FollowUpSettings followUpSettings, People people, Clock clock) {
		this.store = store;
		this.stories = stories;
		this.teams = teams;
		this.channels = channels;
		this.delivery = delivery;
		this.followUps = followUps;
		this.followUpSettings = followUpSettings;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Makes a story the team discussed into an improvement action.
	 * @param due as for a follow-up step: {@code 2d}, {@code 4h}, or an instant
	 * @throws IllegalArgumentException naming what is missing or wrong
	 */
	@Transactional
	public ImprovementAction create(Actor supervisor, long storyId, String title, Actor owner, String due) {
		people.require(supervisor, Role.SUPERVISOR);
		String what = requireTitle(title);
		Instant dueAt = followUps.parseDue(due);
		Story story = teams.storyOf(supervisor, storyId);
		if (stories.digestWeekOf(storyId).isEmpty()) {
			throw new IllegalArgumentException("Story " + storyId
					+ " is not in a digest yet: make it an improvement action once the team has discussed it.");
		}
		if (people.roleOf(owner).isEmpty()) {
			throw new IllegalArgumentException(owner.displayName() + " is not in a care team: choose someone who is.");
		}
		Instant now = clock.instant();
		Instant remindAt = dueAt.minus(followUpSettings.remindBefore());
		ImprovementAction action = store.find(store.insert(storyId, story.team(), what, StoryTeams.idOf(owner),
				owner.displayName(), dueAt, remindAt.isBefore(now) ? now : remindAt, supervisor.describe(), now))
			.orElseThrow();
		String text = "Improvement action " + action.id() + " from story " + storyId + ", by "
				+ supervisor.displayName() + ": " + what + " · " + owner.displayName() + " · due "
				+ FollowUps.DUE.format(dueAt);
		toDigestThread(action, new ThreadNote(text,
				List.of(new ThreadNote.Mention(owner.platform(), owner.userId(), false)), buttons(action)));
		if (delivery.isActive(owner.platform())) {
			delivery.sendDirect(owner.platform(), owner.userId(),
					new ThreadNote("You own " + text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1)
							+ ". You are reminded before it is due.", List.of(), buttons(action)));
		}
		return action;
	}

	/** Marks an action done: its owner, or a supervisor of its team. */
	@Transactional
	public ImprovementAction done(long actionId, Actor actor) {
		people.require(actor, Role.STAFF);
		ImprovementAction action = openAction(actionId);
		requireOwnerOrTeamSupervisor(action, actor, "close");
		store.closed(actionId, StepStatus.DONE, null, actor.describe(), clock.instant());
		toDigestThread(action, new ThreadNote(
				"Improvement action " + actionId + " done by " + actor.displayName() + ": " + action.title()));
		return store.find(actionId).orElseThrow();
	}

	/**
	 * Waives an action that is no longer needed, saying why: its owner, or a supervisor
	 * of its team.
	 */
	@Transactional
	public ImprovementAction waive(long actionId, Actor actor, String reason) {
		people.require(actor, Role.STAFF);
		String why = CaseActions.requireNote(reason, "a reason to waive the improvement action");
		ImprovementAction action = openAction(actionId);
		requireOwnerOrTeamSupervisor(action, actor, "waive");
		store.closed(actionId, StepStatus.WAIVED, why, actor.describe(), clock.instant());
		toDigestThread(action, new ThreadNote("Improvement action " + actionId + " waived by " + actor.displayName()
				+ ": " + action.title() + ". Why: " + why));
		return store.find(actionId).orElseThrow();
	}

	/** The open actions this person owns, soonest due first. */
	@Transactional(readOnly = true)
	public List<ImprovementAction> ownedBy(Actor actor) {
		return store.openOwnedBy(StoryTeams.idOf(actor), LISTED);
	}

	/**
	 * {@code /stories actions}: the team's open improvement actions, soonest due first.
	 */
	@Transactional(readOnly = true)
	public CommandReply openOfTeam(Actor actor) {
		people.require(actor, Role.STAFF);
		String team = teams.of(actor);
		List<ImprovementAction> open = store.openOfTeam(team, LISTED);
		if (open.isEmpty()) {
			return CommandReply.text("No open improvement actions in " + team + ".");
		}
		return CommandReply.text("Open improvement actions of " + team + " (" + open.size() + "):\n"
				+ open.stream().map(ImprovementActions::line).collect(Collectors.joining("\n")));
	}

	/** One action on one line, for lists. */
	public static String line(ImprovementAction action) {
		return action.line();
	}

	/**
	 * Posts a note in the thread of the digest the action's story was in, on every
	 * platform the team has a channel on.
	 */
	public void toDigestThread(ImprovementAction action, ThreadNote note) {
		long weekId = stories.digestWeekOf(action.storyId()).orElseThrow();
		channels.channelsOf(action.team()).forEach((platform, channel) -> {
			if (delivery.isActive(platform)) {
				delivery.addThreadNote(new ChannelAddress(platform, channel), Stories.digestCardKey(weekId), note);
			}
		});
	}

	/**
	 * Another team's actions, and a colleague's, are not anyone's to close: the owner
	 * sees theirs through, and a supervisor of the team decides otherwise.
	 */
	private void requireOwnerOrTeamSupervisor(ImprovementAction action, Actor actor, String verb) {
		if (people.isSamePerson(actor, action.ownerId())) {
			return;
		}
		if (!people.holds(actor, Role.SUPERVISOR) || !teams.isMember(action.team(), people.identitiesOf(actor))) {
			throw new NotPermittedException("Sorry, only " + action.ownerName() + ", who owns improvement action "
					+ action.id() + ", or a supervisor of " + action.team() + " can " + verb + " it.");
		}
	}

	private ImprovementAction openAction(long actionId) {
		ImprovementAction action = store.findForUpdate(actionId)
			.orElseThrow(() -> new IllegalArgumentException("There is no improvement action " + actionId + "."));
		if (!action.isOpen()) {
			throw new IllegalArgumentException("Improvement action " + actionId + " is already "
					+ action.status().name().toLowerCase(Locale.ROOT) + ".");
		}
		return action;
	}

	private static List<Card.Action> buttons(ImprovementAction action) {
		String id = String.valueOf(action.id());
		return List.of(StoryButtons.ACTION_DONE.on(id, true), StoryButtons.ACTION_WAIVE.on(id, false));
	}

	private static String requireTitle(String title) {
		String what = title == null ? "" : title.strip();
		if (what.isEmpty()) {
			throw new IllegalArgumentException("Please say what the improvement action is.");
		}
		if (what.length() > FollowUpSettings.MAX_TITLE) {
			throw new IllegalArgumentException(
					"Please keep an improvement action under " + FollowUpSettings.MAX_TITLE + " characters.");
		}
		return what;
	}

}
