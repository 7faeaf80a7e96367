package dev.frontline.incidents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.cases.IncidentGrouping;
import dev.frontline.cases.IncidentMembers;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.incidents.IncidentSettings;
import dev.frontline.incidents.Signal;
import dev.frontline.incidents.SignalReceipt;
import dev.frontline.teams.Teams;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;

/**
 * Opens or updates the incident an operations signal names, with the same keys and the
 * same incident complaints naming that key join, so the team sees the card before the
 * first customer complains.
 */
@Component
public class SignalledIncidents {

	/** The source triage is told a signal comes from, to route it like a complaint. */
	static final String SOURCE = "operations";

	private final IncidentKeys keys;

	private final IncidentStore store;

	private final IncidentBoard board;

	private final IncidentMembers members;

	private final IncidentSettings settings;

	private final IncidentMentions mentions;

	private final Triage triage;

	private final Teams teams;

	private final Clock clock;

	private final NoticeOutbox notices;

	SignalledIncidents(IncidentKeys keys, IncidentStore store, IncidentBoard board, IncidentMembers members,
			IncidentSettings settings, IncidentMentions mentions, Triage triage, Teams teams, Clock clock,
			NoticeOutbox notices) {
		this.notices = notices;
		this.keys = keys;
		this.store = store;
		this.board = board;
		this.members = members;
		this.settings = settings;
		this.mentions = mentions;
		this.triage = triage;
		this.teams = teams;
		this.clock = clock;
	}

	/** The grouping key a signal's key names, such as {@code flight:LK905}. */
	public Optional<String> keyOf(String signalKey) {
		return keys.keyOf(signalKey);
	}

	/**
	 * Opens or updates the key's incident. The caller holds the grouping lock, so a
	 * complaint about the key cannot form a second incident meanwhile.
	 * @throws IllegalArgumentException when the key names no grouping key or the team is
	 * unknown
	 */
	public SignalReceipt receive(Signal signal) {
		String key = keys.keyOf(signal.key())
			.orElseThrow(() -> new IllegalArgumentException("key: names none of the incident keys"));
		Optional<Long> before = store.signalledIncident(key, signal.kind(), signal.at());
		if (before.isPresent()) {
			return new SignalReceipt(before.get(), false, true);
		}
		Instant now = clock.instant();
		Optional<IncidentRow> gathering = store.gathering(key, now.minus(settings.cooldown()));
		if (gathering.isPresent()) {
			return update(gathering.get(), key, signal, now);
		}
		return open(key, signal, now);
	}

	private SignalReceipt update(IncidentRow incident, String key, Signal signal, Instant now) {
		boolean newest = store.latestSignal(incident.number())
			.map(latest -> !signal.at().isBefore(latest.at()))
			.orElse(true);
		store.recordSignal(incident.number(), key, signal, now);
		store.appendHistory(incident.number(), now, KeyedIncidentGrouping.SYSTEM, "SIGNAL",
				signal.describe() + (newest ? "" : " (declared before the latest signal, so the card keeps that one)"));
		board.show(incident.number());
		board.note(incident.number(), incident.team(), new ThreadNote("Operations: " + signal.key() + " "
				+ signal.describe() + (newest ? "" : ". Declared before the latest signal, which the card keeps.")));
		if (newest) {
			// Everyone already told hears what operations say now.
			notices.afterSignal(incident.number(), incident.team(), signal);
		}
		return new SignalReceipt(incident.number(), false, false);
	}

	private SignalReceipt open(String key, Signal signal, Instant now) {
		String label = IncidentKeys.label(key);
		String text = signal.kind().value() + " " + signal.key() + ": " + signal.summary();
		var assessment = triage.assessByRules(new ComplaintSignals(SOURCE, text, 0, 0, 0, 0, null, now, 0), now);
		String team = team(signal.team(), assessment.team());
		// Many customers are hit at once: at least SEV3, as for incidents complaints
		// form.
		Severity severity = Severity.mostUrgent(assessment.severity(), Severity.SEV3);
		long number = store.insert(key, label, team, severity, now, dueFrom(now, severity));
		store.recordSignal(number, key, signal, now);
		store.appendHistory(number, now, KeyedIncidentGrouping.SYSTEM, "OPENED",
				"by an operations signal: " + signal.describe());
		// Complaints that named the key before the signal, too few to form an incident,
		// belong to it now.
		List<Long> gathered = store.gather(key, now.minus(settings.window()), number);
		IncidentGrouping.Placement placement = new IncidentGrouping.Placement(number, label, null);
		gathered.forEach(member -> members.joinIncident(member, placement));
		board.show(number);
		board.note(number, team,
				new ThreadNote("Incident " + number + " opened by operations before complaints: " + signal.key() + " "
						+ signal.describe() + ". Every complaint about " + label + " joins it here"
						+ (gathered.isEmpty() ? "" : ", as the " + gathered.size() + " earlier ones did")
						+ "; acknowledge or resolve them all from this card.", mentions.onCall(team)));
		return new SignalReceipt(number, true, false);
	}

	private String team(@Nullable String asked, String routed) {
		if (asked == null) {
			return routed;
		}
		if (!teams.exists(asked)) {
			throw new IllegalArgumentException("team: no team is called that; teams are " + teams.names());
		}
		return asked;
	}

	private @Nullable Instant dueFrom(Instant now, Severity severity) {
		return triage.acknowledgeWithin(severity).map(now::plus).orElse(null);
	}

}
