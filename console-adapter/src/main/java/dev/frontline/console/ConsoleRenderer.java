package dev.frontline.console;

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
			out.append("│ ");
			for (Card.Action action : card.actions()) {
				out.append('[').append(ConsoleText.oneLine(action.label())).append("] ");
			}
			out.append("  type: ")
				.append(card.actions()
					.stream()
					.map(action -> ConsoleCommands.typedFormOf(action))
					.collect(Collectors.joining(" | ")))
				.append('\n');
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
				+ (mentions.isEmpty() ? "" : mentions + " ") + ConsoleText.inert(note.text()).replace("\n", "\n    ");
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
