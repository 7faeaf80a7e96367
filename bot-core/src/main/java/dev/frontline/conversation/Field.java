package dev.frontline.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One part of a {@link Form}: a line of text to read, or an input whose answer comes back
 * under its name. Every string is plain text and may quote a customer: renderers show it
 * inert.
 */
public sealed interface Field {

	/** A line to read, such as what the form changes. */
	record Text(String text) implements Field {
	}

	/** An input: it has a name its answer comes back under, and a label. */
	sealed interface Input extends Field {

		String name();

		String label();

		boolean required();

	}

	/** Text typed in, in one line or several; renderers differ only in the lines. */
	sealed interface TextInput extends Input {

		@Nullable String hint();

		@Nullable String initial();

		int maxLength();

		default boolean multiline() {
			return this instanceof LongText;
		}

	}

	/** One line of text. */
	record ShortText(String name, String label, @Nullable String hint, @Nullable String initial, int maxLength,
			boolean required) implements TextInput {

		public ShortText {
			Form.requireLimit(name, maxLength);
		}

	}

	/** Several lines of text. */
	record LongText(String name, String label, @Nullable String hint, @Nullable String initial, int maxLength,
			boolean required) implements TextInput {

		public LongText {
			Form.requireLimit(name, maxLength);
		}

	}

	/** One box to tick, saying what ticking it does. */
	record Checkbox(String name, String label, String option, boolean ticked) implements Input {

		@Override
		public boolean required() {
			return false;
		}

	}

	/** A person of the platform, chosen from its directory. */
	record PersonPicker(String name, String label, @Nullable String hint) implements Input {

		@Override
		public boolean required() {
			return true;
		}

	}

	/** One of a few options. */
	record Choice(String name, String label, @Nullable String hint, List<Option> options) implements Input {

		public Choice {
			options = List.copyOf(options);
		}

		@Override
		public boolean required() {
			return true;
		}

	}

	/** An option of a {@link Choice}: the value that comes back and what it says. */
	record Option(String value, String label) {
	}

}
