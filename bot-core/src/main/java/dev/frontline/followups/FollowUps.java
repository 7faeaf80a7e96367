package dev.frontline.followups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.followups.internal.StepStore;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.triage.Severity;

/**
 * A case's follow-up plan: made from the category's playbook, then changed step by step —
 * added, edited, reassigned, done or waived with a reason. Every change names its person
 * in the case's history and shows in the card's thread.
 */
@Service
@EnableConfigurationProperties(FollowUpSettings.class)
public class FollowUps {

	/** Due times on cards and in notes, in UTC. */
	public static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final Pattern RELATIVE = Pattern.compile("(\\d{1,4})\\s*([mhd])");

	/** A step as people name it: its case, a dot, its place. */
	private static final Pattern STEP_REF = Pattern.compile("(\\d{1,18})\\.(\\d{1,6})");

	private static final int DUE_LIMIT = 20;

	private final StepStore store;

	private final FollowUpSettings settings;

	private final Cases cases;

	private final CaseActions caseActions;

	private final People people;

	private final Clock clock;

	FollowUps(StepStore store, FollowUpSettings settings, Cases cases, CaseActions caseActions, People people,
			Clock clock) {
		this.store = store;
		this.settings = settings;
		this.cases = cases;
		this.caseActions = caseActions;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Makes the case's plan from its category's playbook; each step goes to the thread.
	 */
	@Transactional
	public List<FollowUpStep> plan(long caseNumber, Actor actor) {
		people.require(actor, Role.STAFF);
		// Locks the case first, so two presses at once make one plan.
		caseActions.followingUp(caseNumber);
		if (store.hasPlan(caseNumber)) {
			throw new FollowUpConflictException(
					"Case " + caseNumber + " already has a follow-up plan: add a step to it.");
		}
		CaseView view = cases.get(caseNumber);
		Instant now = clock.instant();
		store.insertPlan(caseNumber, actor.describe(), now);
		List<FollowUpStep> steps = new ArrayList<>();
		for (FollowUpSettings.PlaybookStep step : settings.playbookOf(view.category())) {
			Actor owner = ownerFor(step.owner(), view, actor);
			steps.add(
					store
						.find(store.insertStep(caseNumber, step.step(), idOf(owner), owner.displayName(),
								now.plus(step.due()), remindAt(now, now.plus(step.due())), now))
						.orElseThrow());
		}
		caseActions.recordActivity(caseNumber, actor, "PLAN_MADE",
				steps.size() + " steps from the " + view.category() + " playbook",
				new ThreadNote("Follow-up plan made by " + actor.displayName() + ": " + steps.size()
						+ " steps. Each owner is reminded privately " + minutes(settings.remindBefore())
						+ " before it is due."));
		for (FollowUpStep step : steps) {
			caseActions.recordActivity(caseNumber, actor, "STEP_PLANNED", stepDetail(step),
					stepNote("Step " + step.ref(), step));
		}
		return steps;
	}

	/** Adds a step to the case's plan, making an empty plan first if it has none. */
	@Transactional
	public FollowUpStep addStep(long caseNumber, Actor actor, String title, String due) {
		people.require(actor, Role.STAFF);
		String what = requireTitle(title);
		Instant dueAt = parseDue(due);
		caseActions.followingUp(caseNumber);
		Instant now = clock.instant();
		if (!store.hasPlan(caseNumber)) {
			store.insertPlan(caseNumber, actor.describe(), now);
		}
		FollowUpStep step = store
			.find(store.insertStep(caseNumber, what, idOf(actor), actor.displayName(), dueAt, remindAt(now, dueAt),
					now))
			.orElseThrow();
		caseActions.recordActivity(caseNumber, actor, "STEP_ADDED", stepDetail(step),
				stepNote("Step " + step.ref() + " added by " + actor.displayName(), step));
		return step;
	}

	/** Changes what a step is and when it is due; its reminder starts over. */
	@Transactional
	public FollowUpStep edit(long stepId, Actor actor, String title, String due) {
		people.require(actor, Role.STAFF);
		String what = requireTitle(title);
		Instant dueAt = parseDue(due);
		FollowUpStep step = openStep(stepId);
		store.changed(stepId, what, step.ownerId(), step.ownerName(), dueAt, remindAt(clock.instant(), dueAt));
		FollowUpStep edited = store.find(stepId).orElseThrow();
		caseActions.recordActivity(step.caseNumber(), actor, "STEP_EDITED", stepDetail(edited),
				stepNote("Step " + edited.ref() + " edited by " + actor.displayName(), edited));
		return edited;
	}

	/** Gives a step to someone else in a care team; they are reminded instead. */
	@Transactional
	public FollowUpStep reassign(long stepId, Actor actor, Actor newOwner) {
		people.require(actor, Role.STAFF);
		if (people.roleOf(newOwner).isEmpty()) {
			throw new IllegalArgumentException(
					newOwner.displayName() + " is not in a care team: choose someone who is.");
		}
		FollowUpStep step = openStep(stepId);
		store.changed(stepId, step.title(), idOf(newOwner), newOwner.displayName(), step.dueAt(),
				remindAt(clock.instant(), step.dueAt()));
		FollowUpStep reassigned = store.find(stepId).orElseThrow();
		caseActions.recordActivity(step.caseNumber(), actor, "STEP_REASSIGNED",
				"step " + step.ref() + " from " + step.ownerName() + " to " + newOwner.displayName(),
				new ThreadNote(
						"Step " + step.ref() + " reassigned by " + actor.displayName() + " to " + newOwner.displayName()
								+ ": " + reassigned.title() + " (due " + Card.time(reassigned.dueAt(), clock.instant())
								+ ")",
						List.of(new ThreadNote.Mention(newOwner.platform(), newOwner.userId(), false)),
						buttons(reassigned)));
		return reassigned;
	}

	/** Marks a step done. */
	@Transactional
	public FollowUpStep done(long stepId, Actor actor) {
		people.require(actor, Role.STAFF);
		FollowUpStep step = openStep(stepId);
		store.closed(stepId, StepStatus.DONE, null, actor.describe(), clock.instant());
		caseActions.recordActivity(step.caseNumber(), actor, "STEP_DONE", "step " + step.ref() + ": " + step.title(),
				new ThreadNote("Step " + step.ref() + " done by " + actor.displayName() + ": " + step.title()));
		return store.find(stepId).orElseThrow();
	}

	/**
	 * Waives a step that is no longer needed, saying why. Staff waive only their own
	 * steps of a SEV3 or SEV4 case: a step someone else owns, or any step of a SEV1 or
	 * SEV2 case, is waived by a supervisor, so nobody resolves around the rule that open
	 * steps keep a case open unless a supervisor waives them.
	 */
	@Transactional
	public FollowUpStep waive(long stepId, Actor actor, String reason) {
		people.require(actor, Role.STAFF);
		String why = CaseActions.requireNote(reason, "a reason to waive the step");
		FollowUpStep step = openStep(stepId);
		Severity severity = cases.get(step.caseNumber()).severity();
		if (severity == Severity.SEV1 || severity == Severity.SEV2) {
			people.require(actor, Role.SUPERVISOR, "waive a step of a " + severity + " case");
		}
		else if (!people.isSamePerson(actor, step.ownerId())) {
			people.require(actor, Role.SUPERVISOR, "waive a step " + step.ownerName() + " owns");
		}
		waive(step, actor, why);
		return store.find(stepId).orElseThrow();
	}

	/**
	 * Resolves a case whose plan still has open steps: a supervisor waives them all with
	 * the resolution note.
	 */
	@Transactional
	public CaseView resolveWaivingOpenSteps(long caseNumber, Actor actor, String note) {
		people.require(actor, Role.SUPERVISOR, "resolve a case waiving its open steps");
		String how = CaseActions.requireNote(note, "a resolution note");
		for (FollowUpStep step : store.ofCase(caseNumber)) {
			if (step.isOpen()) {
				store.findForUpdate(step.id()).filter(FollowUpStep::isOpen).ifPresent(open -> waive(open, actor, how));
			}
		}
		return caseActions.resolve(caseNumber, actor, how);
	}

	/** The case's steps, soonest due first. */
	@Transactional(readOnly = true)
	public List<FollowUpStep> steps(long caseNumber) {
		return store.ofCase(caseNumber);
	}

	/** One step, for a form that changes it. */
	@Transactional(readOnly = true)
	public FollowUpStep step(long stepId) {
		return store.find(stepId).orElseThrow(() -> new UnknownStepException(stepId));
	}

	/**
	 * The step a person named by its case and place, such as {@code 1035.2}.
	 * @throws IllegalArgumentException when it is not written that way
	 * @throws UnknownStepException when the case has no step there
	 */
	@Transactional(readOnly = true)
	public FollowUpStep step(String named) {
		String typed = named == null ? "" : named.strip().replace("#", "");
		Matcher ref = STEP_REF.matcher(typed);
		if (!ref.matches()) {
			throw new IllegalArgumentException("Please name the step by its case and place, such as 1035.2, not \""
					+ (named == null ? "" : named.strip()) + "\".");
		}
		long caseNumber = Long.parseLong(ref.group(1));
		int position = Integer.parseInt(ref.group(2));
		return store.atPosition(caseNumber, position)
			.orElseThrow(() -> new UnknownStepException(caseNumber + "." + position));
	}

	/**
	 * The step a button press carries: its name such as {@code 1035.2}, or on buttons
	 * posted before steps were named that way, its internal number.
	 */
	@Transactional(readOnly = true)
	public FollowUpStep pressedStep(String value) {
		String typed = value == null ? "" : value.strip();
		return typed.matches("\\d{1,18}") ? step(Long.parseLong(typed)) : step(typed);
	}

	/** The open steps this person owns, soonest due first. */
	@Transactional(readOnly = true)
	public List<FollowUpStep> ownedBy(Actor actor) {
		return store.openOwnedBy(idOf(actor), DUE_LIMIT);
	}

	/**
	 * When a step is due, from what a person typed: {@code 30m}, {@code 4h}, {@code 2d},
	 * {@code 1d 4h} from now, or an instant such as {@code 2026-11-24T14:00:00Z}.
	 * @throws IllegalArgumentException saying what is accepted
	 */
	public Instant parseDue(String typed) {
		String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		Instant now = clock.instant();
		if (text.matches("(\\d{1,4}\\s*[mhd]\\s*)+")) {
			Duration in = Duration.ZERO;
			Matcher parts = RELATIVE.matcher(text);
			while (parts.find()) {
				long amount = Long.parseLong(parts.group(1));
				in = in.plus(switch (parts.group(2)) {
					case "m" -> Duration.ofMinutes(amount);
					case "h" -> Duration.ofHours(amount);
					default -> Duration.ofDays(amount);
				});
			}
			if (!in.isZero() && in.compareTo(Duration.ofDays(365)) <= 0) {
				return now.plus(in);
			}
		}
		else {
			try {
				Instant at = Instant.parse(typed.strip());
				if (at.isAfter(now)) {
					return at;
				}
			}
			catch (DateTimeParseException notAnInstant) {
				// told below
			}
		}
		throw new IllegalArgumentException(
				"Please say when it is due as 30m, 4h, 2d or 1d 4h from now (at most a year),"
						+ " or as a future time such as 2026-11-24T14:00:00Z, not \""
						+ (typed == null ? "" : typed.strip()) + "\".");
	}

	private void waive(FollowUpStep step, Actor actor, String why) {
		store.closed(step.id(), StepStatus.WAIVED, why, actor.describe(), clock.instant());
		caseActions.recordActivity(step.caseNumber(), actor, "STEP_WAIVED",
				"step " + step.ref() + ": " + step.title() + "; " + why, new ThreadNote("Step " + step.ref()
						+ " waived by " + actor.displayName() + ": " + step.title() + ". Why: " + why));
	}

	/**
	 * The first owner of a playbook step; anyone may reassign it.
	 */
	private Actor ownerFor(FollowUpSettings.Owner role, CaseView view, Actor planner) {
		return switch (role) {
			case STAFF -> view.owner() == null ? planner : actorOf(view.owner().id(), view.owner().name());
			case SUPERVISOR -> {
				if (people.roleOf(planner).filter(held -> held.includes(Role.SUPERVISOR)).isPresent()) {
					yield planner;
				}
				yield people.withRoleAtLeast(Role.SUPERVISOR)
					.getOrDefault(planner.platform(), Set.of())
					.stream()
					.filter(member -> !member.group())
					.findFirst()
					.map(member -> new Actor(planner.platform(), member.id(), member.id()))
					.orElse(planner);
			}
		};
	}

	private FollowUpStep openStep(long stepId) {
		FollowUpStep step = store.findForUpdate(stepId).orElseThrow(() -> new UnknownStepException(stepId));
		if (!step.isOpen()) {
			throw new FollowUpConflictException(
					"Step " + step.ref() + " is already " + step.status().name().toLowerCase(Locale.ROOT) + ".");
		}
		if (!cases.get(step.caseNumber()).status().isUnresolved()) {
			throw new FollowUpConflictException("Case " + step.caseNumber() + " is already resolved.");
		}
		return step;
	}

	private Instant remindAt(Instant now, Instant dueAt) {
		Instant remind = dueAt.minus(settings.remindBefore());
		return remind.isBefore(now) ? now : remind;
	}

	private static String requireTitle(String title) {
		String what = title == null ? "" : title.strip();
		if (what.isEmpty()) {
			throw new IllegalArgumentException("Please say what the step is.");
		}
		if (what.length() > FollowUpSettings.MAX_TITLE) {
			throw new IllegalArgumentException(
					"Please keep a step under " + FollowUpSettings.MAX_TITLE + " characters.");
		}
		return what;
	}

	private ThreadNote stepNote(String heading, FollowUpStep step) {
		return new ThreadNote(heading + ": " + step.title() + " · " + step.ownerName() + " · due "
				+ Card.time(step.dueAt(), clock.instant()), List.of(), buttons(step));
	}

	/** Each button carries the step's name, so a typed press reads as people name it. */
	private static List<Card.Action> buttons(FollowUpStep step) {
		String id = step.ref();
		return List.of(StepButtons.DONE.on(id, true), StepButtons.WAIVE.on(id, false),
				StepButtons.REASSIGN.on(id, false), StepButtons.EDIT.on(id, false));
	}

	private static String stepDetail(FollowUpStep step) {
		return "step " + step.ref() + ": " + step.title() + "; " + step.ownerName() + ", due "
				+ DUE.format(step.dueAt());
	}

	private static String minutes(Duration duration) {
		return duration.toMinutes() % 60 == 0 ? duration.toHours() + " h" : duration.toMinutes() + " min";
	}

	private static String idOf(Actor actor) {
		return actor.platform() + ":" + actor.userId();
	}

	private static Actor actorOf(String id, String name) {
		int colon = id.indexOf(':');
		return new Actor(id.substring(0, colon), id.substring(colon + 1), name);
	}

}
