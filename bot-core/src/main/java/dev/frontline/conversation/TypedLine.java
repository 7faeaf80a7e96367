package dev.frontline.conversation;

import java.util.Map;

import dev.frontline.people.Actor;

/**
 * A line a person typed where the platform has no buttons or forms, such as
 * {@code escalate 1042 stranded with two kids}: its words, read as its verb's declaration
 * says, and the presses, submissions and commands it stands for. Words that do not fit
 * are refused with the verb's usage.
 */
public final class TypedLine {

	/** Separates a reply from its note to reviewers on one line. */
	public static final String NOTE_SEPARATOR = " // ";

	private final Conversation conversation;

	private final Actor actor;

	private final String text;

	private final String usage;

	TypedLine(Conversation conversation, Actor actor, String text, String usage) {
		this.conversation = conversation;
		this.actor = actor;
		this.text = text;
		this.usage = usage;
	}

	/** What a line starting with a verb comes to. */
	@FunctionalInterface
	public interface Meaning {

		Outcome answer(TypedLine line);

	}

	/** Who typed it. */
	public Actor actor() {
		return actor;
	}

	/** How many words it has, its verb among them. */
	public int count() {
		return text.split("\\s+").length;
	}

	/** The word at a place, the verb being the first; empty when there is none. */
	public String word(int place) {
		String[] words = text.split("\\s+");
		return place < words.length ? words[place] : "";
	}

	/** Everything from the word at a place on, as typed; empty when there is nothing. */
	public String rest(int place) {
		String[] words = text.split("\\s+", place + 1);
		return place < words.length ? words[place] : "";
	}

	/** The word at a place, which must be there. */
	public String required(int place) {
		String word = word(place);
		if (word.isEmpty()) {
			throw usage();
		}
		return word;
	}

	/** A number at a place, such as a case's; {@code #1042} reads as 1042. */
	public long number(int place) {
		String word = word(place);
		if (!word.matches("#?\\d{1,18}")) {
			throw usage();
		}
		return Long.parseLong(word.replace("#", ""));
	}

	/** The refusal of a line that does not fit its verb, saying how it is typed. */
	public IllegalArgumentException usage() {
		return new IllegalArgumentException("Usage: " + usage);
	}

	/** Someone named by their user id, on the platform the line was typed on. */
	public Actor person(String userId) {
		return new Actor(actor.platform(), userId, userId);
	}

	/** A reply and, after {@link #NOTE_SEPARATOR}, its note to reviewers, as answers. */
	public static Map<String, String> withNote(String typed, String reply, String note) {
		int separator = typed.indexOf(NOTE_SEPARATOR);
		return separator < 0 ? Map.of(reply, typed) : Map.of(reply, typed.substring(0, separator), note,
				typed.substring(separator + NOTE_SEPARATOR.length()));
	}

	public Outcome press(Button button, Object target) {
		return conversation.press(actor, button.action(), String.valueOf(target));
	}

	public Outcome submit(String form, Object target, Map<String, String> answers) {
		return submit(form, target, Answers.of(answers));
	}

	public Outcome submit(String form, Object target, Answers answers) {
		return conversation.submit(actor, form, String.valueOf(target), answers);
	}

	/** Closes a form without submitting it. */
	public void closed(String form, Object target) {
		conversation.closed(actor, form, String.valueOf(target));
	}

	/** The command this line is, its arguments everything after the verb. */
	public Outcome command() {
		return command(word(0));
	}

	/** A command, its arguments everything after the verb. */
	public Outcome command(String name) {
		return conversation.command(actor, name, rest(1));
	}

	/** Another line, as if the same person typed it. */
	public Outcome typed(String line) {
		return conversation.typed(actor, line);
	}

	/** How lines are typed, such as a button. */
	public TypedLines typing() {
		return conversation.typing();
	}

}
