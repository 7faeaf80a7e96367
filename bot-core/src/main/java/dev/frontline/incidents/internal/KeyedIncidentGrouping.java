package dev.frontline.incidents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import dev.frontline.cases.IncidentMembers;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.IncidentGrouping;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.incidents.IncidentSettings;
import dev.frontline.incidents.IncidentStatus;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;

/**
 * Groups complaints by the configured keys: once a key's complaints within the window
 * reach the threshold, they become an incident, and later ones join it until it is
 * resolved or has gone quiet for the cooldown.
 */
@Component
class KeyedIncidentGrouping implements IncidentGrouping {

	static final String SYSTEM = "frontline";

	private final IncidentKeys keys;

	private final IncidentStore store;

	private final IncidentBoard board;

	private final IncidentMembers members;

	private final IncidentSettings settings;

	private final IncidentMentions mentions;

	private final Triage triage;

	private final NoticeOutbox notices;

	KeyedIncidentGrouping(IncidentKeys keys, IncidentStore store, IncidentBoard board, IncidentMembers members,
			IncidentSettings settings, IncidentMentions mentions, Triage triage, NoticeOutbox notices) {
		this.notices = notices;
		this.triage = triage;
		this.mentions = mentions;
		this.keys = keys;
		this.store = store;
		this.board = board;
		this.members = members;
		this.settings = settings;
	}

	@Override
	public Optional<String> keyOf(String text) {
		return keys.keyOf(text);
	}

	@Override
	public void lockGrouping() {
		store.lockGate();
	}

	@Override
	public Optional<Placement> place(String key, KeyedComplaint complaint) {
		Instant now = complaint.receivedAt();
		Optional<IncidentRow> gathering = store.gathering(key, now.minus(settings.cooldown()));
		if (gathering.isPresent()) {
			IncidentRow incident = gathering.get();
			store.recordMention(key, complaint, incident.number());
			// The card catches up within update-every: see IncidentRefresher.
			store.complaintArrived(incident, complaint.severity(), now, acknowledgeBy(incident, complaint, now));
			notices.laterComplainant(incident.number(), complaint);
			return Optional.of(placement(incident));
		}
		store.recordMention(key, complaint, null);
		Instant since = now.minus(settings.window());
		long count = store.countUngathered(key, since);
		if (count < keys.thresholdOf(key)) {
			return Optional.empty();
		}
		return Optional.of(form(key, complaint, since, count, now));
	}

	private Placement form(String key, KeyedComplaint complaint, Instant since, long count, Instant now) {
		String label = IncidentKeys.label(key);
		Severity severity = store.mostUrgentUngathered(key, since);
		long number = store.insert(key, label, complaint.team(), severity, now, dueFrom(now, severity));
		List<Long> gathered = store.gather(key, since, number);
		String summary = count + " complaints about " + label + " within " + settings.window().toMinutes() + " min";
		store.appendHistory(number, now, SYSTEM, "OPENED", summary);
		Placement placement = new Placement(number, label, null);
		for (long member : gathered) {
			if (member != complaint.caseNumber()) {
				members.joinIncident(member, placement);
			}
		}
		board.show(number);
		board.note(number, complaint.team(),
				new ThreadNote(
						"Incident " + number + " opened: " + summary
								+ ". Their cases are gathered here, and so is every further complaint about " + label
								+ "; acknowledge or resolve them all from this card.",
						mentions.onCall(complaint.team())));
		return placement;
	}

	/**
	 * When an incident is to be acknowledged: by the SLA of its most urgent complaint,
	 * and at least SEV3's, as many customers are waiting.
	 */
	private @Nullable Instant dueFrom(Instant now, Severity severity) {
		Severity clock = severity.isMoreUrgentThan(Severity.SEV3) ? severity : Severity.SEV3;
		return triage.acknowledgeWithin(clock).map(now::plus).orElse(null);
	}

	/** A more urgent complaint brings an untaken incident's acknowledgement forward. */
	private @Nullable Instant acknowledgeBy(IncidentRow incident, KeyedComplaint complaint, Instant now) {
		Instant current = incident.acknowledgeBy();
		if (incident.status() != IncidentStatus.OPEN || !complaint.severity().isMoreUrgentThan(incident.severity())) {
			return current;
		}
		Instant sooner = dueFrom(now, complaint.severity());
		return current == null || (sooner != null && sooner.isBefore(current)) ? sooner : current;
	}

	private static Placement placement(IncidentRow incident) {
		CaseView.Owner owner = incident.status() == IncidentStatus.ACKNOWLEDGED && incident.ownerId() != null
				? new CaseView.Owner(incident.ownerId(),
						incident.ownerName() == null ? incident.ownerId() : incident.ownerName())
				: null;
		return new Placement(incident.number(), incident.label(), owner);
	}

}
