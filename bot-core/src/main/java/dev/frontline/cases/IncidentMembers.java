package dev.frontline.cases;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.internal.CaseBoard;
import dev.frontline.cases.internal.CaseRow;
import dev.frontline.cases.internal.CaseStore;
import dev.frontline.cases.internal.CaseViewCache;
import dev.frontline.cases.internal.CaseViews;
import dev.frontline.people.Actor;
import dev.frontline.triage.Severity;

/**
 * What an incident does to its cases: links them, and takes or resolves them along with
 * it. A member case without a card of its own changes quietly; one with a card shows it.
 */
@Service
public class IncidentMembers {

	private final CaseStore cases;

	private final CaseViews views;

	private final CaseViewCache cache;

	private final CaseBoard board;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final FollowUpPlans plans;

	IncidentMembers(CaseStore cases, CaseViews views, CaseViewCache cache, CaseBoard board, Clock clock,
			ApplicationEventPublisher events, FollowUpPlans plans) {
		this.plans = plans;
		this.cases = cases;
		this.views = views;
		this.cache = cache;
		this.board = board;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Links a case to the incident it turned out to be part of.
	 * @see #linkToIncident(CaseRow, IncidentGrouping.Placement, Instant)
	 */
	@Transactional
	public void joinIncident(long number, IncidentGrouping.Placement placement) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		linkToIncident(row, placement, clock.instant());
	}

	/**
	 * Links a case to an incident, unless it is already part of one. A case absorbed into
	 * an incident someone has taken is theirs too; a posted card says where it went.
	 * @return the case as it is now
	 */
	CaseRow linkToIncident(CaseRow row, IncidentGrouping.Placement placement, Instant now) {
		if (row.incident() != null) {
			return row;
		}
		long number = row.number();
		String incident = "incident " + placement.incident() + " (" + placement.label() + ")";
		CaseRow updated = cases.update(row.inIncident(placement.incident()), now);
		cases.appendHistory(number, now, ComplaintReception.SYSTEM, "JOINED_INCIDENT", incident);
		CaseView.Owner owner = placement.owner();
		if (owner != null && updated.status() == CaseStatus.OPEN && isAbsorbed(updated)) {
			updated = cases.update(updated.acknowledged(owner.id(), owner.name(), now), now);
			cases.appendHistory(number, now, ComplaintReception.SYSTEM, "ACKNOWLEDGED",
					"owned through " + incident + " by " + owner.name());
			events.publishEvent(new CaseTaken(number));
		}
		cache.evict(number);
		if (updated.posted()) {
			CaseView view = views.assemble(updated);
			board.show(view);
			board.note(view, "Part of " + incident + ": its card counts this complaint with the others.");
		}
		return updated;
	}

	/**
	 * Whether a case is handled through its incident instead of with a card of its own:
	 * every member but a SEV1, which always gets its own card.
	 */
	static boolean isAbsorbed(CaseRow row) {
		return row.incident() != null && row.severity() != Severity.SEV1;
	}

	/**
	 * Takes a member case along with its incident. A case someone already took stays
	 * theirs.
	 * @return whether the case changed
	 */
	@Transactional
	public boolean acknowledgeWithIncident(long number, Actor actor, long incident) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		if (row.status() != CaseStatus.OPEN) {
			return false;
		}
		Instant now = clock.instant();
		CaseRow updated = cases
			.update(row.acknowledged(actor.platform() + ":" + actor.userId(), actor.displayName(), now), now);
		events.publishEvent(new CaseTaken(number));
		recordMemberChange(updated, actor, now, "ACKNOWLEDGED", "with incident " + incident,
				"Acknowledged by " + actor.displayName() + " with incident " + incident + ".");
		return true;
	}

	/**
	 * Resolves a member case along with its incident.
	 * @return whether the case changed; a resolved case stays as it was, and so does one
	 * whose follow-up plan still has open steps
	 */
	@Transactional
	public boolean resolveWithIncident(long number, Actor actor, long incident, String resolution) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		if (!row.status().isUnresolved()) {
			return false;
		}
		// A case with follow-up steps still open is not closed half-done by its incident.
		if (plans.planOf(number).filter(plan -> plan.open() > 0).isPresent()) {
			return false;
		}
		Instant now = clock.instant();
		CaseRow updated = cases.update(row.resolved(now), now);
		events.publishEvent(new CaseTaken(number));
		recordMemberChange(updated, actor, now, "RESOLVED", "with incident " + incident + ": " + resolution,
				"Resolved by " + actor.displayName() + " with incident " + incident + ": " + resolution);
		return true;
	}

	/**
	 * Records that the case's customer was sent a proactive notice of its incident, in
	 * the transaction that marks it sent.
	 * @param how such as {@code through the connector} or {@code by hand, marked by Sam}
	 */
	@Transactional
	public void notified(long number, long incident, int notice, String how) {
		CaseRow row = cases.find(number).orElseThrow(() -> new UnknownCaseException(number));
		Instant now = clock.instant();
		cases.appendHistory(number, now, ComplaintReception.SYSTEM, "NOTIFIED_PROACTIVELY",
				"notice " + notice + " of incident " + incident + ", " + how);
		cache.evict(number);
		if (row.posted()) {
			CaseView view = views.assemble(row);
			board.show(view);
		}
	}

	private void recordMemberChange(CaseRow updated, Actor actor, Instant now, String action, String detail,
			String note) {
		cases.appendHistory(updated.number(), now, actor.describe(), action, detail);
		cache.evict(updated.number());
		// Most members have no card; assembling their view would only cost time.
		if (updated.posted()) {
			CaseView view = views.assemble(updated);
			board.show(view);
			board.note(view, note);
		}
	}

}
