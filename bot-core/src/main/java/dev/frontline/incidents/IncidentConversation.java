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

	private final IncidentActions actions;

	private final People people;

	public IncidentConversation(IncidentActions actions, People people) {
		this.actions = actions;
		this.people = people;
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
									CaseActions.MAX_NOTE_LENGTH, true))))
			.form(IncidentButtons.RESOLVE_ALL.action(), TEXT, (actor, target, answers) -> {
				long number = incidentNumber(target);
				String note = answers.text(TEXT);
				people.require(actor, Role.STAFF);
				CaseActions.requireNote(note, "a resolution note");
				return new Outcome.Later(() -> {
					try {
						actions.resolve(number, actor, note);
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
	}

	private static long incidentNumber(String target) {
		return Targets.number(target, "an incident");
	}

}
