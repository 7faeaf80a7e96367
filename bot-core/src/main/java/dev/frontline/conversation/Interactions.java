package dev.frontline.conversation;

import dev.frontline.people.Actor;

/**
 * Implemented by each capability that puts buttons or forms in front of people: it
 * declares, once for every platform, what a press of its buttons and a submission of its
 * forms come to.
 */
public interface Interactions {

	/** Declares this capability's presses, forms and refusals. */
	void declare(Declarations declare);

	/** What a press of a button comes to. */
	@FunctionalInterface
	interface Press {

		Outcome press(Actor actor, String target);

	}

	/** What a press that opens a form shows; it may refuse by throwing, as actions do. */
	@FunctionalInterface
	interface Opens {

		Form form(Actor actor, String target);

	}

	/** What a submitted form comes to. */
	@FunctionalInterface
	interface Submit {

		Outcome submit(Actor actor, String target, Answers answers);

	}

	/** What closing a form without submitting it, or failing to show it, undoes. */
	@FunctionalInterface
	interface Closed {

		void closed(Actor actor, String target);

	}

	/**
	 * What a command comes to, from the text typed after its name; the same text on every
	 * platform.
	 */
	@FunctionalInterface
	interface Command {

		Outcome answer(Actor actor, String arguments);

	}

}
