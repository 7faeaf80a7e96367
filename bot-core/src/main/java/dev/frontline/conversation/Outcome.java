package dev.frontline.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ImagePost;

/**
 * What a press or a submission comes to, for the adapter to show the one person who
 * acted. Cards change on their own, through the delivery queue.
 */
public sealed interface Outcome {

	/** Nothing to say: the card or thread shows what happened. */
	Outcome NOTHING = new Nothing();

	/** It was done; the person reads this, privately. */
	record Done(String message) implements Outcome {
	}

	/** Nothing to say. */
	record Nothing() implements Outcome {
	}

	/** Show the person this form. */
	record Show(Form form) implements Outcome {
	}

	/** Answers were wrong: each error beside the input it is about. */
	record Errors(Map<String, String> byInput) implements Outcome {

		public Errors {
			byInput = Map.copyOf(byInput);
			if (byInput.isEmpty()) {
				throw new IllegalArgumentException("errors need at least one");
			}
		}

		/**
		 * The errors as one sentence, for platforms that cannot show them beside inputs.
		 */
		public String sentence() {
			return String.join(" ", byInput.values());
		}

	}

	/** It was not done, and why; the person reads the reason privately. */
	record Refused(String reason) implements Outcome {
	}

	/**
	 * Answer the person at once and do this afterwards, as it may take longer than a
	 * platform waits for an answer (an incident's many cases); what it comes to is told
	 * privately where the platform can.
	 */
	record Later(Supplier<Outcome> work) implements Outcome {
	}

	/**
	 * What a command answers, privately: lines of text, shown inert as card text is,
	 * cards below them, and a picture for platforms that can show one privately.
	 *
	 * @param picture draws the picture, such as a chart, only when a platform shows it
	 * (drawing takes longer than some platforms wait); null when there is none
	 */
	record Answer(String text, List<Card> cards, @Nullable Supplier<ImagePost> picture) implements Outcome {

		public Answer {
			cards = List.copyOf(cards);
		}

		/** An answer with no picture. */
		public Answer(String text, List<Card> cards) {
			this(text, cards, null);
		}

		/**
		 * Any outcome as a command's answer: what it says, or nothing to say; work for
		 * later is done now, as a command is answered once.
		 */
		public static Answer of(Outcome outcome) {
			return switch (outcome) {
				case Answer answer -> answer;
				case Done done -> new Answer(done.message(), List.of());
				case Refused refused -> new Answer(refused.reason(), List.of());
				case Errors errors -> new Answer(errors.sentence(), List.of());
				case Later later -> of(later.work().get());
				case Show show -> new Answer(show.form().title(), List.of());
				case Nothing nothing -> new Answer("", List.of());
			};
		}

	}

	/**
	 * What the person reads of an outcome that says something: a message, a reason, the
	 * errors as one sentence or an answer's text; empty for a form to show, work for
	 * later and nothing to say, which each platform answers in its own way.
	 */
	static Optional<String> words(Outcome outcome) {
		return switch (outcome) {
			case Done done -> Optional.of(done.message());
			case Refused refused -> Optional.of(refused.reason());
			case Errors errors -> Optional.of(errors.sentence());
			case Answer answer -> Optional.of(answer.text());
			case Show show -> Optional.empty();
			case Later later -> Optional.empty();
			case Nothing nothing -> Optional.empty();
		};
	}

	/** An error beside one input. */
	public static Errors beside(String input, String error) {
		return new Errors(Map.of(input, error));
	}

}
