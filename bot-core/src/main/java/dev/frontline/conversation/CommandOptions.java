package dev.frontline.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A command as offered option by option, for platforms that ask for its arguments that
 * way (Discord's slash commands) rather than as typed text: what it does, what each
 * option asks, and how the answers are written as the text every platform passes to
 * {@link Conversation#command}, so the command reads them alike everywhere.
 *
 * @param name the command with its slash, such as {@code /case}
 * @param description what it does, in a line
 * @param teamChannelsOnly whether it is offered only where the team works, not in private
 * messages with the bot
 * @param showsForm whether its answer is a form, which some platforms show only as the
 * first answer
 * @param options what it asks, in order
 * @param typed the answers, by option name, as the text typed after the command
 */
public record CommandOptions(String name, String description, boolean teamChannelsOnly, boolean showsForm,
		List<Option> options, Function<Answers, String> typed) {

	public CommandOptions {
		options = List.copyOf(options);
		if (!name.matches("/[a-z]{1,31}")) {
			throw new IllegalArgumentException("a command is a slash and a short lower-case word, not '" + name + "'");
		}
	}

	/**
	 * The text typed after the command, from the options as a platform gives them: each
	 * by name, stripped; null when it was not given.
	 */
	public String typedFrom(Function<String, @Nullable String> given) {
		Map<String, String> answers = new HashMap<>();
		for (Option option : options) {
			String value = given.apply(option.name());
			if (value != null) {
				answers.put(option.name(), value.strip());
			}
		}
		return typed.apply(Answers.of(answers));
	}

	/** What an option takes. */
	public enum Kind {

		NUMBER, TEXT, YES_NO

	}

	/**
	 * One option of a command.
	 *
	 * @param minimum the least a number may be; null when any
	 * @param choices the values it may take, when only a few; empty when any
	 */
	public record Option(String name, Kind kind, String description, boolean required, @Nullable Long minimum,
			List<Field.Option> choices) {

		public Option {
			choices = List.copyOf(choices);
		}

		public static Option number(String name, String description) {
			return new Option(name, Kind.NUMBER, description, false, null, List.of());
		}

		public static Option text(String name, String description) {
			return new Option(name, Kind.TEXT, description, false, null, List.of());
		}

		public static Option yesNo(String name, String description) {
			return new Option(name, Kind.YES_NO, description, false, null, List.of());
		}

		/** This option, one of these values, which must be given. */
		public Option requiredOneOf(Field.Option... values) {
			return new Option(name, kind, description, true, minimum, List.of(values));
		}

		/** This option, one of these values. */
		public Option oneOf(Field.Option... values) {
			return new Option(name, kind, description, required, minimum, List.of(values));
		}

		/** This number, at least this. */
		public Option atLeast(long least) {
			return new Option(name, kind, description, required, least, choices);
		}

	}

}
