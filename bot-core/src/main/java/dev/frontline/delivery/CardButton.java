package dev.frontline.delivery;

import java.util.Arrays;
import java.util.Optional;

/**
 * A kind of button a capability puts on its cards and notes: what a press sends back
 * ({@link #id()}) and what the button says. Implemented by each capability's button enum.
 */
public interface CardButton {

	/** The id a press carries back, such as {@code acknowledge}. */
	String id();

	/** The text on the button. */
	String label();

	/** This button on a card or note, acting on the given value. */
	default Card.Action action(String value, boolean primary) {
		return new Card.Action(id(), label(), value, primary);
	}

	/** The button of that kind with that id, if there is one. */
	static <E extends Enum<E> & CardButton> Optional<E> withId(Class<E> kind, String id) {
		return Arrays.stream(kind.getEnumConstants()).filter(button -> button.id().equals(id)).findFirst();
	}

}
