package dev.frontline.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.Cases;
import dev.frontline.cases.IncidentMembers;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.incidents.internal.IncidentBoard;
import dev.frontline.incidents.internal.IncidentRow;
import dev.frontline.incidents.internal.IncidentStore;
import dev.frontline.incidents.internal.IncidentViews;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/**
 * What staff do from an incident card: take it and with it all its open cases, resolve it
 * and all its cases, and list the affected customers with a notice drafted for them.
 */
@Service
public class IncidentActions {

	/**
	 * How many affected customers the thread note names before it points to the full
	 * list.
	 */
	static final int NAMED_IN_NOTE = 15;

	private final IncidentStore store;

	private final IncidentViews views;

	private final IncidentBoard board;

	private final IncidentMembers members;

	private final Cases cases;

	private final People people;

	private final Clock clock;

	private final IncidentNotices notices;

	IncidentActions(IncidentStore store, IncidentViews views, IncidentBoard board, IncidentMembers members, Cases cases,
			People people, Clock clock, IncidentNotices notices) {
		this.notices = notices;
		this.store = store;
		this.views = views;
		this.board = board;
		this.members = members;
		this.cases = cases;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Takes the incident, and every one of its cases nobody has taken; cases that join it
	 * later are theirs too.
	 */
	@Transactional
	public IncidentView acknowledge(long number, Actor actor) {
		people.require(actor, Role.STAFF);
		IncidentRow row = lockUnresolved(number);
		String actorId = actor.platform() + ":" + actor.userId();
		if (row.ownerId() != null) {
			throw new IncidentConflictException(
					actorId.equals(row.ownerId()) ? "You already own incident " + number + "."
							: "Incident " + number + " is already owned by " + row.ownerName() + ".");
		}
		Instant now = clock.instant();
		store.acknowledge(number, actorId, actor.displayName());
		long taken = cases.membersOf(number)
			.stream()
			.filter(member -> members.acknowledgeWithIncident(member, actor, number))
			.count();
		return record(row, actor, now, "ACKNOWLEDGED", "took ownership and " + taken + " open cases",
				"Acknowledged by " + actor.displayName() + ", with " + taken + " open cases of this incident.");
	}

	/** Resolves the incident and every unresolved case of it, with a note saying how. */
	@Transactional
	public IncidentView resolve(long number, Actor actor, String resolution) {
		return resolve(number, actor, resolution, false);
	}

	/**
	 * Resolves the incident and every unresolved case of it, with a note saying how, and
	 * when asked sends the closing notice to every customer told about it.
	 */
	@Transactional
	public IncidentView resolve(long number, Actor actor, String resolution, boolean closingNotice) {
		people.require(actor, Role.STAFF);
		String how = CaseActions.requireNote(resolution, "a resolution note");
		IncidentRow row = lockUnresolved(number);
		Instant now = clock.instant();
		store.resolve(number, now);
		long resolved = cases.membersOf(number)
			.stream()
			.filter(member -> members.resolveWithIncident(member, actor, number, how))
			.count();
		// Any notice still waiting is set aside: the incident it was about is over.
		int closed = notices.close(number, actor, closingNotice);
		return record(row, actor, now, "RESOLVED",
				how + " (" + resolved + " cases resolved with it"
						+ (closed > 0 ? "; closing notice to " + closed + " customers" : "") + ")",
				"Resolved by " + actor.displayName() + ", with " + resolved + " cases: " + how);
	}

	/**
	 * The proactive step: lists everyone the incident affected and drafts one notice for
	 * all of them, in the incident's thread. Nothing is sent to a customer.
	 */
	@Transactional
	public AffectedCustomers listAffected(long number, Actor actor) {
		people.require(actor, Role.STAFF);
		IncidentRow row = store.findForUpdate(number).orElseThrow(() -> new UnknownIncidentException(number));
		AffectedCustomers affected = views.affected(number);
		List<AffectedCustomers.Customer> customers = affected.customers();
		String named = customers.stream()
			.limit(NAMED_IN_NOTE)
			.map(customer -> (customer.handle() == null ? "case " + customer.caseNumber() : customer.handle()) + " ("
					+ customer.source() + ")")
			.collect(Collectors.joining(", "));
		String more = customers.size() > NAMED_IN_NOTE ? " and " + (customers.size() - NAMED_IN_NOTE)
				+ " more (all of them: GET /api/v1/incidents/" + number + "/affected)" : "";
		Instant now = clock.instant();
		store.appendHistory(number, now, actor.describe(), "AFFECTED_LISTED", customers.size() + " customers");
		// The notice is shown as one customer will read it, their name filled in.
		String notice = customers.isEmpty() ? ""
				: "\nA notice is drafted for each of them, with their own name; none is sent. For "
						+ (customers.getFirst().handle() == null ? "case " + customers.getFirst().caseNumber()
								: customers.getFirst().handle())
						+ ": " + customers.getFirst().notice();
		board.note(number, row.team(), new ThreadNote(actor.displayName() + " listed the " + customers.size()
				+ " affected customers: " + named + more + "." + notice));
		return affected;
	}

	private IncidentRow lockUnresolved(long number) {
		// Grouping first, as reception does, so this and a complaint joining never wait
		// for each other.
		store.lockGate();
		IncidentRow row = store.findForUpdate(number).orElseThrow(() -> new UnknownIncidentException(number));
		if (row.status() == IncidentStatus.RESOLVED) {
			throw new IncidentConflictException("Incident " + number + " is already resolved.");
		}
		return row;
	}

	private IncidentView record(IncidentRow row, Actor actor, Instant now, String action, String detail, String note) {
		store.appendHistory(row.number(), now, actor.describe(), action, detail);
		board.show(row.number());
		board.note(row.number(), row.team(), new ThreadNote(note));
		return views.assemble(row.number());
	}

}
