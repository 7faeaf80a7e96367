package dev.frontline.discord;

import org.jspecify.annotations.Nullable;

import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;

/** The parts of Discord's forms that more than one kind of input shares. */
final class DiscordInteractions {

	private DiscordInteractions() {
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

}
