package dev.frontline.conversation;

import dev.frontline.delivery.Card;

/**
 * A kind of button a capability puts on its cards and notes: the action a press carries
 * back and the words on it. Placed on a card, it acts on one target, such as a case
 * number; {@link ButtonIds} writes both into one id for platforms that carry one string.
 *
 * @param action what a press does, such as {@code acknowledge}
 * @param label the text on the button
 */
public record Button(String action, String label) {

	public Button {
		if (!action.matches("[a-z][a-z-]{0,39}")) {
			throw new IllegalArgumentException("a button's action is a short lower-case word, not '" + action + "'");
		}
		if (label.isBlank()) {
			throw new IllegalArgumentException("the button " + action + " needs a label");
		}
	}

	/**
	 * This button acting on a target.
	 * @param primary whether it is the button most people should press (its style)
	 */
	public Card.Action on(String target, boolean primary) {
		return new Card.Action(action, label, target, primary);
	}

	/** This button acting on a numbered thing, such as a case. */
	public Card.Action on(long number, boolean primary) {
		return on(String.valueOf(number), primary);
	}

}
