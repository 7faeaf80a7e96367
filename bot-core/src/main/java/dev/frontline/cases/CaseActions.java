package dev.frontline.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.internal.CaseBoard;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.cases.internal.CaseCard;
import dev.frontline.cases.internal.CaseRow;
import dev.frontline.cases.internal.CaseStore;
import dev.frontline.cases.internal.CaseViewCache;
import dev.frontline.cases.internal.CaseViews;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/**
 * What staff do to a case from its card: take it, escalate it, resolve it. Each decision
 * names its person in the history and shows on the card and in its thread.
 */
@Service
public class CaseActions {

	/** The longest reason or resolution note accepted. */
	public static final int MAX_NOTE_LENGTH = 2_000;

	private final CaseStore cases;

	private final CaseViews views;

	private final CaseViewCache cache;

	private final CaseBoard board;

	private final People people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseActions(CaseStore cases, CaseViews views, CaseViewCache cache, CaseBoard board, People people, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.views = views;
		this.cache = cache;
		this.board = board;
		this.people = people;
		this.clock = clock;
	}

	/** Takes ownership of an open case. */
	@Transactional
	public CaseView acknowledge(long number, Actor actor) {
		people.require(actor, Role.STAFF);
		CaseRow row = lockOpenCase(number);
		String actorId = actor.platform() + ":" + actor.userId();
		if (row.ownerId() != null) {
			throw new CaseConflictException(actorId.equals(row.ownerId()) ? "You already own case " + number + "."
					: "Case " + number + " is already owned by " + row.ownerName() + ".");
		}
		Instant now = clock.instant();
		CaseRow updated = cases.update(row.acknowledged(actorId, actor.displayName(), now), now);
		events.publishEvent(new CaseTaken(number));
		String after = CaseCard.minutes(Duration.between(row.openedAt(), now));
		return record(updated, actor, now, "ACKNOWLEDGED", "took ownership after " + after,
				"Acknowledged by " + actor.displayName() + " after " + after + ".");
	}

	/**
	 * Takes an open case nobody owns yet for someone who started work on it, such as its
	 * reply; does nothing when someone owns it already.
	 * @return whether they took it
	 */
	@Transactional
	public boolean takeIfUnowned(long number, Actor actor) {
		CaseRow row = lockOpenCase(number);
		if (row.ownerId() != null || row.status() != CaseStatus.OPEN) {
			return false;
		}
		acknowledge(number, actor);
		return true;
	}

	/** Raises the case's escalation level by one, with a reason. */
	@Transactional
	public CaseView escalate(long number, Actor actor, String reason) {
		people.require(actor, Role.STAFF);
		String why = requireNote(reason, "an escalation reason");
		CaseRow row = lockOpenCase(number);
		Instant now = clock.instant();
		CaseRow updated = cases.update(row.escalatedTo(row.escalationLevel() + 1), now);
		return record(updated, actor, now, "ESCALATED", "level " + updated.escalationLevel() + ": " + why,
				"Escalated to level " + updated.escalationLevel() + " by " + actor.displayName() + ": " + why);
	}

	/** Resolves the case with a note saying how. */
	@Transactional
	public CaseView resolve(long number, Actor actor, String resolution) {
		people.require(actor, Role.STAFF);
		String how = requireNote(resolution, "a resolution note");
		CaseRow row = lockOpenCase(number);
		CaseView.Plan plan = views.assemble(row).plan();
		if (plan != null && plan.open() > 0) {
			throw new CaseConflictException("Case " + number + " has " + plan.open() + " open follow-up "
					+ (plan.open() == 1 ? "step" : "steps")
					+ ": mark them done or waive them first; a supervisor may waive them all when resolving.");
		}
		Instant now = clock.instant();
		CaseRow updated = cases.update(row.resolved(now), now);
		events.publishEvent(new CaseTaken(number));
		return record(updated, actor, now, "RESOLVED", how, "Resolved by " + actor.displayName() + ": " + how);
	}

	/**
	 * Tells the team a clock ran out on a case nobody has taken yet: the card is shown
	 * again with its clock, and a note (with the mentions given) goes to its thread.
	 * @return false when the case was taken meanwhile, and nothing was done
	 */
	@Transactional
	public boolean remind(long number, String action, String note, List<ThreadNote.Mention> mentions) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		if (row.status() != CaseStatus.OPEN) {
			return false;
		}
		Instant now = clock.instant();
		cases.appendHistory(number, now, ComplaintReception.SYSTEM, action, note);
		cache.evict(number);
		CaseView view = views.assemble(row);
		board.show(view);
		board.note(view, new ThreadNote(note, mentions));
		return true;
	}

	/**
	 * Escalates a case nobody has taken to a level of its chain, telling those the chain
	 * names and showing the card in any further channels.
	 * @return false when the case was taken meanwhile, and nothing was done
	 */
	@Transactional
	public boolean escalateUntaken(long number, int level, String reason, List<ThreadNote.Mention> mentions,
			List<ChannelAddress> alsoIn) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		if (row.status() != CaseStatus.OPEN) {
			return false;
		}
		Instant now = clock.instant();
		CaseRow updated = row.escalationLevel() >= level ? row : cases.update(row.escalatedTo(level), now);
		alsoIn.forEach(channel -> cases.addChannel(number, channel.platform(), channel.channel()));
		cases.appendHistory(number, now, ComplaintReception.SYSTEM, "ESCALATED", "level " + level + ": " + reason);
		cache.evict(number);
		CaseView view = views.assemble(updated);
		board.show(view);
		board.note(view, new ThreadNote("Escalated to level " + level + ": " + reason, mentions));
		return true;
	}

	/**
	 * Records what someone did on a case from another capability, such as drafting its
	 * reply: in the history with their name, and as a note in the card's thread.
	 */
	@Transactional
	public void recordActivity(long number, Actor actor, String action, String detail, ThreadNote note) {
		appendActivity(number, actor.describe(), action, detail, note);
	}

	/**
	 * Records what Frontline itself noticed on a case from another capability, such as a
	 * follow-up step past due.
	 */
	@Transactional
	public void recordNotice(long number, String action, String detail, ThreadNote note) {
		appendActivity(number, ComplaintReception.SYSTEM, action, detail, note);
	}

	private void appendActivity(long number, String actor, String action, String detail, ThreadNote note) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		Instant now = clock.instant();
		cases.appendHistory(number, now, actor, action, detail);
		cache.evict(number);
		CaseView view = views.assemble(row);
		board.show(view);
		board.note(view, note);
	}

	/**
	 * Moves an unresolved case to {@link CaseStatus#REPLY_APPROVED}, or back from it when
	 * its approved reply was edited: its clocks stop once a reply is approved.
	 */
	@Transactional
	public void replyApproval(long number, boolean approved) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		if (!row.status().isUnresolved()) {
			throw new CaseConflictException("Case " + number + " is already resolved.");
		}
		if (approved ? row.status() == CaseStatus.REPLY_APPROVED : row.status() != CaseStatus.REPLY_APPROVED) {
			return;
		}
		CaseStatus next = approved ? CaseStatus.REPLY_APPROVED
				: row.ownerId() == null ? CaseStatus.OPEN : CaseStatus.ACKNOWLEDGED;
		cases.update(row.withStatus(next), clock.instant());
		cache.evict(number);
		if (approved) {
			events.publishEvent(new CaseTaken(number));
		}
	}

	/**
	 * Records that the case's approved reply is public: the case moves to
	 * {@link CaseStatus#REPLIED}.
	 * @param actor who posted it, or null when Frontline published it
	 * @param how how it was published, for the history and the thread
	 */
	@Transactional
	public void replyPublished(long number, @Nullable Actor actor, String how) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		Instant now = clock.instant();
		// With a follow-up plan already made, the case goes straight on to following up.
		CaseStatus next = views.assemble(row).plan() == null ? CaseStatus.REPLIED : CaseStatus.FOLLOWING_UP;
		CaseRow updated = row.status() == CaseStatus.REPLY_APPROVED ? cases.update(row.withStatus(next), now) : row;
		cases.appendHistory(number, now, actor == null ? ComplaintReception.SYSTEM : actor.describe(), "REPLIED", how);
		cache.evict(number);
		CaseView view = views.assemble(updated);
		board.show(view);
		board.note(view, "Reply published: " + how + ".");
	}

	/**
	 * Moves a case whose reply is public to {@link CaseStatus#FOLLOWING_UP} once it has a
	 * follow-up plan; any other status stays, and the move happens when the reply is
	 * published.
	 */
	@Transactional
	public void followingUp(long number) {
		CaseRow row = lockOpenCase(number);
		if (row.status() == CaseStatus.REPLIED) {
			cases.update(row.withStatus(CaseStatus.FOLLOWING_UP), clock.instant());
			cache.evict(number);
		}
	}

	/**
	 * Shows the card again after something it shows changed outside the case itself, such
	 * as who is drafting a reply.
	 */
	@Transactional
	public void showCard(long number) {
		CaseRow row = cases.find(number).orElseThrow(() -> new UnknownCaseException(number));
		cache.evict(number);
		board.show(views.assemble(row));
	}

	private CaseRow lockOpenCase(long number) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		if (!row.status().isUnresolved()) {
			throw new CaseConflictException("Case " + number + " is already resolved.");
		}
		return row;
	}

	private CaseView record(CaseRow updated, Actor actor, Instant now, String action, String detail, String note) {
		cases.appendHistory(updated.number(), now, actor.describe(), action, detail);
		cache.evict(updated.number());
		CaseView view = views.assemble(updated);
		board.show(view);
		board.note(view, note);
		return view;
	}

	/**
	 * A note a person must give, such as a resolution note: stripped, not empty, not
	 * longer than {@link #MAX_NOTE_LENGTH}.
	 * @throws IllegalArgumentException naming what is missing or too long
	 */
	public static String requireNote(String text, String what) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new IllegalArgumentException("Please give " + what + ".");
		}
		if (trimmed.length() > MAX_NOTE_LENGTH) {
			throw new IllegalArgumentException("Please keep " + what + " under " + MAX_NOTE_LENGTH + " characters.");
		}
		return trimmed;
	}

}
