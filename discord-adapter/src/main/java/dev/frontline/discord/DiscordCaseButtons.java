package dev.frontline.discord;

import static dev.frontline.discord.DiscordInteractions.form;
import static dev.frontline.discord.DiscordInteractions.inputValue;
import static dev.frontline.discord.DiscordInteractions.number;
import static dev.frontline.discord.DiscordInteractions.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.dv8tion.jda.api.components.ModalTopLevelComponent;
import net.dv8tion.jda.api.components.checkbox.Checkbox;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButton;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.followups.FollowUps;
import dev.frontline.incidents.AffectedCustomers;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.incidents.IncidentButton;
import dev.frontline.incidents.IncidentConflictException;
import dev.frontline.incidents.UnknownIncidentException;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/**
 * The buttons of case and incident cards. {@code Acknowledge} acts at once;
 * {@code Escalate} and {@code Resolve} open a form asking why or how, and act when it is
 * submitted. An incident's buttons act on all its cases, after the press was answered. A
 * refusal reaches only the person who pressed.
 */
class DiscordCaseButtons {

	private static final Logger log = LoggerFactory.getLogger(DiscordCaseButtons.class);

	static final String TEXT = "text";

	static final String WAIVE = "waive";

	private final CaseActions actions;

	private final IncidentActions incidentActions;

	private final Cases cases;

	private final FollowUps followUps;

	private final People people;

	private final DiscordUsers users;

	DiscordCaseButtons(CaseActions actions, IncidentActions incidentActions, Cases cases, FollowUps followUps,
			People people, DiscordUsers users) {
		this.actions = actions;
		this.incidentActions = incidentActions;
		this.cases = cases;
		this.followUps = followUps;
		this.people = people;
		this.users = users;
	}

	void register(DiscordRoutes routes) {
		routes.button(CaseButton.ACKNOWLEDGE.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.actAtOnce(event, () -> actions.acknowledge(caseNumber(value), actor));
		});
		routes.button(CaseButton.ESCALATE.id(), (event, value) -> openForm(event, value, CaseButton.ESCALATE.id(),
				"Escalate case", "Why escalate?", false));
		routes.button(CaseButton.RESOLVE.id(), (event, value) -> openForm(event, value, CaseButton.RESOLVE.id(),
				"Resolve case", "How was it resolved?", true));
		routes.modal(CaseButton.ESCALATE.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.submit(event, "Case " + value + " is escalated.",
					() -> actions.escalate(caseNumber(value), actor, inputValue(event, TEXT)));
		});
		routes.modal(CaseButton.RESOLVE.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			long number = caseNumber(value);
			String note = inputValue(event, TEXT);
			DiscordInteractions.submit(event, "Case " + value + " is resolved.", () -> {
				if (waived(event)) {
					followUps.resolveWaivingOpenSteps(number, actor, note);
				}
				else {
					actions.resolve(number, actor, note);
				}
			});
		});
		registerIncidentButtons(routes);
	}

	private void registerIncidentButtons(DiscordRoutes routes) {
		routes.button(IncidentButton.ACKNOWLEDGE_ALL.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			afterAnswer(event, () -> {
				incidentActions.acknowledge(incidentNumber(value), actor);
				return null;
			});
		});
		routes.button(IncidentButton.AFFECTED_CUSTOMERS.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			afterAnswer(event, () -> {
				AffectedCustomers affected = incidentActions.listAffected(incidentNumber(value), actor);
				return "The " + affected.customers().size() + " affected customers and a draft notice are in the"
						+ " incident's thread. Nothing was sent to them.";
			});
		});
		routes.button(IncidentButton.RESOLVE_ALL.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.openForm(event, actor, people,
					() -> form(IncidentButton.RESOLVE_ALL.id(), String.valueOf(incidentNumber(value)),
							"Resolve incident " + value,
							List.of(text(TEXT, "How was it resolved? Every case of it is resolved with this note.",
									null, true, true, CaseActions.MAX_NOTE_LENGTH))),
					null);
		});
		routes.modal(IncidentButton.RESOLVE_ALL.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			String note = inputValue(event, TEXT);
			// Checked before answering, so the person reads what is wrong; the
			// resolution itself runs after it.
			String problem = DiscordInteractions.decide(() -> {
				people.require(actor, Role.STAFF);
				CaseActions.requireNote(note, "a resolution note");
			});
			if (problem != null) {
				DiscordRoutes.refuse(event, problem);
				return;
			}
			event.deferReply(true).queue();
			long number = incidentNumber(value);
			try {
				incidentActions.resolve(number, actor, note);
				DiscordInteractions.tellPrivately(event, "Incident " + number + " and its cases are resolved.");
			}
			catch (RuntimeException ex) {
				// Resolved by someone else meanwhile, most likely; the card shows it.
				log.info("Incident {} was not resolved by {}: {}", number, actor.userId(), ex.getMessage());
				DiscordInteractions.tellPrivately(event, String.valueOf(ex.getMessage()));
			}
		});
	}

	/**
	 * Answers the press at once, then acts; what the action returns, or why it was
	 * refused, reaches the person privately.
	 */
	private static void afterAnswer(ButtonInteractionEvent event, Callable<String> action) {
		event.deferEdit().queue();
		String message;
		try {
			message = action.call();
		}
		catch (NotPermittedException | IncidentConflictException | UnknownIncidentException
				| IllegalArgumentException ex) {
			message = ex.getMessage();
		}
		catch (Exception ex) {
			log.warn("An incident action failed", ex);
			message = "Sorry, that did not work. Please try again.";
		}
		if (message != null) {
			DiscordInteractions.tellPrivately(event, message);
		}
	}

	/**
	 * A form asking one question about a case; resolving a case with open follow-up steps
	 * also offers a supervisor to waive them.
	 */
	private void openForm(ButtonInteractionEvent event, String value, String action, String title, String question,
			boolean offerWaiver) {
		Actor actor = users.actorOf(event);
		DiscordInteractions.openForm(event, actor, people, () -> {
			long number = caseNumber(value);
			List<ModalTopLevelComponent> fields = new ArrayList<>();
			fields.add(text(TEXT, question, null, true, true, CaseActions.MAX_NOTE_LENGTH));
			if (offerWaiver) {
				CaseView.Plan plan = cases.find(number).map(CaseView::plan).orElse(null);
				if (plan != null && plan.open() > 0) {
					fields.add(Label.of(
							"Waive " + plan.open() + " open follow-up " + (plan.open() == 1 ? "step" : "steps"),
							"Supervisors: resolve now, waiving them with this note", Checkbox.of(WAIVE, false)));
				}
			}
			return form(action, String.valueOf(number), title + " " + number, fields);
		}, null);
	}

	private static boolean waived(ModalInteractionEvent event) {
		ModalMapping waive = event.getValue(WAIVE);
		return waive != null && waive.getAsBoolean();
	}

	private static long caseNumber(String value) {
		return number(value, "a case");
	}

	private static long incidentNumber(String value) {
		return number(value, "an incident");
	}

}
