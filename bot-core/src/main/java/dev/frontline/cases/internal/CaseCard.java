package dev.frontline.cases.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.frontline.cases.CaseButtons;
import dev.frontline.conversation.Button;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.ComplaintView;
import dev.frontline.delivery.Card;
import dev.frontline.triage.Reason;

/** Renders a case as the platform-neutral card that lives in the team channel. */
public final class CaseCard {

	private CaseCard() {
	}

	/**
	 * How a case says its customer was told: {@code notified proactively at 14:02 UTC
	 * (notice 2)}.
	 */
	public static String notifiedAt(CaseView.Notified notified, Instant now) {
		return "notified proactively at " + Card.time(notified.at(), now) + " (notice " + notified.notice()
				+ " of incident " + notified.incident() + ")";
	}

	/** The card's key in the delivery queue. */
	public static String key(long caseNumber) {
		return "case-" + caseNumber;
	}

	public static Card of(CaseView view, Instant now) {
		ComplaintView first = view.firstComplaint();
		List<Card.Field> fields = new ArrayList<>();
		fields.add(new Card.Field("Customer", customer(first)));
		fields.add(new Card.Field("Source", first.source()));
		fields.add(new Card.Field("Team", view.team()));
		fields.add(new Card.Field("Owner", view.owner() == null ? "nobody yet" : view.owner().name()));
		fields.add(new Card.Field("SLA", sla(view, now)));
		if (view.escalationLevel() > 0) {
			fields.add(new Card.Field("Escalated", "level " + view.escalationLevel()));
		}
		if (view.incident() != null) {
			fields.add(new Card.Field("Incident", "part of incident " + view.incident()));
		}
		CaseView.Notified notified = view.notified();
		if (notified != null) {
			fields.add(new Card.Field("Notified", notifiedAt(notified, now)));
		}
		if (!view.drafting().isEmpty()) {
			fields.add(new Card.Field("Drafting a reply",
					view.drafting()
						.stream()
						.map(drafter -> drafter.name() + " since " + Card.time(drafter.since(), now))
						.collect(Collectors.joining(", "))));
		}
		String reply = replyTimes(view.measures());
		if (reply != null) {
			fields.add(new Card.Field("Reply", reply));
		}
		if (view.plan() != null) {
			fields.add(new Card.Field("Follow-up", plan(view.plan(), now)));
		}
		if (view.complaints().size() > 1) {
			fields.add(new Card.Field("Messages", String.valueOf(view.complaints().size())));
		}
		List<String> details = first.url() == null ? List.of(reasons(view))
				: List.of(reasons(view), postAddress(first.url()));
		// The post's address came from whoever posted the complaint: shown as text (which
		// every platform renders defanged), never as a link on a card staff trust.
		return new Card(title(view), tone(view, now), fields, first.text(), details, actions(view), null);
	}

	/**
	 * The card left in a team's channel after the case moved to another team: where it
	 * went, and no buttons, so nobody acts on it there.
	 */
	public static Card moved(CaseView view, String toTeam, String by) {
		List<Card.Field> fields = List.of(new Card.Field("Moved", "to " + toTeam + " by " + by),
				new Card.Field("Customer", customer(view.firstComplaint())));
		return new Card(view.severity() + " · Case " + view.number() + " · MOVED to " + toTeam, Card.Tone.DONE, fields,
				view.firstComplaint().text(), List.of(), List.of(), null);
	}

	static String title(CaseView view) {
		return view.severity() + " · Case " + view.number() + " · " + view.status();
	}

	private static String plan(CaseView.Plan plan, Instant now) {
		String progress = plan.done() + "/" + plan.total() + " done or waived";
		CaseView.Step next = plan.next();
		if (next == null) {
			return progress;
		}
		String due = now.isBefore(next.dueAt()) ? "due " + Card.time(next.dueAt(), now)
				: "OVERDUE since " + Card.time(next.dueAt(), now);
		return progress + " · next: step " + next.ref() + " " + next.title() + " (" + next.ownerName() + ", " + due
				+ ")";
	}

	private static @Nullable String replyTimes(CaseView.Measures measures) {
		if (measures.toApprovedReply() == null && measures.toReply() == null) {
			return null;
		}
		List<String> times = new ArrayList<>();
		if (measures.toApprovedReply() != null) {
			times.add("approved after " + minutes(measures.toApprovedReply()));
		}
		if (measures.toReply() != null) {
			times.add("public after " + minutes(measures.toReply()));
		}
		return String.join(" · ", times);
	}

	private static String customer(ComplaintView complaint) {
		StringBuilder text = new StringBuilder(
				complaint.author().handle() == null ? "unknown" : complaint.author().handle());
		if (complaint.author().displayName() != null) {
			text.append(" (").append(complaint.author().displayName()).append(")");
		}
		if (complaint.author().followers() > 0) {
			text.append(" · ").append(Card.compact(complaint.author().followers())).append(" followers");
		}
		if (complaint.customer().tier() != null && !"none".equals(complaint.customer().tier())) {
			text.append(" · ").append(complaint.customer().tier());
		}
		return text.toString();
	}

	private static String sla(CaseView view, Instant now) {
		if (view.acknowledgedAt() != null) {
			return "acknowledged after " + minutes(Duration.between(view.openedAt(), view.acknowledgedAt()));
		}
		if (view.status() == CaseStatus.RESOLVED) {
			return "resolved";
		}
		if (view.acknowledgeBy() == null) {
			return "no clock (recorded only)";
		}
		if (!now.isBefore(view.acknowledgeBy())) {
			return "BREACHED: acknowledgement was due " + Card.time(view.acknowledgeBy(), now) + " ("
					+ minutes(Duration.between(view.acknowledgeBy(), now)) + " ago)";
		}
		return "acknowledge by " + Card.time(view.acknowledgeBy(), now) + " ("
				+ minutes(Duration.between(now, view.acknowledgeBy())) + " left)";
	}

	private static String reasons(CaseView view) {
		StringBuilder text = new StringBuilder("Score ").append(view.score());
		String separator = ": ";
		for (Reason reason : view.reasons()) {
			text.append(separator).append(reason);
			separator = " · ";
		}
		return text.toString();
	}

	private static List<Card.Action> actions(CaseView view) {
		String number = String.valueOf(view.number());
		List<Card.Action> actions = new ArrayList<>();
		if (view.status() == CaseStatus.OPEN) {
			actions.add(action(CaseButtons.ACKNOWLEDGE, number, true));
		}
		if (view.status() == CaseStatus.OPEN || view.status() == CaseStatus.ACKNOWLEDGED) {
			actions.add(action(CaseButtons.DRAFT_REPLY, number, view.status() == CaseStatus.ACKNOWLEDGED));
		}
		if (view.status() == CaseStatus.REPLY_APPROVED) {
			actions.add(action(CaseButtons.MARK_POSTED, number, true));
		}
		if (view.status() != CaseStatus.OPEN && view.status().isUnresolved()) {
			actions.add(view.plan() == null
					? action(CaseButtons.PLAN_FOLLOW_UP, number, view.status() == CaseStatus.REPLIED)
					: action(CaseButtons.ADD_STEP, number, false));
		}
		if (view.status().isUnresolved()) {
			actions.add(action(CaseButtons.ESCALATE, number, false));
			actions.add(action(CaseButtons.CHANGE_SEVERITY, number, false));
			actions.add(action(CaseButtons.MOVE_TEAM, number, false));
			actions.add(action(CaseButtons.RESOLVE, number, false));
		}
		return actions;
	}

	private static Card.Action action(Button button, String caseNumber, boolean primary) {
		return button.on(caseNumber, primary);
	}

	private static Card.Tone tone(CaseView view, Instant now) {
		if (view.status() == CaseStatus.RESOLVED) {
			return Card.Tone.DONE;
		}
		if (view.acknowledgedAt() == null && view.acknowledgeBy() != null && !now.isBefore(view.acknowledgeBy())) {
			// A breached clock looks urgent whatever the severity.
			return Card.Tone.CRITICAL;
		}
		return switch (view.severity()) {
			case SEV1 -> Card.Tone.CRITICAL;
			case SEV2 -> Card.Tone.HIGH;
			case SEV3 -> Card.Tone.NORMAL;
			case SEV4 -> Card.Tone.LOW;
		};
	}

	/** The address as sent, cut to a line; staff copy it if they want to look. */
	static String postAddress(URI url) {
		String address = url.toString();
		return "Post, as given (not checked): " + (address.length() <= 200 ? address : address.substring(0, 199) + "…");
	}

	/** A duration as staff read it: {@code 12 min}, or {@code <1 min}. */
	public static String minutes(Duration duration) {
		long minutes = Math.max(0, duration.toMinutes());
		return minutes < 1 ? "<1 min" : minutes + " min";
	}

}
