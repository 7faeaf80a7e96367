package dev.frontline.discord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.ModalTopLevelComponent;
import net.dv8tion.jda.api.components.checkbox.Checkbox;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.EntitySelectMenu;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Outcome;
import dev.frontline.people.Actor;

/**
 * Carries every press and submission the core declares between Discord and the
 * conversation port, and renders its forms as modals. Every interaction is answered
 * within Discord's three seconds, once; what it comes to reaches only the person. A modal
 * cannot stay open to show what is wrong, so errors are told privately, with the answer
 * the core wants kept so nothing typed is lost.
 */
class DiscordConversation {

	private static final Logger log = LoggerFactory.getLogger(DiscordConversation.class);

	/** The action of a button that submits a form with one of its choices. */
	static final String CHOOSE = "choose";

	/** Discord shows at most this many components in a modal. */
	static final int MODAL_COMPONENTS = 5;

	private final Conversation conversation;

	private final DiscordUsers users;

	DiscordConversation(Conversation conversation, DiscordUsers users) {
		this.conversation = conversation;
		this.users = users;
	}

	void register(DiscordRoutes routes) {
		for (String action : conversation.buttons()) {
			routes.button(action, (event, value) -> {
				Actor actor = users.actorOf(event);
				answerPress(event, actor, conversation.press(actor, action, value));
			});
		}
		for (String form : conversation.forms()) {
			routes.modal(form, (event, value) -> {
				// Answered at once, privately: the decision may take a moment.
				event.deferReply(true).queue();
				Actor actor = users.actorOf(event);
				Answers answers = answers(event);
				Outcome outcome = conversation.submit(actor, form, value, answers);
				if (outcome instanceof Outcome.Later later) {
					outcome = later.work().get();
				}
				if (outcome instanceof Outcome.Show show) {
					// A modal cannot open another: a form asking one choice becomes
					// buttons.
					event.getHook().sendMessage(choices(show.form())).setEphemeral(true).queue();
					return;
				}
				String message = switch (outcome) {
					case Outcome.Errors errors -> errors.sentence() + conversation.keptOnRefusal(form)
						.map(answers::text)
						.filter(typed -> !typed.isBlank())
						.map(typed -> "\n\nYour reply as you wrote it, to use again:\n" + typed)
						.orElse("");
					default -> said(outcome);
				};
				DiscordRoutes.refuse(event, message);
			});
		}
		routes.button(CHOOSE, (event, value) -> {
			// The message that offered the choice becomes what it came to, so it is made
			// once.
			event.deferEdit().queue();
			String[] chosen = value.split(":", 3);
			String[] answer = chosen[1].split("=", 2);
			Outcome outcome = conversation.submit(users.actorOf(event), chosen[0], chosen.length > 2 ? chosen[2] : "",
					Answers.of(Map.of(answer[0], answer.length > 1 ? answer[1] : "")));
			event.getHook().editOriginal(MessageEditData.fromCreateData(DiscordMessages.text(said(outcome)))).queue();
		});
	}

	/** What the person reads of an outcome that is not a form. */
	private static String said(Outcome outcome) {
		return switch (outcome) {
			case Outcome.Done done -> done.message();
			case Outcome.Refused refused -> refused.reason();
			case Outcome.Errors errors -> errors.sentence();
			case Outcome.Later later -> said(later.work().get());
			case Outcome.Answer answer -> answer.text();
			case Outcome.Show show -> "Sorry, that did not work. Please try again.";
			case Outcome.Nothing nothing -> "Done.";
		};
	}

	/**
	 * A form that asks one choice, as a private message: its lines, and a button for each
	 * option that submits the form with it.
	 */
	static MessageCreateData choices(Form form) {
		String text = form.fields()
			.stream()
			.filter(Field.Text.class::isInstance)
			.map(field -> ((Field.Text) field).text())
			.collect(Collectors.joining("\n\n"));
		if (form.inputs().size() != 1 || !(form.inputs().getFirst() instanceof Field.Choice choice)) {
			return DiscordMessages.text("Sorry, that did not work. Please try again.");
		}
		List<Button> buttons = new ArrayList<>();
		for (Field.Option option : choice.options()) {
			String id = DiscordMessages.customId(CHOOSE,
					form.id() + ":" + choice.name() + "=" + option.value() + ":" + form.target());
			String label = DiscordText.plain(option.label(), Button.LABEL_MAX_LENGTH);
			buttons.add(buttons.isEmpty() ? Button.primary(id, label) : Button.secondary(id, label));
		}
		return new MessageCreateBuilder().applyData(DiscordMessages.text(text))
			.setComponents(ActionRow.of(buttons))
			.build();
	}

	/**
	 * A form, or what the person reads, is the first answer to a press; a press that
	 * changes only the card is answered by deferring the edit (the card changes through
	 * the delivery queue). Work that may take longer is done after the press is answered.
	 */
	private void answerPress(ButtonInteractionEvent event, Actor actor, Outcome outcome) {
		switch (outcome) {
			case Outcome.Show show -> open(event, actor, show.form());
			case Outcome.Done done -> DiscordRoutes.refuse(event, done.message());
			case Outcome.Refused refused -> DiscordRoutes.refuse(event, refused.reason());
			case Outcome.Errors errors -> DiscordRoutes.refuse(event, errors.sentence());
			case Outcome.Answer answer -> DiscordRoutes.refuse(event, answer.text());
			case Outcome.Nothing nothing -> event.deferEdit().queue();
			case Outcome.Later later -> {
				event.deferEdit().queue();
				String message = switch (later.work().get()) {
					case Outcome.Done done -> done.message();
					case Outcome.Refused refused -> refused.reason();
					case Outcome.Errors errors -> errors.sentence();
					default -> null;
				};
				if (message != null) {
					event.getHook().sendMessage(DiscordMessages.text(message)).setEphemeral(true).queue();
				}
			}
		}
	}

	/**
	 * Opens a form as the first answer to an interaction; undone when it did not open.
	 */
	<E extends IModalCallback> void open(E event, Actor actor, Form form) {
		event.replyModal(render(form)).queue(null, failure -> {
			log.warn("A form could not be opened: {}", failure.toString());
			conversation.closed(actor, form.id(), form.target());
		});
	}

	/**
	 * A form as a modal, its custom id the form and its target. Discord shows five
	 * components: lines of text beyond that are joined into one, or left out when the
	 * inputs fill the form (its title still says what it is).
	 */
	static Modal render(Form form) {
		List<Field> fields = new ArrayList<>(form.fields());
		if (fields.size() > MODAL_COMPONENTS) {
			List<String> lines = fields.stream()
				.filter(Field.Text.class::isInstance)
				.map(field -> ((Field.Text) field).text())
				.toList();
			fields.removeIf(Field.Text.class::isInstance);
			// Inputs come first: lines of text are shown only while there is room.
			if (!lines.isEmpty() && fields.size() < MODAL_COMPONENTS) {
				fields.addFirst(new Field.Text(String.join("\n", lines)));
			}
		}
		List<ModalTopLevelComponent> components = fields.stream().map(DiscordConversation::component).toList();
		return Modal
			.create(DiscordMessages.customId(form.id(), form.target()),
					DiscordText.plain(form.title(), Modal.MAX_TITLE_LENGTH))
			.addComponents(components)
			.build();
	}

	private static ModalTopLevelComponent component(Field field) {
		return switch (field) {
			case Field.Text text -> TextDisplay.of(DiscordText.fit(DiscordText.untrusted(text.text()), 2_000));
			case Field.ShortText text -> withHint(DiscordInteractions.text(text.name(), text.label(), text.initial(),
					text.required(), false, text.maxLength()), text.hint());
			case Field.LongText text -> withHint(DiscordInteractions.text(text.name(), text.label(), text.initial(),
					text.required(), true, text.maxLength()), text.hint());
			case Field.Checkbox box -> Label.of(DiscordText.plain(box.label(), Label.LABEL_MAX_LENGTH),
					DiscordText.plain(box.option(), Label.DESCRIPTION_MAX_LENGTH),
					Checkbox.of(box.name(), box.ticked()));
			case Field.PersonPicker picker -> withHint(
					Label.of(DiscordText.plain(picker.label(), Label.LABEL_MAX_LENGTH),
							EntitySelectMenu.create(picker.name(), EntitySelectMenu.SelectTarget.USER).build()),
					picker.hint());
			case Field.Choice choice -> withHint(Label.of(DiscordText.plain(choice.label(), Label.LABEL_MAX_LENGTH),
					StringSelectMenu.create(choice.name())
						.addOptions(choice.options()
							.stream()
							.map(option -> SelectOption.of(option.label(), option.value()))
							.toList())
						.setRequiredRange(1, 1)
						.build()),
					choice.hint());
		};
	}

	private static Label withHint(Label label, String hint) {
		return hint == null ? label : label.withDescription(DiscordText.plain(hint, Label.DESCRIPTION_MAX_LENGTH));
	}

	/** The answers of a submitted modal, by input: its custom id is the input's name. */
	private Answers answers(ModalInteractionEvent event) {
		Map<String, String> values = new HashMap<>();
		Map<String, Actor> people = new HashMap<>();
		for (ModalMapping value : event.getValues()) {
			String name = value.getCustomId();
			Component.Type type = value.getType();
			if (type == Component.Type.USER_SELECT) {
				if (!value.getAsStringList().isEmpty()) {
					people.put(name, users.actorOrId(event.getJDA(), value.getAsStringList().getFirst(), null));
				}
			}
			else if (type == Component.Type.STRING_SELECT) {
				values.put(name, value.getAsStringList().isEmpty() ? "" : value.getAsStringList().getFirst());
			}
			else if (type == Component.Type.CHECKBOX) {
				values.put(name, String.valueOf(value.getAsBoolean()));
			}
			else {
				values.put(name, value.getAsString() == null ? "" : value.getAsString());
			}
		}
		return new Answers(values, people);
	}

}
