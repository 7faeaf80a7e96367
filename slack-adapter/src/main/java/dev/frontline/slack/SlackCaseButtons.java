package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButton;
import dev.frontline.cases.CaseConflictException;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.followups.FollowUps;
import dev.frontline.cases.UnknownCaseException;
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
 * {@code Escalate} and {@code Resolve} open a modal asking why or how, and act when it is
 * submitted. An incident's buttons act on all its cases, which may take a while, so they
 * act after the press was acknowledged. A refusal reaches only the person who pressed.
 */
class SlackCaseButtons {

	private static final Logger log = LoggerFactory.getLogger(SlackCaseButtons.class);

	static final String TEXT_BLOCK = "text";

	static final String WAIVE_BLOCK = "waive";

	private final CaseActions actions;

	private final IncidentActions incidentActions;

	private final People people;

	private final SlackUsers users;

	private final SlackInteractions interactions;

	private final Cases cases;

	private final FollowUps followUps;

	SlackCaseButtons(CaseActions actions, IncidentActions incidentActions, People people, SlackUsers users,
			SlackInteractions interactions, Cases cases, FollowUps followUps) {
		this.interactions = interactions;
		this.cases = cases;
		this.followUps = followUps;
		this.actions = actions;
		this.incidentActions = incidentActions;
		this.people = people;
		this.users = users;
	}

	void register(App app) {
		app.blockAction(CaseButton.ACKNOWLEDGE.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			try {
				actions.acknowledge(caseNumber(value), actor);
			}
			catch (NotPermittedException | CaseConflictException | UnknownCaseException | IllegalArgumentException ex) {
				tellPrivately(context, ex.getMessage());
			}
			return context.ack();
		});
		app.blockAction(CaseButton.ESCALATE.id(), (request, context) -> {
			openModal(context, users.actorOf(request), SlackInteractions.pressedValue(request),
					SlackCaseButtons::caseNumber, request.getPayload().getTriggerId(), CaseButton.ESCALATE.id(), "case",
					"Why escalate?", "Escalate");
			return context.ack();
		});
		app.blockAction(CaseButton.RESOLVE.id(), (request, context) -> {
			openModal(context, users.actorOf(request), SlackInteractions.pressedValue(request),
					SlackCaseButtons::caseNumber, request.getPayload().getTriggerId(), CaseButton.RESOLVE.id(), "case",
					"How was it resolved?", "Resolve", this::openStepsOf);
			return context.ack();
		});
		app.viewSubmission(CaseButton.ESCALATE.id(), (request, context) -> {
			View view = request.getPayload().getView();
			String problem = SlackInteractions.decide(() -> actions.escalate(caseNumber(view.getPrivateMetadata()),
					users.actorOf(request), SlackInteractions.inputValue(view, TEXT_BLOCK)));
			return problem == null ? context.ack()
					: context.ack(r -> r.responseAction("errors").errors(Map.of(TEXT_BLOCK, problem)));
		});
		app.viewSubmission(CaseButton.RESOLVE.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			long number = caseNumber(view.getPrivateMetadata());
			String note = SlackInteractions.inputValue(view, TEXT_BLOCK);
			String problem = SlackInteractions.ticked(view, WAIVE_BLOCK)
					? SlackInteractions.decide(() -> followUps.resolveWaivingOpenSteps(number, actor, note))
					: SlackInteractions.decide(() -> actions.resolve(number, actor, note));
			return SlackInteractions.answer(context, TEXT_BLOCK, problem);
		});
		registerIncidentButtons(app);
	}

	private void registerIncidentButtons(App app) {
		app.blockAction(IncidentButton.ACKNOWLEDGE_ALL.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			afterAck(context, () -> {
				incidentActions.acknowledge(incidentNumber(value), actor);
				return null;
			});
			return context.ack();
		});
		app.blockAction(IncidentButton.AFFECTED_CUSTOMERS.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			afterAck(context, () -> {
				AffectedCustomers affected = incidentActions.listAffected(incidentNumber(value), actor);
				return "The " + affected.customers().size() + " affected customers and a draft notice are in the"
						+ " incident's thread. Nothing was sent to them.";
			});
			return context.ack();
		});
		app.blockAction(IncidentButton.RESOLVE_ALL.id(), (request, context) -> {
			openModal(context, users.actorOf(request), SlackInteractions.pressedValue(request),
					SlackCaseButtons::incidentNumber, request.getPayload().getTriggerId(),
					IncidentButton.RESOLVE_ALL.id(), "incident",
					"How was it resolved? Every case of it is resolved with this note.", "Resolve");
			return context.ack();
		});
		app.viewSubmission(IncidentButton.RESOLVE_ALL.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			String note = SlackInteractions.inputValue(view, TEXT_BLOCK);
			// Checked before the acknowledgement, so the form can say what is wrong; the
			// resolution itself runs after it.
			String problem = SlackInteractions.decide(() -> {
				people.require(actor, Role.STAFF);
				CaseActions.requireNote(note, "a resolution note");
			});
			if (problem != null) {
				return context.ack(r -> r.responseAction("errors").errors(Map.of(TEXT_BLOCK, problem)));
			}
			long number = incidentNumber(view.getPrivateMetadata());
			interactions.afterAck(() -> {
				try {
					incidentActions.resolve(number, actor, note);
				}
				catch (RuntimeException ex) {
					// Resolved by someone else meanwhile, most likely; the card shows it.
					log.info("Incident {} was not resolved by {}: {}", number, actor.userId(), ex.getMessage());
				}
			});
			return context.ack();
		});
	}

	/**
	 * Acts after the acknowledgement; what it returns, or why it was refused, reaches the
	 * person privately.
	 */
	private void afterAck(ActionContext context, Callable<String> action) {
		interactions.afterAck(() -> {
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
				tellPrivately(context, message);
			}
		});
	}

	private void openModal(ActionContext context, Actor actor, String value, ToLongFunction<String> numberOf,
			String triggerId, String callbackId, String subject, String question, String submit) {
		openModal(context, actor, value, numberOf, triggerId, callbackId, subject, question, submit,
				number -> List.of());
	}

	/**
	 * A form asking one question about a case or incident, with any further inputs the
	 * number calls for.
	 */
	private void openModal(ActionContext context, Actor actor, String value, ToLongFunction<String> numberOf,
			String triggerId, String callbackId, String subject, String question, String submit,
			LongFunction<List<LayoutBlock>> extra) {
		interactions.openForm(context, actor, people, triggerId, () -> {
			long number = numberOf.applyAsLong(value);
			List<LayoutBlock> blocks = new ArrayList<>();
			blocks.add(section(s -> s.text(plainText(subject + " " + number))));
			blocks.add(input(i -> i.blockId(TEXT_BLOCK)
				.label(plainText(question))
				.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
					.multiline(true)
					.maxLength(CaseActions.MAX_NOTE_LENGTH)))));
			blocks.addAll(extra.apply(number));
			return view(v -> v.type("modal")
				.callbackId(callbackId)
				.privateMetadata(String.valueOf(number))
				.title(viewTitle(t -> t.type("plain_text").text(submit + " " + subject + " " + number)))
				.submit(viewSubmit(s -> s.type("plain_text").text(submit)))
				.close(viewClose(c -> c.type("plain_text").text("Cancel")))
				.blocks(blocks));
		}, null);
	}

	/**
	 * When the case still has open follow-up steps, the resolve form says so and offers a
	 * supervisor to waive them all with the note.
	 */
	private List<LayoutBlock> openStepsOf(long number) {
		CaseView.Plan plan = cases.find(number).map(CaseView::plan).orElse(null);
		if (plan == null || plan.open() == 0) {
			return List.of();
		}
		OptionObject waive = option(plainText("Waive them all with this note (supervisors)"), "waive");
		return List.of(
				section(s -> s.text(plainText("This case has " + plan.open() + " open follow-up "
						+ (plan.open() == 1 ? "step" : "steps") + ": it is resolved once they are done or waived."))),
				input(i -> i.blockId(WAIVE_BLOCK)
					.optional(true)
					.label(plainText("Open follow-up steps"))
					.element(checkboxes(c -> c.actionId(SlackInteractions.INPUT).options(List.of(waive))))));
	}

	private void tellPrivately(ActionContext context, String message) {
		interactions.tellPrivately(context, message);
	}

	private static long caseNumber(String value) {
		return SlackInteractions.number(value, "a case");
	}

	private static long incidentNumber(String value) {
		return SlackInteractions.number(value, "an incident");
	}

}
