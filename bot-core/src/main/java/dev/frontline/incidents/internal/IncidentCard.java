package dev.frontline.incidents.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.frontline.delivery.Card;
import dev.frontline.conversation.Button;
import dev.frontline.incidents.IncidentButtons;
import dev.frontline.incidents.IncidentStatus;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.NoticeDraft;
import dev.frontline.incidents.NoticePurpose;
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
		IncidentView.Notices notices = view.notices();
		if (notices != null) {
			fields.addAll(notices(notices));
		}
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

	/**
	 * Where telling the customers stands, and the figures it is judged by: how soon after
	 * the signal the first and the last were told, and whether before they complained.
	 */
	private static List<Card.Field> notices(IncidentView.Notices notices) {
		List<Card.Field> fields = new ArrayList<>();
		NoticeDraft latest = notices.latest();
		String stands = switch (latest.status()) {
			case PENDING -> "waiting for a supervisor's approval";
			case APPROVED -> "approved by " + latest.approvedByName();
			case SET_ASIDE -> "set aside";
		};
		fields.add(new Card.Field("Notices",
				"notice " + latest.version()
						+ (latest.purpose() == NoticePurpose.NOTICE ? "" : " (" + latest.purpose().value() + ")") + " "
						+ stands + " · " + number(notices.sent()) + " sent, " + number(notices.queued()) + " queued"
						+ (notices.byHand() > 0 ? ", " + number(notices.byHand()) + " to send by hand" : "")));
		if (notices.toFirst() != null) {
			fields.add(new Card.Field("Time to notify", "first " + duration(notices.toFirst()) + ", last "
					+ duration(notices.toLast()) + " after " + notices.measuredFrom()));
			fields.add(new Card.Field("Told",
					number(notices.beforeComplaining()) + " before they complained, "
							+ number(notices.afterComplaining()) + " after; " + number(notices.wroteAgain())
							+ " wrote again since"));
		}
		if (!notices.toNotifyByHand().isEmpty()) {
			long more = notices.byHand() - notices.toNotifyByHand().size();
			fields.add(new Card.Field("Notify by hand",
					String.join(", ", notices.toNotifyByHand()) + (more > 0 ? " and " + number(more) + " more" : "")));
		}
		return fields;
	}

	private static String duration(@Nullable Duration duration) {
		if (duration == null) {
			return "not yet";
		}
		long seconds = Math.max(0, duration.toSeconds());
		if (seconds < 60) {
			return seconds + " s";
		}
		long minutes = seconds / 60;
		return minutes < 120 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
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
		IncidentView.Notices notices = view.notices();
		boolean told = notices != null && notices.sent() + notices.queued() + notices.byHand() > 0;
		if (view.status() != IncidentStatus.RESOLVED) {
			actions.add(action(told ? IncidentButtons.POST_UPDATE : IncidentButtons.NOTIFY_AFFECTED, number, false));
			actions.add(action(IncidentButtons.AFFECTED_CUSTOMERS, number, false));
		}
		if (notices != null && notices.byHand() > 0) {
			actions.add(action(IncidentButtons.MARK_NOTIFIED, number, false));
		}
		if (view.status() != IncidentStatus.RESOLVED) {
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
