package dev.frontline.discord;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import dev.frontline.conversation.Answers;
import dev.frontline.conversation.ButtonIds;
import dev.frontline.conversation.CommandOptions;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Outcome;
import dev.frontline.people.Actor;

/**
 * Carries every press, submission and command between Discord and the conversation port:
 * a press or a modal by the action its custom id names, a command by its name. Every
 * interaction is answered within Discord's three seconds, once; what it comes to reaches
 * only the person. A modal cannot stay open to show what is wrong, so errors are told
 * privately. Whatever fails unexpectedly is logged and the person told so, never left
 * with a spinning button.
 */
class DiscordConversation extends ListenerAdapter {

	private static final Logger log = LoggerFactory.getLogger(DiscordConversation.class);

	private final Conversation conversation;

	private final DiscordUsers users;

	DiscordConversation(Conversation conversation, DiscordUsers users) {
		this.conversation = conversation;
		this.users = users;
	}

	@Override
	public void onButtonInteraction(ButtonInteractionEvent event) {
		String action = ButtonIds.action(event.getComponentId());
		String target = ButtonIds.target(event.getComponentId());
		carry(event, () -> {
			if (action.equals(Conversation.CHOOSE)) {
				choose(event, target);
				return;
			}
			Actor actor = users.actorOf(event);
			answerPress(event, actor, conversation.press(actor, action, target));
		});
	}

	@Override
	public void onModalInteraction(ModalInteractionEvent event) {
		String form = ButtonIds.action(event.getModalId());
		carry(event, () -> {
			// Answered at once, privately: the decision may take a moment.
			event.deferReply(true).queue();
			Actor actor = users.actorOf(event);
			Answers answers = answers(event);
			Outcome outcome = conversation.submit(actor, form, ButtonIds.target(event.getModalId()), answers);
			if (outcome instanceof Outcome.Later later) {
				outcome = later.work().get();
			}
			tell(event, switch (outcome) {
				// A modal cannot open another: a form asking one choice becomes buttons.
				case Outcome.Show show -> DiscordForms.choices(show.form());
				case Outcome.Errors errors ->
					DiscordMessages.text(conversation.refusedKeepingAnswer(form, errors, answers));
				default -> DiscordMessages.text(said(outcome));
			});
		});
	}

	/**
	 * A command's answer is private, deferred at once so Discord's three seconds never
	 * run out while the core looks things up; a picture it has is attached. A command
	 * whose answer is a form is not deferred: a form must be the first answer.
	 */
	@Override
	public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
		String name = "/" + event.getName();
		carry(event, () -> {
			Optional<CommandOptions> command = conversation.commandOptions(name);
			String typed = command
				.map(offered -> offered.typedFrom(option -> event.getOption(option, OptionMapping::getAsString)))
				.orElse("");
			if (command.isPresent() && command.get().showsForm()) {
				Actor actor = users.actorOf(event);
				Outcome outcome = conversation.command(actor, name, typed);
				if (outcome instanceof Outcome.Show show) {
					open(event, actor, show.form());
				}
				else {
					tell(event, DiscordMessages.reply(Outcome.Answer.of(outcome)));
				}
				return;
			}
			event.deferReply(true).queue();
			Outcome.Answer answer = Outcome.Answer.of(conversation.command(users.actorOf(event), name, typed));
			MessageCreateData message = answer.picture() != null ? DiscordMessages.image(answer.picture().get())
					: DiscordMessages.reply(answer);
			event.getHook().editOriginal(MessageEditData.fromCreateData(message)).queue();
		});
	}

	/**
	 * A choice offered as buttons: the message that offered it becomes what it came to,
	 * so it is made once.
	 */
	private void choose(ButtonInteractionEvent event, String chosen) {
		event.deferEdit().queue();
		Outcome outcome = conversation.choose(users.actorOf(event), chosen);
		event.getHook().editOriginal(MessageEditData.fromCreateData(DiscordMessages.text(said(outcome)))).queue();
	}

	/** What the person reads of an outcome that is not a form. */
	private static String said(Outcome outcome) {
		return switch (outcome) {
			case Outcome.Later later -> said(later.work().get());
			case Outcome.Show show -> Conversation.TRY_AGAIN;
			default -> Outcome.words(outcome).orElse("Done.");
		};
	}

	/**
	 * A form, or what the person reads, is the first answer to a press; a press that
	 * changes only the card is answered by deferring the edit (the card changes through
	 * the delivery queue). Work that may take longer is done after the press is answered.
	 */
	private void answerPress(ButtonInteractionEvent event, Actor actor, Outcome outcome) {
		switch (outcome) {
			case Outcome.Show show -> open(event, actor, show.form());
			case Outcome.Later later -> {
				event.deferEdit().queue();
				Outcome.words(later.work().get()).ifPresent(words -> tell(event, DiscordMessages.text(words)));
			}
			default -> Outcome.words(outcome)
				.ifPresentOrElse(words -> tell(event, DiscordMessages.text(words)), () -> event.deferEdit().queue());
		}
	}

	/**
	 * Opens a form as the first answer to an interaction; undone when it did not open.
	 */
	private <E extends IModalCallback> void open(E event, Actor actor, Form form) {
		event.replyModal(DiscordForms.modal(form)).queue(null, failure -> {
			log.warn("A form could not be opened: {}", failure.toString());
			conversation.notShown(actor, form);
		});
	}

	/** The answers of a submitted modal, by input: its custom id is the input's name. */
	private Answers answers(ModalInteractionEvent event) {
		Map<String, String> values = new HashMap<>();
		Map<String, Actor> people = new HashMap<>();
		for (ModalMapping value : event.getValues()) {
			String name = value.getCustomId();
			switch (value.getType()) {
				case USER_SELECT -> value.getAsStringList()
					.stream()
					.findFirst()
					.ifPresent(id -> people.put(name, users.actorOrId(event.getJDA(), id, null)));
				case STRING_SELECT -> values.put(name, value.getAsStringList().stream().findFirst().orElse(""));
				case CHECKBOX -> values.put(name, String.valueOf(value.getAsBoolean()));
				default -> values.put(name, Objects.requireNonNullElse(value.getAsString(), ""));
			}
		}
		return new Answers(values, people);
	}

	private static void carry(IReplyCallback event, Runnable handler) {
		try {
			handler.run();
		}
		catch (RuntimeException ex) {
			log.warn("Handling a Discord interaction failed", ex);
			tell(event, DiscordMessages.text(Conversation.TRY_AGAIN));
		}
	}

	/** Tells only the person, whether or not the interaction was answered already. */
	private static void tell(IReplyCallback event, MessageCreateData message) {
		if (event.isAcknowledged()) {
			event.getHook().sendMessage(message).setEphemeral(true).queue();
		}
		else {
			event.reply(message).setEphemeral(true).queue();
		}
	}

}
