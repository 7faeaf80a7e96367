package dev.frontline.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.frontline.delivery.Card;

/**
 * A form to show one person: what it asks and what its submission is about.
 *
 * @param id what a submission does, such as {@code escalate}; it comes back with the
 * answers
 * @param target what it acts on, such as a case number; it comes back too
 * @param title its headline, short: Slack shows 24 characters
 * @param submit the words on its submit button
 * @param fields what it shows and asks, in order
 * @param tellWhenClosed whether the capability wants to know when the form is closed
 * without submitting, or could not be shown
 */
public record Form(String id, String target, String title, String submit, List<Field> fields, boolean tellWhenClosed) {

	/** The longest text any input of a form takes; every platform shows that much. */
	public static final int MAX_TEXT = 4_000;

	public Form {
		fields = List.copyOf(fields);
		if (fields.stream().noneMatch(Field.Input.class::isInstance)) {
			throw new IllegalArgumentException("the form " + id + " asks nothing");
		}
		long names = fields.stream()
			.filter(Field.Input.class::isInstance)
			.map(field -> ((Field.Input) field).name())
			.distinct()
			.count();
		if (names != fields.stream().filter(Field.Input.class::isInstance).count()) {
			throw new IllegalArgumentException("two inputs of the form " + id + " share a name");
		}
	}

	/** A form that needs no more than its fields. */
	public Form(String id, String target, String title, String submit, List<Field> fields) {
		this(id, target, title, submit, fields, false);
	}

	/** Its inputs, in order. */
	public List<Field.Input> inputs() {
		return fields.stream().filter(Field.Input.class::isInstance).map(Field.Input.class::cast).toList();
	}

	/** Its lines of text to read, in order. */
	public List<String> lines() {
		return fields.stream().filter(Field.Text.class::isInstance).map(field -> ((Field.Text) field).text()).toList();
	}

	/**
	 * Its fields for a platform that shows at most this many: when there are more, its
	 * lines of text are joined into one, or left out when the inputs fill the form (its
	 * title still says what it is).
	 */
	public List<Field> within(int most) {
		if (fields.size() <= most) {
			return fields;
		}
		List<Field> shown = new ArrayList<>(inputs());
		// Inputs come first: lines of text are shown only while there is room.
		if (!lines().isEmpty() && shown.size() < most) {
			shown.addFirst(new Field.Text(String.join("\n", lines())));
		}
		return shown;
	}

	/** The choice this form asks, when that is all it asks. */
	private Optional<Field.Choice> onlyChoice() {
		return inputs().size() == 1 && inputs().getFirst() instanceof Field.Choice choice ? Optional.of(choice)
				: Optional.empty();
	}

	/**
	 * The choice this form asks as a button for each option, the first most people's, for
	 * a platform that cannot show the form where it is asked; a press comes back through
	 * {@link Conversation#choose}. Empty when the form asks more than one choice.
	 */
	public List<Card.Action> choiceButtons() {
		return onlyChoice()
			.map(choice -> choice.options()
				.stream()
				.map(option -> new Card.Action(Conversation.CHOOSE, option.label(),
						id + ":" + choice.name() + "=" + option.value() + ":" + target,
						option.equals(choice.options().getFirst())))
				.toList())
			.orElse(List.of());
	}

	/** The input answers go beside when nothing names one: the first. */
	public String firstInput() {
		return inputs().getFirst().name();
	}

	/**
	 * What is wrong with the answers by the form's own rules (required inputs, limits,
	 * options), beside the input each is about; empty when nothing is.
	 */
	public Map<String, String> check(Answers answers) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Field.Input input : inputs()) {
			String problem = switch (input) {
				case Field.TextInput text ->
					checkText(answers.text(text.name()), text.label(), text.maxLength(), text.required());
				case Field.PersonPicker picker -> answers.person(picker.name()).isEmpty()
						? "Please choose " + picker.label().toLowerCase(java.util.Locale.ROOT) + "." : null;
				case Field.Choice choice ->
					choice.options().stream().anyMatch(option -> option.value().equals(answers.text(choice.name())))
							? null
							: "Please choose one of "
									+ String.join(", ", choice.options().stream().map(Field.Option::label).toList())
									+ ".";
				case Field.Checkbox checkbox -> null;
			};
			if (problem != null) {
				errors.put(input.name(), problem);
			}
		}
		return errors;
	}

	private static @Nullable String checkText(String value, String label, int maxLength, boolean required) {
		if (required && value.isBlank()) {
			return "Please fill in \"" + label + "\".";
		}
		if (value.length() > maxLength) {
			return "\"" + label + "\" takes at most " + maxLength + " characters, not " + value.length() + ".";
		}
		return null;
	}

	static void requireLimit(String name, int maxLength) {
		if (maxLength < 1 || maxLength > MAX_TEXT) {
			throw new IllegalArgumentException(
					"the input " + name + " takes 1 to " + MAX_TEXT + " characters, not " + maxLength);
		}
	}

}
