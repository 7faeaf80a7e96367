package dev.frontline.incidents;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseActions;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.Targets;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/**
 * What an incident card's buttons do on every platform. Each acts on all the incident's
 * cases, which may take a while, so it acts after the press is answered; resolving asks
 * how first, and checks the note before answering, so the form can say what is wrong.
 */
@Component
public class IncidentConversation implements Interactions {

	private static final Logger log = LoggerFactory.getLogger(IncidentConversation.class);

	static final String TEXT = "text";

	static final String LATER = "later";

	static final String CLOSING = "closing";

	static final String CASES = "cases";

	private final IncidentActions actions;

	private final People people;

	private final IncidentNotices notices;

	private final Incidents incidents;

	public IncidentConversation(IncidentActions actions, People people, IncidentNotices notices, Incidents incidents) {
		this.actions = actions;
		this.people = people;
		this.notices = notices;
		this.incidents = incidents;
	}

	@Override
	public void declare(Declarations declare) {
		declare.refusals(IncidentConflictException.class, UnknownIncidentException.class)
			.press(IncidentButtons.ACKNOWLEDGE_ALL, (actor, target) -> new Outcome.Later(() -> {
				actions.acknowledge(incidentNumber(target), actor);
				return Outcome.NOTHING;
			}))
			.press(IncidentButtons.AFFECTED_CUSTOMERS, (actor, target) -> new Outcome.Later(() -> {
				AffectedCustomers affected = actions.listAffected(incidentNumber(target), actor);
				return new Outcome.Done("The " + affected.customers().size()
						+ " affected customers and a draft notice are in the incident's thread. Nothing was sent"
						+ " to them.");
			}))
			.opens(IncidentButtons.RESOLVE_ALL,
					(actor, target) -> new Form(IncidentButtons.RESOLVE_ALL.action(), target,
							"Resolve incident " + incidentNumber(target), "Resolve",
							List.of(new Field.LongText(TEXT,
									"How was it resolved? Every case of it is resolved with this note.", null, null,
									CaseActions.MAX_NOTE_LENGTH, true),
									new Field.Checkbox(CLOSING, "Customers told",
											"Send the closing notice to every customer told about it", true))))
			.form(IncidentButtons.RESOLVE_ALL.action(), TEXT, (actor, target, answers) -> {
				long number = incidentNumber(target);
				String note = answers.text(TEXT);
				boolean closing = answers.ticked(CLOSING);
				people.require(actor, Role.STAFF);
				CaseActions.requireNote(note, "a resolution note");
				return new Outcome.Later(() -> {
					try {
						actions.resolve(number, actor, note, closing);
						return new Outcome.Done("Incident " + number + " and its cases are resolved.");
					}
					catch (RuntimeException ex) {
						// Resolved by someone else meanwhile, most likely; the card shows
						// it.
						log.info("Incident {} was not resolved by {}: {}", number, actor.userId(), ex.getMessage());
						return new Outcome.Refused(String.valueOf(ex.getMessage()));
					}
				});
			});
		declareNotices(declare);
	}

	private void declareNotices(Declarations declare) {
		declare.opens(IncidentButtons.NOTIFY_AFFECTED, (actor, target) -> {
			NoticeForm form = notices.open(incidentNumber(target), actor);
			return new Form(IncidentButtons.NOTIFY_AFFECTED.action(), String.valueOf(form.incident()),
					"Notify affected", "Submit for approval", List.of(
							new Field.Text("Incident " + form.incident() + " · " + form.label() + ": it goes to "
									+ form.customers() + (form.customers() == 1 ? " customer" : " customers") + " now, "
									+ (form.throughConnector() ? "through the connector"
											: "sent by hand (no connector)")
									+ ", once a supervisor other than you approves it."),
							new Field.LongText(TEXT, "Notice",
									"{name} becomes each customer's name, else their handle.", form.prefill(),
									IncidentNotices.MAX_LENGTH, true),
							new Field.Checkbox(LATER, "Later complainants",
									"Also send it to customers who complain while the incident is open", true)));
		}).form(IncidentButtons.NOTIFY_AFFECTED.action(), TEXT, TEXT, (actor, target, answers) -> {
			NoticeDraft draft = notices.submit(incidentNumber(target), actor, answers.text(TEXT),
					answers.ticked(LATER));
			return new Outcome.Done("Notice " + draft.version()
					+ " is in the incident's thread with its checks, waiting for a supervisor's approval.");
		}).press(IncidentButtons.APPROVE_NOTICE, (actor, target) -> {
			String[] parts = target.split(":");
			if (parts.length != 2) {
				throw new IllegalArgumentException("\"" + target + "\" names no notice.");
			}
			int queued = notices.approve(incidentNumber(parts[0]), (int) Targets.number(parts[1], "a notice"), actor);
			return new Outcome.Done("Approved: the notice goes to " + queued + " customers.");
		}).opens(IncidentButtons.POST_UPDATE, (actor, target) -> {
			long number = incidentNumber(target);
			return new Form(IncidentButtons.POST_UPDATE.action(), String.valueOf(number), "Post update", "Send update",
					List.of(new Field.Text("Incident " + number
							+ ": the update goes to every customer already told, once a supervisor sends it."),
							new Field.LongText(TEXT, "Update",
									"{name} becomes each customer's name, else their handle.",
									notices.updatePrefill(number, actor), IncidentNotices.MAX_LENGTH, true)));
		}).form(IncidentButtons.POST_UPDATE.action(), TEXT, TEXT, (actor, target, answers) -> {
			int queued = notices.postUpdate(incidentNumber(target), actor, answers.text(TEXT));
			return new Outcome.Done("The update goes to the " + queued + " customers told before.");
		}).opens(IncidentButtons.MARK_NOTIFIED, (actor, target) -> {
			long number = incidentNumber(target);
			IncidentView.Notices progress = incidents.get(number).notices();
			String waiting = progress == null || progress.toNotifyByHand().isEmpty() ? "nobody"
					: String.join(", ", progress.toNotifyByHand())
							+ (progress.byHand() > progress.toNotifyByHand().size()
									? " and " + (progress.byHand() - progress.toNotifyByHand().size()) + " more" : "");
			return new Form(IncidentButtons.MARK_NOTIFIED.action(), String.valueOf(number), "Mark notified",
					"Mark notified",
					List.of(new Field.Text("Incident " + number + ": still to notify by hand: " + waiting + "."),
							new Field.ShortText(CASES, "Cases notified", "Case numbers, such as 1012 1013, or all",
									"all", CaseActions.MAX_NOTE_LENGTH, true)));
		}).form(IncidentButtons.MARK_NOTIFIED.action(), CASES, (actor, target, answers) -> {
			int marked = notices.markNotified(incidentNumber(target), actor, answers.text(CASES));
			return new Outcome.Done(marked + (marked == 1 ? " customer is" : " customers are") + " marked notified.");
		});
	}

	private static long incidentNumber(String target) {
		return Targets.number(target, "an incident");
	}

}
