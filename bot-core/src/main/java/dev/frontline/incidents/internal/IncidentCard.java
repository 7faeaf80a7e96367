package dev.frontline.incidents.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.frontline.delivery.Card;
import dev.frontline.conversation.Button;
import dev.frontline.incidents.IncidentButtons;
import dev.frontline.incidents.IncidentStatus;
import dev.frontline.incidents.IncidentView;
import dev.frontline.triage.Severity;

/** Renders an incident as the one card that stands for all its complaints. */
public final class IncidentCard {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private IncidentCard() {
	}

	/** The card's key in the delivery queue. */
	static String key(long incidentNumber) {
		return "incident-" + incidentNumber;
	}

	public static Card of(IncidentView view, Instant now) {
		IncidentView.Counts counts = view.counts();
		List<Card.Field> fields = new ArrayList<>();
		fields.add(new Card.Field("Complaints", number(counts.complaints()) + " from " + number(counts.customers())
				+ (counts.customers() == 1 ? " customer" : " customers") + " on " + number(counts.cases()) + " cases"));
		fields.add(new Card.Field("Reach", Card.compact(counts.reach()) + " followers"));
		fields.add(new Card.Field("By severity", bySeverity(counts.bySeverity())));
		fields.add(new Card.Field("Team", view.team()));
		fields.add(new Card.Field("Owner", view.owner() == null ? "nobody yet" : view.owner().name()));
		if (view.status() == IncidentStatus.OPEN && view.acknowledgeBy() != null) {
			fields.add(new Card.Field("SLA", sla(view.acknowledgeBy(), now)));
		}
		fields.add(new Card.Field("Since", CLOCK.format(view.openedAt()) + (counts.complaints() == 0
				? ", no complaint yet" : ", latest complaint " + CLOCK.format(view.lastComplaintAt()))));
		List<String> details = new ArrayList<>();
		IncidentView.Operations operations = view.operations();
		if (operations != null) {
			// Operations' own words: plain text, rendered inert like a complaint's.
			details.add("Operations: " + operations.kind() + " (declared " + Card.time(operations.at(), now) + "): "
					+ operations.summary());
			if (operations.solution() != null) {
				details.add("Solution: " + operations.solution());
			}
		}
		if (!view.topComplaints().isEmpty()) {
			details.add("Most urgent complaints:");
			for (IncidentView.TopComplaint top : view.topComplaints()) {
				details.add(top.severity() + " · case " + top.caseNumber() + " · "
						+ (top.authorHandle() == null ? "unknown" : top.authorHandle()) + ": " + top.excerpt());
			}
		}
		return new Card(title(view), tone(view, now), fields, null, details, actions(view), null);
	}

	private static String sla(Instant due, Instant now) {
		if (!now.isBefore(due)) {
			return "BREACHED: acknowledgement was due " + CLOCK.format(due);
		}
		long minutes = Duration.between(now, due).toMinutes();
		return "acknowledge by " + CLOCK.format(due) + " (" + (minutes < 1 ? "<1" : minutes) + " min left)";
	}

	private static String title(IncidentView view) {
		return "INCIDENT " + view.number() + " · " + view.label() + " · " + view.severity() + " · " + view.status();
	}

	private static String bySeverity(Map<Severity, Long> counts) {
		List<String> parts = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			long count = counts.getOrDefault(severity, 0L);
			if (count > 0) {
				parts.add(severity + " " + number(count));
			}
		}
		return String.join(" · ", parts);
	}

	private static Card.Tone tone(IncidentView view, Instant now) {
		if (view.status() == IncidentStatus.RESOLVED) {
			return Card.Tone.DONE;
		}
		if (view.status() == IncidentStatus.OPEN && view.acknowledgeBy() != null
				&& !now.isBefore(view.acknowledgeBy())) {
			return Card.Tone.CRITICAL;
		}
		// Many customers hit at once is urgent whatever each complaint's own severity.
		return view.severity() == Severity.SEV1 ? Card.Tone.CRITICAL : Card.Tone.HIGH;
	}

	private static List<Card.Action> actions(IncidentView view) {
		String number = String.valueOf(view.number());
		List<Card.Action> actions = new ArrayList<>();
		if (view.status() == IncidentStatus.OPEN) {
			actions.add(action(IncidentButtons.ACKNOWLEDGE_ALL, number, true));
		}
		if (view.status() != IncidentStatus.RESOLVED) {
			actions.add(action(IncidentButtons.AFFECTED_CUSTOMERS, number, false));
			actions.add(action(IncidentButtons.RESOLVE_ALL, number, false));
		}
		return actions;
	}

	private static Card.Action action(Button button, String number, boolean primary) {
		return button.on(number, primary);
	}

	static String number(long count) {
		return String.format(Locale.ROOT, "%,d", count);
	}

}
