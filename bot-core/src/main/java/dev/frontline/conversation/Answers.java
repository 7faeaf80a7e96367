package dev.frontline.conversation;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.frontline.people.Actor;

/**
 * What a person answered in a form, by input name: text as typed, the value of a chosen
 * option, {@code true} for a ticked box, and the people picked (the adapter knows who a
 * platform's user id is).
 */
public record Answers(Map<String, String> values, Map<String, Actor> people) {

	public Answers {
		values = Map.copyOf(values);
		people = Map.copyOf(people);
	}

	public static Answers of(Map<String, String> values) {
		return new Answers(values, Map.of());
	}

	/** The text typed, or the option chosen; an empty string when nothing was. */
	public String text(String name) {
		return values.getOrDefault(name, "");
	}

	/** The text typed, or null when nothing but blanks was. */
	public @Nullable String optionalText(String name) {
		String text = text(name);
		return text.isBlank() ? null : text;
	}

	/** Whether the box was ticked. */
	public boolean ticked(String name) {
		return "true".equals(values.get(name));
	}

	/** The person picked, if any. */
	public Optional<Actor> person(String name) {
		return Optional.ofNullable(people.get(name));
	}

}
