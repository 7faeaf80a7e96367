package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

import dev.frontline.cases.CommandReply;
import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Outcome;
import dev.frontline.people.Actor;

/**
 * Carries every command, press, submission and closed form the core declares between
 * Slack and the conversation port, and renders its forms as modals. A press is answered
 * within Slack's three seconds; what it comes to reaches only the person, through the
 * press's {@code response_url}, or beside the input of the form it is about.
 */
class SlackConversation {

	private static final Logger log = LoggerFactory.getLogger(SlackConversation.class);

	/** Slack's limits on a modal's title, submit and close text. */
	private static final int TITLE_LIMIT = 24;

	/** Slack's limit on a plain text input. */
	private static final int INPUT_LIMIT = 3_000;

	private final Conversation conversation;

	private final SlackUsers users;

	private final SlackInteractions interactions;

	SlackConversation(Conversation conversation, SlackUsers users, SlackInteractions interactions) {
		this.conversation = conversation;
		this.users = users;
		this.interactions = interactions;
	}

	void register(App app) {
		for (String name : conversation.commands()) {
			app.command(name, (request, context) -> {
				Actor actor = users.actorOrId(request.getPayload().getUserId());
				Outcome outcome = conversation.command(actor, name, request.getPayload().getText());
				if (outcome instanceof Outcome.Show show) {
					String problem = open(context.client(), actor, show.form(), request.getPayload().getTriggerId());
					return problem == null ? context.ack()
							: context.ack(r -> r.responseType("ephemeral").text(SlackText.escape(problem)));
				}
				CommandReply reply = CommandReply.of(outcome);
				return context.ack(r -> r.responseType("ephemeral")
					.text(SlackReplies.fallback(reply))
					.blocks(SlackReplies.blocks(reply)));
			});
		}
		for (String action : conversation.buttons()) {
			app.blockAction(action, (request, context) -> {
				Actor actor = users.actorOf(request);
				Outcome outcome = conversation.press(actor, action, SlackInteractions.pressedValue(request));
				answerPress(context, actor, outcome, request.getPayload().getTriggerId());
				return context.ack();
			});
		}
		for (String form : conversation.forms()) {
			app.viewSubmission(form, (request, context) -> {
				View view = request.getPayload().getView();
				Actor actor = users.actorOf(request);
				Outcome outcome = conversation.submit(actor, form, view.getPrivateMetadata(), answers(view));
				return switch (outcome) {
					case Outcome.Errors errors -> context.ack(r -> r.responseAction("errors").errors(errors.byInput()));
					case Outcome.Show show -> context.ack(r -> r.responseAction("update").view(render(show.form())));
					case Outcome.Done done when conversation.answeredInForm(form) ->
						context.ack(r -> r.responseAction("update")
							.view(message(view.getTitle() == null ? "Frontline" : view.getTitle().getText(),
									done.message())));
					case Outcome.Later later -> {
						interactions.afterAck(() -> log.info("{} by {}: {}", form, actor.userId(), later.work().get()));
						yield context.ack();
					}
					// Slack closes the form; the card and thread show what it did.
					default -> context.ack();
				};
			});
		}
		for (String form : conversation.formsToldWhenClosed()) {
			app.viewClosed(form, (request, context) -> {
				conversation.closed(users.actorOf(request), form, request.getPayload().getView().getPrivateMetadata());
				return context.ack();
			});
		}
	}

	private void answerPress(ActionContext context, Actor actor, Outcome outcome, String triggerId) {
		switch (outcome) {
			case Outcome.Nothing nothing -> {
			}
			case Outcome.Done done -> interactions.tellPrivately(context, done.message());
			case Outcome.Refused refused -> interactions.tellPrivately(context, refused.reason());
			case Outcome.Errors errors -> interactions.tellPrivately(context, errors.sentence());
			case Outcome.Answer answer -> interactions.tellPrivately(context, answer.text());
			case Outcome.Show show -> {
				String problem = open(context.client(), actor, show.form(), triggerId);
				if (problem != null) {
					interactions.tellPrivately(context, problem);
				}
			}
			case Outcome.Later later ->
				interactions.afterAck(() -> answerPress(context, actor, later.work().get(), triggerId));
		}
	}

	/**
	 * Opens a form: {@code views.open} must use the trigger within three seconds, so it
	 * runs before the acknowledgement.
	 * @return null when it opened, else what to tell the person
	 */
	private @Nullable String open(MethodsClient client, Actor actor, Form form, String triggerId) {
		try {
			var opened = client.viewsOpen(r -> r.triggerId(triggerId).view(render(form)));
			if (!opened.isOk()) {
				throw new IllegalStateException(opened.getError());
			}
			return null;
		}
		catch (Exception ex) {
			log.warn("A form could not be opened: {}", ex.toString());
			conversation.closed(actor, form.id(), form.target());
			return "Sorry, that form could not be opened. Please try again.";
		}
	}

	/** A modal that only says something, in the place of the form that led to it. */
	private static View message(String title, String text) {
		return view(v -> v.type("modal")
			.title(viewTitle(t -> t.type("plain_text").text(SlackText.fit(title, TITLE_LIMIT))))
			.close(viewClose(c -> c.type("plain_text").text("Close")))
			.blocks(List.of(section(s -> s.text(plainText(SlackText.fit(SlackText.escape(text), 2_900)))))));
	}

	/** A form as a modal: each input a block named after it, its text inert. */
	static View render(Form form) {
		List<LayoutBlock> blocks = form.fields().stream().map(SlackConversation::block).toList();
		return view(v -> v.type("modal")
			.callbackId(form.id())
			.privateMetadata(form.target())
			.notifyOnClose(form.tellWhenClosed())
			.title(viewTitle(t -> t.type("plain_text").text(SlackText.fit(form.title(), TITLE_LIMIT))))
			.submit(viewSubmit(s -> s.type("plain_text").text(SlackText.fit(form.submit(), TITLE_LIMIT))))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(blocks));
	}

	private static LayoutBlock block(Field field) {
		return switch (field) {
			case Field.Text text ->
				section(s -> s.text(plainText(SlackText.fit(SlackText.untrusted(text.text()), 2_900))));
			case Field.ShortText text -> textInput(text.name(), text.label(), text.hint(), text.initial(),
					text.maxLength(), text.required(), false);
			case Field.LongText text -> textInput(text.name(), text.label(), text.hint(), text.initial(),
					text.maxLength(), text.required(), true);
			case Field.Checkbox box -> {
				OptionObject ticked = option(plainText(box.option()), box.name());
				yield input(i -> i.blockId(box.name())
					.optional(true)
					.label(plainText(box.label()))
					.element(checkboxes(c -> c.actionId(SlackInteractions.INPUT)
						.options(List.of(ticked))
						.initialOptions(box.ticked() ? List.of(ticked) : null))));
			}
			case Field.PersonPicker picker -> input(i -> i.blockId(picker.name())
				.label(plainText(picker.label()))
				.hint(picker.hint() == null ? null : plainText(picker.hint()))
				.element(usersSelect(u -> u.actionId(SlackInteractions.INPUT))));
			case Field.Choice choice -> input(i -> i.blockId(choice.name())
				.label(plainText(choice.label()))
				.hint(choice.hint() == null ? null : plainText(choice.hint()))
				.element(staticSelect(select -> select.actionId(SlackInteractions.INPUT)
					.options(choice.options()
						.stream()
						.map(option -> option(plainText(option.label()), option.value()))
						.toList()))));
		};
	}

	private static LayoutBlock textInput(String name, String label, String hint, String initial, int maxLength,
			boolean required, boolean multiline) {
		return input(i -> i.blockId(name)
			.optional(!required)
			.label(plainText(label))
			.hint(hint == null ? null : plainText(hint))
			.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
				.multiline(multiline)
				.initialValue(initial == null ? null : SlackText.fit(initial, Math.min(maxLength, INPUT_LIMIT)))
				.maxLength(Math.min(maxLength, INPUT_LIMIT)))));
	}

	/**
	 * The answers in a submitted modal's state, by block: the block is the input's name.
	 */
	private Answers answers(View view) {
		Map<String, String> values = new HashMap<>();
		Map<String, Actor> people = new HashMap<>();
		view.getState().getValues().forEach((block, elements) -> {
			ViewState.Value value = elements.get(SlackInteractions.INPUT);
			if (value == null) {
				return;
			}
			if (value.getSelectedUser() != null) {
				people.put(block, users.actorOrId(value.getSelectedUser()));
			}
			else if (value.getSelectedOption() != null && value.getSelectedOption().getValue() != null) {
				values.put(block, value.getSelectedOption().getValue());
			}
			else if (value.getSelectedOptions() != null) {
				values.put(block, String.valueOf(!value.getSelectedOptions().isEmpty()));
			}
			else if (value.getValue() != null) {
				values.put(block, value.getValue());
			}
		});
		return new Answers(values, people);
	}

}
