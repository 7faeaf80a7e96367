package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButton;
import dev.frontline.followups.FollowUpSettings;
import dev.frontline.followups.FollowUpStep;
import dev.frontline.followups.FollowUps;
import dev.frontline.followups.StepButton;
import dev.frontline.people.Actor;
import dev.frontline.people.People;

/**
 * Follow-up plans in Slack: {@code Plan follow-up} and {@code Done} act at once;
 * {@code Add step}, {@code Edit}, {@code Waive} and {@code Reassign} (a user picker) open
 * a form. A refusal reaches only the person who pressed, or shows inside the form.
 */
class SlackFollowUpButtons {

	static final String TITLE_BLOCK = "title";

	static final String DUE_BLOCK = "due";

	static final String REASON_BLOCK = "reason";

	static final String OWNER_BLOCK = "owner";

	private static final String DUE_HINT = "30m, 4h, 2d or 1d 4h from now, or a time such as 2026-11-24T14:00:00Z";

	private final FollowUps followUps;

	private final People people;

	private final SlackUsers users;

	private final SlackInteractions interactions;

	SlackFollowUpButtons(FollowUps followUps, People people, SlackUsers users, SlackInteractions interactions) {
		this.followUps = followUps;
		this.people = people;
		this.users = users;
		this.interactions = interactions;
	}

	void register(App app) {
		app.blockAction(CaseButton.PLAN_FOLLOW_UP.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			actAtOnce(context, () -> followUps.plan(SlackInteractions.number(value, "a case"), actor));
			return context.ack();
		});
		app.blockAction(StepButton.DONE.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			actAtOnce(context, () -> followUps.done(followUps.pressedStep(value).id(), actor));
			return context.ack();
		});
		app.blockAction(CaseButton.ADD_STEP.id(), (request, context) -> {
			String value = SlackInteractions.pressedValue(request);
			openForm(context, users.actorOf(request), request.getPayload().getTriggerId(),
					() -> stepForm(CaseButton.ADD_STEP.id(), String.valueOf(SlackInteractions.number(value, "a case")),
							"Add step", "Case " + value, null));
			return context.ack();
		});
		app.viewSubmission(CaseButton.ADD_STEP.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return submitStep(context, view,
					(title, due) -> followUps.addStep(metadataNumber(view), actor, title, due));
		});
		app.blockAction(StepButton.EDIT.id(), (request, context) -> {
			String value = SlackInteractions.pressedValue(request);
			openForm(context, users.actorOf(request), request.getPayload().getTriggerId(), () -> {
				FollowUpStep step = followUps.pressedStep(value);
				return stepForm(StepButton.EDIT.id(), String.valueOf(step.id()), "Edit step",
						"Step " + step.ref() + " of case " + step.caseNumber(), step);
			});
			return context.ack();
		});
		app.viewSubmission(StepButton.EDIT.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return submitStep(context, view, (title, due) -> followUps.edit(metadataNumber(view), actor, title, due));
		});
		app.blockAction(StepButton.WAIVE.id(), (request, context) -> {
			String value = SlackInteractions.pressedValue(request);
			openForm(context, users.actorOf(request), request.getPayload().getTriggerId(),
					() -> form(StepButton.WAIVE.id(), String.valueOf(followUps.pressedStep(value).id()), "Waive step",
							"Step " + followUps.pressedStep(value).ref() + " is no longer needed.",
							input(i -> i.blockId(REASON_BLOCK)
								.label(plainText("Why?"))
								.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
									.multiline(true)
									.maxLength(CaseActions.MAX_NOTE_LENGTH)))),
							"Waive"));
			return context.ack();
		});
		app.viewSubmission(StepButton.WAIVE.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return answer(context, REASON_BLOCK, decide(() -> followUps.waive(metadataNumber(view), actor,
					SlackInteractions.inputValue(view, REASON_BLOCK))));
		});
		app.blockAction(StepButton.REASSIGN.id(), (request, context) -> {
			String value = SlackInteractions.pressedValue(request);
			openForm(context, users.actorOf(request), request.getPayload().getTriggerId(),
					() -> form(StepButton.REASSIGN.id(), String.valueOf(followUps.pressedStep(value).id()),
							"Reassign step",
							"Step " + followUps.pressedStep(value).ref()
									+ ": who does it now? They are reminded before it is due.",
							input(i -> i.blockId(OWNER_BLOCK)
								.label(plainText("New owner"))
								.element(usersSelect(u -> u.actionId(SlackInteractions.INPUT)))),
							"Reassign"));
			return context.ack();
		});
		app.viewSubmission(StepButton.REASSIGN.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			String chosen = selectedUser(view, OWNER_BLOCK);
			return answer(context, OWNER_BLOCK, decide(() -> {
				if (chosen == null) {
					throw new IllegalArgumentException("Please choose who does the step.");
				}
				followUps.reassign(metadataNumber(view), actor, users.actorOrId(chosen));
			}));
		});
	}

	private interface StepChange {

		void apply(String title, String due);

	}

	/** Checks the due time first, so its error shows beside it. */
	private Response submitStep(ViewSubmissionContext context, View view, StepChange change) {
		String title = SlackInteractions.inputValue(view, TITLE_BLOCK);
		String due = SlackInteractions.inputValue(view, DUE_BLOCK);
		String dueProblem = decide(() -> followUps.parseDue(due));
		if (dueProblem != null) {
			return answer(context, DUE_BLOCK, dueProblem);
		}
		return answer(context, TITLE_BLOCK, decide(() -> change.apply(title, due)));
	}

	private void actAtOnce(ActionContext context, Runnable action) {
		String problem = decide(action);
		if (problem != null) {
			interactions.tellPrivately(context, problem);
		}
	}

	private void openForm(ActionContext context, Actor actor, String triggerId, SlackInteractions.FormBuilder form) {
		interactions.openForm(context, actor, people, triggerId, form, null);
	}

	private static View stepForm(String callbackId, String metadata, String title, String subject,
			@Nullable FollowUpStep step) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(s -> s.text(plainText(SlackText.escape(subject)))));
		blocks.add(input(i -> i.blockId(TITLE_BLOCK)
			.label(plainText("What to do"))
			.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
				.initialValue(step == null ? null : step.title())
				.maxLength(FollowUpSettings.MAX_TITLE)))));
		blocks.add(input(i -> i.blockId(DUE_BLOCK)
			.label(plainText("Due"))
			.hint(plainText(DUE_HINT))
			.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
				.initialValue(step == null ? null : step.dueAt().toString())
				.maxLength(40)))));
		return view(v -> v.type("modal")
			.callbackId(callbackId)
			.privateMetadata(metadata)
			.title(viewTitle(t -> t.type("plain_text").text(title)))
			.submit(viewSubmit(s -> s.type("plain_text").text("Save")))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(blocks));
	}

	/** A small form: a line about what it changes, one input, and a submit button. */
	static View form(String callbackId, String metadata, String title, String subject, LayoutBlock input,
			String submit) {
		return view(v -> v.type("modal")
			.callbackId(callbackId)
			.privateMetadata(metadata)
			.title(viewTitle(t -> t.type("plain_text").text(title)))
			.submit(viewSubmit(s -> s.type("plain_text").text(submit)))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(List.of(section(s -> s.text(plainText(SlackText.escape(subject)))), input)));
	}

	/** Who was chosen in a form's user picker. */
	static @Nullable String selectedUser(View view, String blockId) {
		ViewState.Value value = view.getState()
			.getValues()
			.getOrDefault(blockId, Map.of())
			.get(SlackInteractions.INPUT);
		return value == null ? null : value.getSelectedUser();
	}

	private static @Nullable String decide(Runnable decision) {
		return SlackInteractions.decide(decision);
	}

	private static Response answer(ViewSubmissionContext context, String blockId, @Nullable String problem) {
		return SlackInteractions.answer(context, blockId, problem);
	}

	private static long metadataNumber(View view) {
		return SlackInteractions.number(view.getPrivateMetadata(), "a case or step");
	}

}
