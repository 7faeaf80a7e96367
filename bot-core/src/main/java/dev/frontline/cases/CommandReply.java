package dev.frontline.cases;

import java.util.List;

import dev.frontline.delivery.Card;

/**
 * What a chat command answers, privately to the person who asked.
 *
 * @param text plain text lines (rendered inert, like card text)
 * @param cards cards to show below the text
 */
public record CommandReply(String text, List<Card> cards) {

	public CommandReply {
		cards = List.copyOf(cards);
	}

	public static CommandReply text(String text) {
		return new CommandReply(text, List.of());
	}

}
