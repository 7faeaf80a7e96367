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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

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

	/** The action id of every input in our forms; blocks tell them apart. */
	static final String INPUT = "value";

	private final Conversation conversation;

	private final SlackUsers users;

	/**
	 * Replies to the person after the acknowledgement, so Slack's three seconds are never
	 * at risk.
	 */
	private final ExecutorService afterAck = Executors.newVirtualThreadPerTaskExecutor();

	SlackConversation(Conversation conversation, SlackUsers users) {
		this.conversation = conversation;
		this.users = users;
	}

	void register(App app) {
		for (String name : conversation.commands()) {
			app.command(name, (request, context) -> {
				Actor actor = users.actorOrId(request.getPayload().getUserId());
				Outcome outcome = conversation.command(actor, name, request.getPayload().getText());
				if (outcome instanceof Outcome.Show show) {
					return open(context.client(), actor, show.form(), request.getPayload().getTriggerId())
						.map(problem -> context.ack(r -> r.responseType("ephemeral").text(SlackText.escape(problem))))
						.orElseGet(context::ack);
				}
				Outcome.Answer answer = Outcome.Answer.of(outcome);
				return context.ack(r -> r.responseType("ephemeral")
					.text(SlackText.fit(SlackText.untrusted(answer.text()), 2_900))
					.blocks(CardBlocks.ofAnswer(answer)));
			});
		}
		for (String action : conversation.buttons()) {
			app.blockAction(action, (request, context) -> {
				Actor actor = users.actorOrId(context.getRequestUserId());
				// The pressed button's value is what it acts on, such as a case number.
				String target = request.getPayload().getActions().getFirst().getValue();
				Outcome outcome = conversation.press(actor, action, target);
				answerPress(context, actor, outcome, request.getPayload().getTriggerId());
				return context.ack();
			});
		}
		for (String form : conversation.forms()) {
			app.viewSubmission(form, (request, context) -> {
				View view = request.getPayload().getView();
				Actor actor = users.actorOrId(context.getRequestUserId());
				Outcome outcome = conversation.submit(actor, form, view.getPrivateMetadata(), answers(view));
				return switch (outcome) {
					case Outcome.Errors errors -> context.ack(r -> r.responseAction("errors").errors(errors.byInput()));
					case Outcome.Show show -> context.ack(r -> r.responseAction("update").view(render(show.form())));
					case Outcome.Done done when conversation.answeredInForm(form) ->
						context.ack(r -> r.responseAction("update")
							.view(message(view.getTitle() == null ? "Frontline" : view.getTitle().getText(),
									done.message())));
					case Outcome.Later later -> {
						afterAck.submit(() -> log.info("{} by {}: {}", form, actor.userId(), later.work().get()));
						yield context.ack();
					}
					// Slack closes the form; the card and thread show what it did.
					default -> context.ack();
				};
			});
		}
		for (String form : conversation.formsToldWhenClosed()) {
			app.viewClosed(form, (request, context) -> {
				conversation.closed(users.actorOrId(context.getRequestUserId()), form,
						request.getPayload().getView().getPrivateMetadata());
				return context.ack();
			});
		}
	}

	private void answerPress(ActionContext context, Actor actor, Outcome outcome, String triggerId) {
		switch (outcome) {
			case Outcome.Show show -> open(context.client(), actor, show.form(), triggerId)
				.ifPresent(problem -> afterAck.submit(() -> respondPrivately(context, problem)));
			case Outcome.Later later ->
				afterAck.submit(() -> answerPress(context, actor, later.work().get(), triggerId));
			default ->
				Outcome.words(outcome).ifPresent(words -> afterAck.submit(() -> respondPrivately(context, words)));
		}
	}

	/** Tells only the person who pressed, through the press's {@code response_url}. */
	static void respondPrivately(ActionContext context, String message) {
		try {
			context.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(SlackText.escape(message)));
		}
		catch (Exception ex) {
			log.warn("Could not tell {} privately: {}", context.getRequestUserId(), ex.toString());
		}
	}

	/**
	 * Opens a form: {@code views.open} must use the trigger within three seconds, so it
	 * runs before the acknowledgement.
	 * @return what to tell the person when it did not open
	 */
	private Optional<String> open(MethodsClient client, Actor actor, Form form, String triggerId) {
		try {
			var opened = client.viewsOpen(r -> r.triggerId(triggerId).view(render(form)));
			if (!opened.isOk()) {
				throw new IllegalStateException(opened.getError());
			}
			return Optional.empty();
		}
		catch (Exception ex) {
			log.warn("A form could not be opened: {}", ex.toString());
			return Optional.of(conversation.notShown(actor, form).reason());
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
			case Field.Text text -> CardBlocks.inert(text.text());
			case Field.TextInput text -> textInput(text);
			case Field.Checkbox box -> {
				OptionObject ticked = option(plainText(box.option()), box.name());
				yield input(i -> i.blockId(box.name())
					.optional(true)
					.label(plainText(box.label()))
					.element(checkboxes(c -> c.actionId(INPUT)
						.options(List.of(ticked))
						.initialOptions(box.ticked() ? List.of(ticked) : null))));
			}
			case Field.PersonPicker picker -> input(i -> i.blockId(picker.name())
				.label(plainText(picker.label()))
				.hint(picker.hint() == null ? null : plainText(picker.hint()))
				.element(usersSelect(u -> u.actionId(INPUT))));
			case Field.Choice choice -> input(i -> i.blockId(choice.name())
				.label(plainText(choice.label()))
				.hint(choice.hint() == null ? null : plainText(choice.hint()))
				.element(staticSelect(select -> select.actionId(INPUT)
					.options(choice.options()
						.stream()
						.map(option -> option(plainText(option.label()), option.value()))
						.toList()))));
		};
	}

	private static LayoutBlock textInput(Field.TextInput text) {
		int limit = Math.min(text.maxLength(), INPUT_LIMIT);
		return input(i -> i.blockId(text.name())
			.optional(!text.required())
			.label(plainText(text.label()))
			.hint(text.hint() == null ? null : plainText(text.hint()))
			.element(plainTextInput(p -> p.actionId(INPUT)
				.multiline(text.multiline())
				.initialValue(text.initial() == null ? null : SlackText.fit(text.initial(), limit))
				.maxLength(limit))));
	}

	/**
	 * The answers in a submitted modal's state, by block: the block is the input's name.
	 */
	private Answers answers(View view) {
		Map<String, String> values = new HashMap<>();
		Map<String, Actor> people = new HashMap<>();
		view.getState().getValues().forEach((block, elements) -> {
			ViewState.Value value = elements.get(INPUT);
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
