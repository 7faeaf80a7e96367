package dev.frontline.console;

import java.util.List;
import java.util.stream.Collectors;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ThreadNote;

/** Lays cards and thread notes out as text blocks a person can read in a terminal. */
final class ConsoleRenderer {

	private ConsoleRenderer() {
	}

	static String card(String channel, String messageRef, Card card, boolean update) {
		StringBuilder out = new StringBuilder();
		out.append(update ? "↻ " : "┌ ")
			.append(marker(card.tone()))
			.append(' ')
			.append(ConsoleText.oneLine(card.title()))
			.append("   #")
			.append(ConsoleText.oneLine(channel))
			.append(update ? "  (updated " + messageRef + ")" : "  (" + messageRef + ")")
			.append('\n');
		String fields = card.fields()
			.stream()
			.map(field -> ConsoleText.oneLine(field.label()) + ": " + ConsoleText.oneLine(field.value()))
			.collect(Collectors.joining(" · "));
		out.append("│ ").append(fields).append('\n');
		if (card.quote() != null) {
			for (String line : ConsoleText.inert(card.quote()).split("\n")) {
				out.append("│ > ").append(line).append('\n');
			}
		}
		for (String detail : card.details()) {
			out.append("│ ").append(ConsoleText.oneLine(detail)).append('\n');
		}
		if (card.link() != null) {
			out.append("│ ")
				.append(ConsoleText.oneLine(card.link().label()))
				.append(": ")
				.append(ConsoleText.oneLine(card.link().url().toString()))
				.append('\n');
		}
		if (!card.actions().isEmpty()) {
			out.append(buttons(card.actions(), "│ ")).append('\n');
		}
		out.append("└─");
		return out.toString();
	}

	static String note(String channel, String cardMessageRef, ThreadNote note) {
		String mentions = note.mentions()
			.stream()
			.map(mention -> (mention.group() ? "@group:" : "@") + mention.id())
			.collect(Collectors.joining(" "));
		return "  ↳ #" + ConsoleText.oneLine(channel) + " thread of " + cardMessageRef + ": "
				+ (mentions.isEmpty() ? "" : mentions + " ") + ConsoleText.inert(note.text()).replace("\n", "\n    ")
				+ buttons(note.actions(), "\n    ");
	}

	static String direct(String userId, ThreadNote message) {
		return "✉ private to " + ConsoleText.oneLine(userId) + ": "
				+ ConsoleText.inert(message.text()).replace("\n", "\n    ") + buttons(message.actions(), "\n    ");
	}

	/** Buttons as labels, then how to press each by typing. */
	private static String buttons(List<Card.Action> actions, String indent) {
		if (actions.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder(indent);
		for (Card.Action action : actions) {
			out.append('[').append(ConsoleText.oneLine(action.label())).append("] ");
		}
		return out.append("  type: ")
			.append(actions.stream().map(ConsoleCommands::typedFormOf).collect(Collectors.joining(" | ")))
			.toString();
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
