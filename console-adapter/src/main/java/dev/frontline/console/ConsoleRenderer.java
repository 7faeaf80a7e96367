package dev.frontline.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ThreadNote;

/**
 * Lays cards, thread notes and forms out as text a person can read in a terminal: wrapped
 * to its width, a card's box intact around every wrapped line, each button and form with
 * how it is typed.
 */
final class ConsoleRenderer {

	private static final String BOX = "│ ";

	/** How a button is typed, as the core declares it. */
	private final Function<Card.Action, String> typed;

	ConsoleRenderer(Function<Card.Action, String> typed) {
		this.typed = typed;
	}

	/**
	 * A card in a channel, or shown only to the person who asked when the channel is
	 * null; {@code update} marks a newer version of one shown before.
	 */
	String card(@Nullable String channel, Card card, boolean update, int width) {
		List<String> out = new ArrayList<>();
		String title = marker(card.tone()) + " " + ConsoleText.oneLine(card.title())
				+ (channel == null ? "   (only you see this)" : "   #" + ConsoleText.oneLine(channel))
				+ (update ? "  (card updated)" : "");
		out.addAll(wrapped(title, width, update ? "↻ " : "┌ ", BOX));
		card.fields().forEach(field -> out.addAll(boxed(field.label() + ": " + field.value(), width)));
		if (card.quote() != null) {
			for (String line : ConsoleText.inert(card.quote()).split("\n")) {
				out.addAll(wrapped(line, width, BOX + "> ", BOX + "> "));
			}
		}
		card.details().forEach(detail -> out.addAll(boxed(detail, width)));
		if (card.link() != null) {
			out.addAll(boxed(card.link().label() + ": " + card.link().url(), width));
		}
		if (!card.actions().isEmpty()) {
			out.addAll(boxed(buttons(card.actions()), width));
		}
		out.add("└─");
		return String.join("\n", out);
	}

	/** A line of a card's box, inert, on one line before it is wrapped. */
	private static List<String> boxed(String text, int width) {
		return wrapped(ConsoleText.oneLine(text), width, BOX, BOX + "  ");
	}

	/**
	 * A note in a card's thread, named by what the card is about ({@code Case 1042}), or
	 * by its channel alone when that is not known.
	 */
	String note(String channel, @Nullable String subject, ThreadNote note, int width) {
		String mentions = note.mentions()
			.stream()
			.map(mention -> (mention.group() ? "@group:" : "@") + mention.id())
			.collect(Collectors.joining(" "));
		String head = "↳ #" + ConsoleText.oneLine(channel) + (subject == null ? "" : ", " + subject) + ": "
				+ (mentions.isEmpty() ? "" : mentions + " ");
		return indented(head + ConsoleText.inert(note.text()), note.actions(), width);
	}

	String direct(String userId, ThreadNote message, int width) {
		return indented("✉ private to " + ConsoleText.oneLine(userId) + ": " + ConsoleText.inert(message.text()),
				message.actions(), width);
	}

	/** A form shown to one person: what it says and starts with, and how to submit it. */
	static String form(Form form, String submission) {
		StringBuilder out = new StringBuilder(form.title()).append(" (only you see this).");
		for (Field field : form.fields()) {
			switch (field) {
				case Field.Text text -> out.append('\n').append(text.text());
				case Field.TextInput input when input.initial() != null ->
					out.append('\n').append(input.label()).append(": ").append(input.initial());
				default -> {
				}
			}
		}
		return ConsoleText.inert(out.append("\nSubmit: ").append(submission).toString());
	}

	/**
	 * Plain text wrapped to the width; a continued line keeps its indent and two more
	 * spaces. A card's own lines, already laid out, are left as they are.
	 */
	static String wrap(String text, int width) {
		List<String> out = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			if (line.startsWith("┌") || line.startsWith("│") || line.startsWith("└") || line.startsWith("↻")) {
				out.add(line);
				continue;
			}
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			out.addAll(wrapped(line.stripLeading(), width, indent, indent + "  "));
		}
		return String.join("\n", out);
	}

	private String indented(String text, List<Card.Action> actions, int width) {
		List<String> out = new ArrayList<>();
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			out.addAll(wrapped(lines[i], width, i == 0 ? "  " : "    ", "    "));
		}
		if (!actions.isEmpty()) {
			out.addAll(wrapped(buttons(actions), width, "    ", "      "));
		}
		return String.join("\n", out);
	}

	/** Buttons as labels, then how to press each by typing. */
	private String buttons(List<Card.Action> actions) {
		StringBuilder out = new StringBuilder();
		for (Card.Action action : actions) {
			out.append('[').append(ConsoleText.oneLine(action.label())).append("] ");
		}
		return out.append("  type: ").append(actions.stream().map(typed).collect(Collectors.joining(" | "))).toString();
	}

	/** Breaks a line at spaces to fit the width; a word longer than a line is cut. */
	static List<String> wrapped(String text, int width, String first, String next) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder(first);
		int start = first.length();
		for (String word : text.split(" ", -1)) {
			int room = width - line.length() - (line.length() > start ? 1 : 0);
			if (word.length() > room && line.length() > start) {
				lines.add(line.toString().stripTrailing());
				line = new StringBuilder(next);
				start = next.length();
			}
			else if (line.length() > start) {
				line.append(' ');
			}
			while (start + word.length() > width && width - start > 10) {
				int cut = width - line.length();
				line.append(word, 0, cut);
				lines.add(line.toString());
				word = word.substring(cut);
				line = new StringBuilder(next);
				start = next.length();
			}
			line.append(word);
		}
		lines.add(line.toString().stripTrailing());
		return lines;
	}

	private static String marker(Card.Tone tone) {
		return switch (tone) {
			case CRITICAL -> "[!!!]";
			case HIGH -> "[!! ]";
			case NORMAL -> "[!  ]";
			case LOW -> "[   ]";
			case DONE -> "[ ✓ ]";
		};
	}

}
