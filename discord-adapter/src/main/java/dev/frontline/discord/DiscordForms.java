package dev.frontline.discord;

import org.jspecify.annotations.Nullable;

import net.dv8tion.jda.api.components.ModalTopLevelComponent;
import net.dv8tion.jda.api.components.checkbox.Checkbox;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.label.LabelChildComponent;
import net.dv8tion.jda.api.components.selections.EntitySelectMenu;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;

/**
 * The core's forms as Discord shows them: a modal of at most five components, its custom
 * id the form and its target; or, where a modal cannot open (after another), a form
 * asking one choice as a private message with a button for each option.
 */
final class DiscordForms {

	/** Discord shows at most this many components in a modal. */
	static final int MODAL_COMPONENTS = 5;

	private DiscordForms() {
	}

	static Modal modal(Form form) {
		return Modal
			.create(DiscordMessages.customId(form.id(), form.target()),
					DiscordText.plain(form.title(), Modal.MAX_TITLE_LENGTH))
			.addComponents(form.within(MODAL_COMPONENTS).stream().map(DiscordForms::component).toList())
			.build();
	}

	/** A form asking one choice: its lines, and a button for each option. */
	static MessageCreateData choices(Form form) {
		if (form.choiceButtons().isEmpty()) {
			return DiscordMessages.text(Conversation.TRY_AGAIN);
		}
		return DiscordMessages.direct(String.join("\n\n", form.lines()), form.choiceButtons());
	}

	private static ModalTopLevelComponent component(Field field) {
		return switch (field) {
			case Field.Text text -> TextDisplay.of(DiscordText.fit(DiscordText.untrusted(text.text()), 2_000));
			case Field.TextInput text -> {
				int limit = Math.min(text.maxLength(), TextInput.MAX_VALUE_LENGTH);
				TextInput.Builder input = TextInput
					.create(text.name(), text.multiline() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
					.setRequired(text.required())
					.setMaxLength(limit);
				if (text.initial() != null && !text.initial().isEmpty()) {
					input.setValue(DiscordText.fit(text.initial(), limit));
				}
				yield labelled(text.label(), input.build(), text.hint());
			}
			case Field.Checkbox box -> Label.of(DiscordText.plain(box.label(), Label.LABEL_MAX_LENGTH),
					DiscordText.plain(box.option(), Label.DESCRIPTION_MAX_LENGTH),
					Checkbox.of(box.name(), box.ticked()));
			case Field.PersonPicker picker -> labelled(picker.label(),
					EntitySelectMenu.create(picker.name(), EntitySelectMenu.SelectTarget.USER).build(), picker.hint());
			case Field.Choice choice -> labelled(choice.label(),
					StringSelectMenu.create(choice.name())
						.addOptions(choice.options()
							.stream()
							.map(option -> SelectOption.of(option.label(), option.value()))
							.toList())
						.setRequiredRange(1, 1)
						.build(),
					choice.hint());
		};
	}

	private static Label labelled(String label, LabelChildComponent input, @Nullable String hint) {
		Label labelled = Label.of(DiscordText.plain(label, Label.LABEL_MAX_LENGTH), input);
		return hint == null ? labelled
				: labelled.withDescription(DiscordText.plain(hint, Label.DESCRIPTION_MAX_LENGTH));
	}

}
