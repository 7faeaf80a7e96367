package dev.frontline.cases;

import java.util.List;

import dev.frontline.conversation.Outcome;
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

	/** What the conversation port answered a command, as a reply to render. */
	public static CommandReply of(Outcome outcome) {
		Outcome.Answer answer = Outcome.Answer.of(outcome);
		return new CommandReply(answer.text(), answer.cards());
	}

	/** This reply as the conversation port answers a command. */
	public Outcome.Answer answer() {
		return new Outcome.Answer(text, cards);
	}

}
