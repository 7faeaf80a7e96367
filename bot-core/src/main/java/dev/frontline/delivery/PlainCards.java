package dev.frontline.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Cards, thread notes and private messages laid out as plain text, for a platform that
 * shows nothing else (a terminal): wrapped to a width, a card's box intact around every
 * wrapped line, its urgency as a marker ({@code [!! ]}), and each button with how it is
 * pressed by typing. Everything a customer wrote is made inert.
 */
public final class PlainCards {

	private static final String BOX = "│ ";

	/** How a button is pressed by typing, as the core declares it. */
	private final Function<Card.Action, String> typed;

	public PlainCards(Function<Card.Action, String> typed) {
		this.typed = typed;
	}

	/**
	 * A card in a channel, or shown only to the person who asked when the channel is
	 * null; {@code update} marks a newer version of one shown before.
	 */
	public String card(@Nullable String channel, Card card, boolean update, int width) {
		List<String> out = new ArrayList<>();
		String title = marker(card.tone()) + " " + PlainText.oneLine(card.title())
				+ (channel == null ? "   (only you see this)" : "   #" + PlainText.oneLine(channel))
				+ (update ? "  (card updated)" : "");
		out.addAll(PlainText.wrapped(title, width, update ? "↻ " : "┌ ", BOX));
		card.fields().forEach(field -> out.addAll(boxed(field.label() + ": " + field.value(), width)));
		if (card.quote() != null) {
			for (String line : PlainText.inert(card.quote()).split("\n")) {
				out.addAll(PlainText.wrapped(line, width, BOX + "> ", BOX + "> "));
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
		return PlainText.wrapped(PlainText.oneLine(text), width, BOX, BOX + "  ");
	}

	/**
	 * A note in a card's thread, named by what the card is about ({@code Case 1042}), or
	 * by its channel alone when that is not known.
	 */
	public String note(String channel, @Nullable String subject, ThreadNote note, int width) {
		String mentions = note.mentions()
			.stream()
			.map(mention -> (mention.group() ? "@group:" : "@") + mention.id())
			.collect(Collectors.joining(" "));
		String head = "↳ #" + PlainText.oneLine(channel) + (subject == null ? "" : ", " + subject) + ": "
				+ (mentions.isEmpty() ? "" : mentions + " ");
		return indented(head + PlainText.inert(note.text()), note.actions(), width);
	}

	/** A message to one person. */
	public String direct(String userId, ThreadNote message, int width) {
		return indented("✉ private to " + PlainText.oneLine(userId) + ": " + PlainText.inert(message.text()),
				message.actions(), width);
	}

	private String indented(String text, List<Card.Action> actions, int width) {
		List<String> out = new ArrayList<>();
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			out.addAll(PlainText.wrapped(lines[i], width, i == 0 ? "  " : "    ", "    "));
		}
		if (!actions.isEmpty()) {
			out.addAll(PlainText.wrapped(buttons(actions), width, "    ", "      "));
		}
		return String.join("\n", out);
	}

	/** Buttons as labels, then how to press each by typing. */
	private String buttons(List<Card.Action> actions) {
		StringBuilder out = new StringBuilder();
		for (Card.Action action : actions) {
			out.append('[').append(PlainText.oneLine(action.label())).append("] ");
		}
		return out.append("  type: ").append(actions.stream().map(typed).collect(Collectors.joining(" | "))).toString();
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
