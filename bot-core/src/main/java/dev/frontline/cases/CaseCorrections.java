package dev.frontline.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.internal.CaseBoard;
import dev.frontline.cases.internal.CaseRow;
import dev.frontline.cases.internal.CaseStore;
import dev.frontline.cases.internal.CaseViewCache;
import dev.frontline.cases.internal.CaseViews;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.teams.Teams;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Correction;
import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;
import dev.frontline.triage.TriageCorrections;

/**
 * Staff correcting triage from a case card: a new severity or another team, each with a
 * reason. Staff may raise a severity and move a case; lowering a severity takes a
 * supervisor. The case's clocks follow, the change is in its history and on its card, and
 * triage learns from it as a labelled example.
 */
@Service
public class CaseCorrections {

	private final CaseStore cases;

	private final CaseViews views;

	private final CaseViewCache cache;

	private final CaseBoard board;

	private final People people;

	private final Teams teams;

	private final Triage triage;

	private final TriageCorrections corrections;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseCorrections(CaseStore cases, CaseViews views, CaseViewCache cache, CaseBoard board, People people, Teams teams,
			Triage triage, TriageCorrections corrections, Clock clock, ApplicationEventPublisher events) {
		this.cases = cases;
		this.views = views;
		this.cache = cache;
		this.board = board;
		this.people = people;
		this.teams = teams;
		this.triage = triage;
		this.corrections = corrections;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Gives the case another severity.
	 * @param severity as typed or chosen: {@code SEV1} … {@code SEV4}
	 * @throws dev.frontline.people.NotPermittedException when the person may not, naming
	 * who may
	 * @throws IllegalArgumentException naming what is wrong with the severity or reason
	 */
	@Transactional
	public CaseView changeSeverity(long number, Actor actor, String severity, String reason) {
		people.require(actor, Role.STAFF);
		Severity to = severity(severity);
		String why = CaseActions.requireNote(reason, "a reason for the new severity");
		CaseRow row = lockUnresolved(number);
		if (to == row.severity()) {
			throw new IllegalArgumentException("Case " + number + " is " + to + " already.");
		}
		if (row.severity().isMoreUrgentThan(to)) {
			people.require(actor, Role.SUPERVISOR, "lower the severity of a case");
		}
		Instant now = clock.instant();
		@Nullable Instant acknowledgeBy = clockFor(row, to, now);
		List<Reason> reasons = new ArrayList<>();
		reasons.add(new Reason(to + ": corrected by " + actor.displayName() + " (was " + row.severity() + ")", 0));
		row.reasons()
			.stream()
			.filter(r -> !r.label().startsWith("SEV") || !r.label().contains(": corrected by "))
			.forEach(reasons::add);
		CaseRow updated = cases.update(row.rerated(row.score(), to, reasons, acknowledgeBy), now);
		String detail = row.severity() + " → " + to + " (" + why + ")";
		cases.appendHistory(number, now, actor.describe(), "CORRECTED", detail);
		CaseRow shown = postIfNowPosted(updated, now);
		teach(shown, actor, why, now);
		if (shown.posted() == updated.posted()) {
			// A case that only now gets its card starts its clocks as any new card does.
			events.publishEvent(new CaseCorrected(number, row.severity(), to, row.team(), shown.team(), now,
					shown.acknowledgeBy(), untaken(shown)));
		}
		updated = shown;
		cache.evict(number);
		CaseView view = views.assemble(updated);
		board.show(view);
		board.note(view, "Severity changed by " + actor.displayName() + ": " + detail);
		return view;
	}

	/**
	 * Moves the case to another team: its card goes to that team's channel, and the card
	 * left behind says where it went.
	 * @throws IllegalArgumentException naming the teams when there is none of that name
	 */
	@Transactional
	public CaseView moveTeam(long number, Actor actor, String team, String reason) {
		people.require(actor, Role.STAFF);
		String to = team.strip().toLowerCase(Locale.ROOT);
		if (!teams.exists(to)) {
			throw new IllegalArgumentException("Please choose one of the teams: "
					+ String.join(", ", teams.names().stream().sorted().toList()) + ".");
		}
		String why = CaseActions.requireNote(reason, "a reason for the move");
		CaseRow row = lockUnresolved(number);
		if (to.equals(row.team())) {
			throw new IllegalArgumentException("Case " + number + " is with " + to + " already.");
		}
		Instant now = clock.instant();
		CaseView before = views.assemble(row);
		CaseRow updated = cases.update(row.movedTo(to), now);
		String detail = row.team() + " → " + to + " (" + why + ")";
		cases.appendHistory(number, now, actor.describe(), "MOVED", detail);
		teach(updated, actor, why, now);
		events.publishEvent(new CaseCorrected(number, row.severity(), updated.severity(), row.team(), to, now,
				updated.acknowledgeBy(), untaken(updated)));
		String note = "Moved by " + actor.displayName() + ": " + detail;
		board.showMoved(before, to, actor.displayName(), note);
		cache.evict(number);
		CaseView view = views.assemble(updated);
		board.show(view);
		board.note(view, note);
		return view;
	}

	/**
	 * The acknowledgement clock under the new severity while nobody has taken the case: a
	 * more urgent one never gives more time than the case had (as a re-rating by a new
	 * mention), a less urgent one counts its SLA from when the case opened.
	 */
	private @Nullable Instant clockFor(CaseRow row, Severity to, Instant now) {
		if (row.status() != CaseStatus.OPEN) {
			return row.acknowledgeBy();
		}
		if (to.isMoreUrgentThan(row.severity())) {
			@Nullable Instant sooner = triage.acknowledgeWithin(to).map(now::plus).orElse(null);
			return row.acknowledgeBy() == null || (sooner != null && sooner.isBefore(row.acknowledgeBy())) ? sooner
					: row.acknowledgeBy();
		}
		return triage.acknowledgeWithin(to).map(row.openedAt()::plus).orElse(null);
	}

	/** A recorded-only case raised to a posted severity gets its card and its clocks. */
	private CaseRow postIfNowPosted(CaseRow row, Instant now) {
		if (row.posted() || !row.severity().isPosted() || IncidentMembers.isAbsorbed(row)) {
			return row;
		}
		CaseRow posted = cases.update(row.markedPosted(), now);
		events.publishEvent(
				new CaseOpened(posted.number(), posted.team(), posted.severity(), now, posted.acknowledgeBy()));
		return posted;
	}

	private static boolean untaken(CaseRow row) {
		return row.posted() && row.status() == CaseStatus.OPEN;
	}

	/** The case's first complaint, labelled as the case now stands. */
	private void teach(CaseRow row, Actor actor, String why, Instant now) {
		ComplaintView first = views.assemble(row).firstComplaint();
		ComplaintSignals signals = new ComplaintSignals(first.source(), first.text(), first.author().followers(),
				first.engagement().likes(), first.engagement().shares(), first.engagement().replies(),
				first.customer().tier(), first.postedAt(), 0);
		corrections
			.record(new Correction(row.number(), signals, row.severity(), row.team(), why, actor.describe(), now));
	}

	private CaseRow lockUnresolved(long number) {
		CaseRow row = cases.findForUpdate(number).orElseThrow(() -> new UnknownCaseException(number));
		if (!row.status().isUnresolved()) {
			throw new CaseConflictException("Case " + number + " is already resolved.");
		}
		return row;
	}

	/** The teams a case may move to, in the order a form lists them. */
	public List<String> teamChoices() {
		return teams.names().stream().sorted().toList();
	}

	/**
	 * A severity as staff type it: {@code SEV1}, {@code sev1} or {@code 1}.
	 * @throws IllegalArgumentException naming the severities when it is none of them
	 */
	public static Severity severity(String text) {
		String name = text.strip().toUpperCase(Locale.ROOT);
		String severity = name.matches("[1-4]") ? "SEV" + name : name;
		return Arrays.stream(Severity.values())
			.filter(candidate -> candidate.name().equals(severity))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Please choose a severity: SEV1, SEV2, SEV3 or SEV4."));
	}

}
