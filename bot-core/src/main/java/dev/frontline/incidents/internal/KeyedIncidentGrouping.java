package dev.frontline.incidents.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.IncidentGrouping;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.escalation.EscalationSettings;
import dev.frontline.incidents.IncidentSettings;
import dev.frontline.incidents.IncidentStatus;

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

	private final CaseActions cases;

	private final IncidentSettings settings;

	private final EscalationSettings escalation;

	KeyedIncidentGrouping(IncidentKeys keys, IncidentStore store, IncidentBoard board, CaseActions cases,
			IncidentSettings settings, EscalationSettings escalation) {
		this.keys = keys;
		this.store = store;
		this.board = board;
		this.cases = cases;
		this.settings = settings;
		this.escalation = escalation;
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
			store.complaintArrived(incident, complaint.severity(), now);
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
		long number = store.insert(key, label, complaint.team(), store.mostUrgentUngathered(key, since), now);
		List<Long> members = store.gather(key, since, number);
		String summary = count + " complaints about " + label + " within " + settings.window().toMinutes() + " min";
		store.appendHistory(number, now, SYSTEM, "OPENED", summary);
		Placement placement = new Placement(number, label, null);
		for (long member : members) {
			if (member != complaint.caseNumber()) {
				cases.joinIncident(member, placement);
			}
		}
		board.show(number);
		List<ThreadNote.Mention> onCall = new ArrayList<>();
		escalation.onCall()
			.getOrDefault(complaint.team(), Map.of())
			.forEach((platform, group) -> onCall.add(new ThreadNote.Mention(platform, group, true)));
		board.note(number, complaint.team(),
				new ThreadNote("Incident " + number + " opened: " + summary
						+ ". Their cases are gathered here, and so is every further complaint about " + label
						+ "; acknowledge or resolve them all from this card.", onCall));
		return placement;
	}

	private static Placement placement(IncidentRow incident) {
		CaseView.Owner owner = incident.status() == IncidentStatus.ACKNOWLEDGED && incident.ownerId() != null
				? new CaseView.Owner(incident.ownerId(),
						incident.ownerName() == null ? incident.ownerId() : incident.ownerName())
				: null;
		return new Placement(incident.number(), incident.label(), owner);
	}

}
