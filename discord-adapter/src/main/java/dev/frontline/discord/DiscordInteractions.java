package dev.frontline.discord;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.dv8tion.jda.api.components.ModalTopLevelComponent;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

import dev.frontline.cases.CaseConflictException;
import dev.frontline.cases.UnknownCaseException;
import dev.frontline.followups.FollowUpConflictException;
import dev.frontline.followups.UnknownStepException;
import dev.frontline.incidents.IncidentConflictException;
import dev.frontline.incidents.UnknownIncidentException;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.replies.ReplyConflictException;
import dev.frontline.replies.UnknownDraftException;
import dev.frontline.storage.DatabaseUnavailable;

/**
 * What every button and form handler shares: answering within Discord's three seconds,
 * telling the presser privately, building and reading forms, and turning the core's
 * refusals into a sentence for the person.
 */
final class DiscordInteractions {

	private static final Logger log = LoggerFactory.getLogger(DiscordInteractions.class);

	/** The longest text a form field takes, within Discord's 4,000. */
	static final int TEXT_LIMIT = 2_000;

	private DiscordInteractions() {
	}

	/**
	 * Runs a decision; returns null when it was taken, else why not, to tell the person.
	 */
	static @Nullable String decide(Runnable decision) {
		try {
			decision.run();
			return null;
		}
		catch (NotPermittedException | CaseConflictException | UnknownCaseException | ReplyConflictException
				| UnknownDraftException | FollowUpConflictException | UnknownStepException | IncidentConflictException
				| UnknownIncidentException | IllegalArgumentException ex) {
			return ex.getMessage();
		}
		catch (RuntimeException ex) {
			if (DatabaseUnavailable.isCause(ex)) {
				return DatabaseUnavailable.TRY_AGAIN;
			}
			throw ex;
		}
	}

	/**
	 * Acknowledges the press at once (the card changes through the delivery queue), then
	 * acts; a refusal reaches only the presser.
	 */
	static void actAtOnce(ButtonInteractionEvent event, Runnable action) {
		event.deferEdit().queue();
		String problem = decide(action);
		if (problem != null) {
			DiscordRoutes.refuse(event, problem);
		}
	}

	/**
	 * Opens a form once the person may act at all. A form must be the first answer to the
	 * press, so it is built before answering; a refusal reaches the person privately.
	 * @param whenNotOpened undoes what building the form recorded, when Discord did not
	 * show it
	 */
	static <E extends IModalCallback & IReplyCallback> void openForm(E event, Actor actor, People people,
			Supplier<Modal> form, @Nullable Runnable whenNotOpened) {
		Modal[] built = new Modal[1];
		String problem = decide(() -> {
			people.require(actor, Role.STAFF);
			built[0] = form.get();
		});
		if (problem != null) {
			DiscordRoutes.refuse(event, problem);
			return;
		}
		event.replyModal(built[0]).queue(null, failure -> {
			log.warn("A form could not be opened: {}", failure.toString());
			if (whenNotOpened != null) {
				whenNotOpened.run();
			}
		});
	}

	/**
	 * Takes a submitted form: answered privately at once, then decided; the person reads
	 * the outcome, or why not.
	 * @param done what the person reads when it worked
	 */
	static void submit(ModalInteractionEvent event, String done, Runnable decision) {
		event.deferReply(true).queue();
		String problem = decide(decision);
		event.getHook().sendMessage(DiscordMessages.text(problem == null ? done : problem)).setEphemeral(true).queue();
	}

	/** A form about one thing (the value), its custom id saying what it does. */
	static Modal form(String action, String value, String title, List<? extends ModalTopLevelComponent> fields) {
		return Modal.create(DiscordMessages.customId(action, value), DiscordText.plain(title, Modal.MAX_TITLE_LENGTH))
			.addComponents(fields)
			.build();
	}

	/** A line of inert text in a form. */
	static TextDisplay says(String text) {
		return TextDisplay.of(DiscordText.fit(DiscordText.untrusted(text), 2_000));
	}

	/** A labelled text field of a form. */
	static Label text(String id, String label, @Nullable String initial, boolean required, boolean multiline,
			int maxLength) {
		TextInput.Builder input = TextInput.create(id, multiline ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
			.setRequired(required)
			.setMaxLength(Math.min(maxLength, TextInput.MAX_VALUE_LENGTH));
		if (initial != null && !initial.isEmpty()) {
			input.setValue(DiscordText.fit(initial, Math.min(maxLength, TextInput.MAX_VALUE_LENGTH)));
		}
		return Label.of(DiscordText.plain(label, Label.LABEL_MAX_LENGTH), input.build());
	}

	/** What was typed into a form's field, or an empty string. */
	static String inputValue(ModalInteractionEvent event, String id) {
		ModalMapping value = event.getValue(id);
		return value == null || value.getAsString() == null ? "" : value.getAsString();
	}

	/**
	 * A number a button or form carries.
	 * @throws IllegalArgumentException naming what it should have named
	 */
	static long number(@Nullable String value, String what) {
		if (value == null || !value.matches("\\d{1,18}")) {
			throw new IllegalArgumentException("That button does not name " + what + ".");
		}
		return Long.parseLong(value);
	}

	/** Tells the person privately after the interaction was answered. */
	static void tellPrivately(IReplyCallback event, String message) {
		DiscordRoutes.refuse(event, message);
	}

}
