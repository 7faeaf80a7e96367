package dev.frontline.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.IncidentMembers;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.incidents.internal.IncidentBoard;
import dev.frontline.incidents.internal.IncidentRow;
import dev.frontline.incidents.internal.IncidentStore;
import dev.frontline.incidents.internal.IncidentViews;
import dev.frontline.incidents.internal.NoticeOutbox;
import dev.frontline.incidents.internal.NoticeStore;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/**
 * Telling every customer an incident affected, before they have to ask: staff draft the
 * notice from its kind's template, the reply policy checks it, a supervisor other than
 * its author approves it, and each customer gets it once, through the connector or from a
 * person who marks it sent. Updates and the closing notice reach everyone told.
 */
@Service
public class IncidentNotices {

	/** The longest notice, before each customer's name is filled in. */
	public static final int MAX_LENGTH = 2_000;

	private final NoticeStore notices;

	private final NoticeOutbox outbox;

	private final IncidentStore store;

	private final IncidentViews views;

	private final IncidentBoard board;

	private final IncidentMembers members;

	private final NoticeChannel channel;

	private final People people;

	private final Clock clock;

	private final IncidentSettings settings;

	IncidentNotices(NoticeStore notices, NoticeOutbox outbox, IncidentStore store, IncidentViews views,
			IncidentBoard board, IncidentMembers members, NoticeChannel channel, People people, Clock clock,
			IncidentSettings settings) {
		this.settings = settings;
		this.notices = notices;
		this.outbox = outbox;
		this.store = store;
		this.views = views;
		this.board = board;
		this.members = members;
		this.channel = channel;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * What {@code Notify affected} starts from: the notice of the incident's kind, and
	 * how many customers it goes to now.
	 */
	@Transactional(readOnly = true)
	public NoticeForm open(long number, Actor actor) {
		people.require(actor, Role.STAFF);
		IncidentRow row = unresolved(store.find(number), number);
		requireNotYetNotified(number);
		AffectedCustomers affected = views.affected(number);
		return new NoticeForm(number, row.label(), affected.draftNotice(), affected.customers().size(),
				channel.connected());
	}

	/**
	 * Drafts the notice: checked by the reply policy and put in the incident's thread for
	 * a supervisor's approval. Nothing is sent yet.
	 * @param laterComplainants whether customers who complain later, while the incident
	 * is open, get it too once approved
	 */
	@Transactional
	public NoticeDraft submit(long number, Actor actor, String text, boolean laterComplainants) {
		people.require(actor, Role.STAFF);
		String notice = publicText(text);
		IncidentRow row = unresolved(store.findForUpdate(number), number);
		requireNotYetNotified(number);
		AffectedCustomers affected = views.affected(number);
		String filled = outbox.fill(notice, row.label(), store.latestSignal(number).orElse(null));
		List<NoticeChannel.Finding> findings = check(filled, affected);
		int version = notices.nextVersion(number);
		Instant now = clock.instant();
		notices.insertNotice(number, version, NoticePurpose.NOTICE, filled, laterComplainants, NoticeStatus.PENDING,
				NoticeOutbox.describe(findings), idOf(actor), actor.displayName(), now);
		NoticeDraft draft = notices.find(number, version).orElseThrow();
		boolean blocked = findings.stream().anyMatch(NoticeChannel.Finding::blocks);
		store.appendHistory(number, now, actor.describe(), "NOTICE_DRAFTED",
				"notice " + version + " for " + affected.customers().size() + " customers"
						+ (laterComplainants ? " and later complainants" : "") + summary(findings));
		board.note(number, row.team(),
				new ThreadNote(
						"Notice " + version + " to the affected customers, drafted by " + actor.displayName() + " for "
								+ affected.customers().size() + " customers now"
								+ (laterComplainants ? " and everyone who complains while the incident is open" : "")
								+ "; {name} becomes each customer's name:\n" + filled + checks(findings)
								+ (blocked ? "\nEdit it from Notify affected: a check blocks approval."
										: "\nA supervisor other than its author approves it."),
						List.of(),
						blocked ? List.of() : List.of(IncidentButtons.APPROVE_NOTICE.on(draft.ref(), true))));
		return draft;
	}

	/**
	 * Approves a notice: by a supervisor who did not write it (on any platform), only one
	 * no check blocks. Each affected customer's copy is queued in this transaction; with
	 * later complainants chosen, those who complain while it is open get it too.
	 * @return how many customers it goes to
	 */
	@Transactional
	public int approve(long number, int version, Actor actor) {
		people.require(actor, Role.SUPERVISOR, "approve a notice to customers");
		// As grouping does, so a complaint joining meanwhile is either counted here or
		// finds the approved notice.
		store.lockGate();
		IncidentRow row = unresolved(store.findForUpdate(number), number);
		NoticeDraft draft = notices.findForUpdate(number, version)
			.orElseThrow(() -> new IncidentConflictException("Incident " + number + " has no notice " + version + "."));
		if (people.identitiesOf(actor).contains(draft.draftedById())) {
			throw new NotPermittedException("You wrote this notice: another supervisor approves it.");
		}
		if (draft.status() != NoticeStatus.PENDING) {
			throw new IncidentConflictException(
					"Notice " + version + " of incident " + number + " is " + (draft.status() == NoticeStatus.APPROVED
							? "already approved by " + draft.approvedByName() : "set aside") + ".");
		}
		requireNotYetNotified(number);
		List<NoticeChannel.Finding> blocking = check(draft.text(), views.affected(number)).stream()
			.filter(NoticeChannel.Finding::blocks)
			.toList();
		if (!blocking.isEmpty()) {
			throw new IncidentConflictException("Notice " + version + " cannot be approved: "
					+ blocking.stream().map(NoticeChannel.Finding::message).collect(Collectors.joining(" ")));
		}
		Instant now = clock.instant();
		notices.approve(number, version, actor.displayName(), now);
		notices.setAsidePending(number);
		int queued = outbox.toAffected(notices.find(number, version).orElseThrow());
		store.appendHistory(number, now, actor.describe(), "NOTICE_APPROVED",
				"notice " + version + " for " + queued + " customers");
		board.show(number);
		board.note(number, row.team(),
				new ThreadNote("Notice " + version + " approved by " + actor.displayName() + ": it goes to " + queued
						+ " customers" + (channel.connected() ? " through the connector."
								: ". No connector is configured: send it by hand and press Mark notified.")));
		return queued;
	}

	/**
	 * A supervisor's update to everyone already told, sent without another approval as
	 * its author approves notices; a check that blocks refuses it.
	 * @return how many customers it goes to
	 */
	@Transactional
	public int postUpdate(long number, Actor actor, String text) {
		people.require(actor, Role.SUPERVISOR, "post an update to customers");
		String update = publicText(text);
		IncidentRow row = unresolved(store.findForUpdate(number), number);
		if (outbox.notifiedCount(number) == 0) {
			throw new IncidentConflictException("Nobody was notified about incident " + number
					+ " yet: Notify affected first, and updates go to everyone it reached.");
		}
		return sendToNotified(row, actor, NoticePurpose.UPDATE,
				outbox.fill(update, row.label(), store.latestSignal(number).orElse(null)));
	}

	/** What {@code Post update} starts from: the update template in operations' words. */
	@Transactional(readOnly = true)
	public String updatePrefill(long number, Actor actor) {
		people.require(actor, Role.STAFF);
		IncidentRow row = unresolved(store.find(number), number);
		return outbox.fill(settings.notices().update(), row.label(), store.latestSignal(number).orElse(null));
	}

	/**
	 * When an incident is resolved: notices still waiting for approval are set aside, and
	 * when asked the closing notice goes to everyone told, unless a check blocks it.
	 * Called in the transaction that resolves the incident.
	 * @return how many customers the closing notice goes to
	 */
	@Transactional
	public int close(long number, Actor actor, boolean closingNotice) {
		IncidentRow row = store.find(number).orElseThrow(() -> new UnknownIncidentException(number));
		notices.setAsidePending(number);
		if (!closingNotice || outbox.notifiedCount(number) == 0) {
			return 0;
		}
		return sendToNotified(row, actor, NoticePurpose.CLOSING,
				outbox.fill(settings.notices().closing(), row.label(), store.latestSignal(number).orElse(null)));
	}

	/**
	 * Records that a person sent the notice by hand to the customers of these cases, or
	 * to every customer still waiting.
	 * @param which {@code all}, or case numbers separated by spaces or commas
	 * @return how many were marked
	 */
	@Transactional
	public int markNotified(long number, Actor actor, String which) {
		people.require(actor, Role.STAFF);
		IncidentRow row = store.findForUpdate(number).orElseThrow(() -> new UnknownIncidentException(number));
		String typed = which == null ? "" : which.strip();
		List<Long> caseNumbers = new ArrayList<>();
		if (typed.equalsIgnoreCase("all")) {
			notices.byHand(number, Integer.MAX_VALUE).forEach(delivery -> caseNumbers.add(delivery.caseNumber()));
		}
		else {
			for (String part : typed.split("[\\s,]+")) {
				if (!part.matches("#?\\d{1,18}")) {
					throw new IllegalArgumentException(
							"Give the case numbers notified, such as 1012 1013, or all; \"" + part + "\" is not one.");
				}
				caseNumbers.add(Long.parseLong(part.replace("#", "")));
			}
		}
		Set<Long> unknown = new LinkedHashSet<>();
		int marked = 0;
		Instant now = clock.instant();
		for (long caseNumber : new LinkedHashSet<>(caseNumbers)) {
			var waiting = notices.byHandForUpdate(number, caseNumber);
			if (waiting.isEmpty()) {
				unknown.add(caseNumber);
				continue;
			}
			// Oldest first: a customer waiting for notice 1 and an update gets both.
			while (waiting.isPresent()) {
				var delivery = waiting.get();
				if (notices.sent(delivery.id(), NoticeStore.DeliveryState.BY_HAND, now, actor.displayName())) {
					members.notified(caseNumber, number, delivery.version(),
							"by hand, marked by " + actor.displayName());
				}
				waiting = notices.byHandForUpdate(number, caseNumber);
			}
			marked++;
		}
		if (marked == 0) {
			throw new IncidentConflictException("No customer of incident " + number + " is waiting for a notice"
					+ (typed.equalsIgnoreCase("all") ? "." : " on case " + unknown.iterator().next() + "."));
		}
		store.appendHistory(number, now, actor.describe(), "NOTIFIED_BY_HAND",
				marked + " customers" + (unknown.isEmpty() ? "" : "; not waiting: cases " + unknown));
		board.show(number);
		return marked;
	}

	/** The incident's notices, the first first. */
	@Transactional(readOnly = true)
	public List<NoticeDraft> ofIncident(long number) {
		return notices.ofIncident(number);
	}

	private int sendToNotified(IncidentRow row, Actor actor, NoticePurpose purpose, String text) {
		long number = row.number();
		List<NoticeChannel.Finding> findings = check(text, views.affected(number));
		List<NoticeChannel.Finding> blocking = findings.stream().filter(NoticeChannel.Finding::blocks).toList();
		if (!blocking.isEmpty()) {
			throw new IncidentConflictException("The " + purpose.value() + " cannot be sent: "
					+ blocking.stream().map(NoticeChannel.Finding::message).collect(Collectors.joining(" ")));
		}
		int version = notices.nextVersion(number);
		Instant now = clock.instant();
		notices.insertNotice(number, version, purpose, text, false, NoticeStatus.APPROVED,
				NoticeOutbox.describe(findings), idOf(actor), actor.displayName(), now);
		int queued = outbox.toNotified(notices.find(number, version).orElseThrow());
		String what = purpose == NoticePurpose.CLOSING ? "Closing notice" : "Update";
		store.appendHistory(number, now, actor.describe(), "NOTICE_APPROVED",
				purpose.value() + " " + version + " for " + queued + " customers told before");
		board.show(number);
		board.note(number, row.team(), new ThreadNote(what + " (notice " + version + ") from " + actor.displayName()
				+ " goes to the " + queued + " customers told before:\n" + text + checks(findings)));
		return queued;
	}

	private List<NoticeChannel.Finding> check(String text, AffectedCustomers affected) {
		return outbox.check(text, affected);
	}

	private void requireNotYetNotified(long number) {
		notices.ofIncident(number)
			.stream()
			.filter(notice -> notice.purpose() == NoticePurpose.NOTICE && notice.status() == NoticeStatus.APPROVED)
			.findFirst()
			.ifPresent(notice -> {
				throw new IncidentConflictException("Notice " + notice.version() + " of incident " + number
						+ " is already approved and on its way: use Post update to tell them more.");
			});
	}

	private static IncidentRow unresolved(Optional<IncidentRow> found, long number) {
		IncidentRow row = found.orElseThrow(() -> new UnknownIncidentException(number));
		if (row.status() == IncidentStatus.RESOLVED) {
			throw new IncidentConflictException("Incident " + number + " is already resolved.");
		}
		return row;
	}

	private static String publicText(@Nullable String text) {
		String typed = text == null ? "" : text.strip();
		if (typed.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new IllegalArgumentException("A notice needs text the customers would read.");
		}
		if (typed.length() > MAX_LENGTH) {
			throw new IllegalArgumentException(
					"A notice is at most " + MAX_LENGTH + " characters; this one is " + typed.length() + ".");
		}
		return CaseActions.requireNote(typed, "a notice");
	}

	private static String summary(List<NoticeChannel.Finding> findings) {
		long blocks = findings.stream().filter(NoticeChannel.Finding::blocks).count();
		return findings.isEmpty() ? ", all checks passed"
				: ", " + (findings.size() - blocks) + " warnings, " + blocks + " blocking";
	}

	private static String checks(List<NoticeChannel.Finding> findings) {
		return findings.isEmpty() ? "\nChecks: all passed." : "\n" + NoticeOutbox.describe(findings);
	}

	private static String idOf(Actor actor) {
		return actor.platform() + ":" + actor.userId();
	}

}
