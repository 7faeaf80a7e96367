package dev.frontline.home;

import java.util.List;

import dev.frontline.delivery.Card;

/**
 * What waits for one person, in order: headings, lines and buttons. Every string is plain
 * text and may quote a customer: renderers show it inert.
 */
public record Home(List<Part> parts) {

	public Home {
		parts = List.copyOf(parts);
	}

	/** One part of a home. */
	public sealed interface Part {

	}

	/** The heading of a list. */
	public record Heading(String text) implements Part {
	}

	/** A line to read. */
	public record Line(String text) implements Part {
	}

	/** Buttons under the line above. */
	public record Buttons(List<Card.Action> actions) implements Part {

		public Buttons {
			actions = List.copyOf(actions);
		}

	}

}
