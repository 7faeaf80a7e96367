package dev.frontline.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.PlainText;
import dev.frontline.people.Actor;

/**
 * Every press, submission and command written as a line of words (a verb, what it acts
 * on, then its arguments) as the capabilities declared them, for platforms that show only
 * text: what a typed line stands for, how a button or a form is typed, help and
 * completion.
 */
public final class TypedLines {

	/** The order of help's sections; any other comes after them. */
	private static final List<String> SECTIONS = List.of("Cases", "Buttons", "Steps", "Incidents", "Home", "Stories",
			"Leads", "Reports", "Demo");

	private static final String HELP = "help";

	private static final int HELP_WIDTH = 80;

	private static final int HELP_INDENT = 11;

	private record Verb(String section, String usage, TypedLine.Meaning meaning) {
	}

	private final Map<String, Verb> verbs = new LinkedHashMap<>();

	private final Map<String, String> aliases = new HashMap<>(Map.of("?", HELP));

	private final Map<String, String> buttons = new HashMap<>();

	private final Map<String, Function<Form, String>> forms = new HashMap<>();

	private final Set<String> beforeACase = new HashSet<>();

	private Supplier<List<String>> openCases = List::of;

	TypedLines() {
	}

	Declare declare() {
		return new Declare();
	}

	/** How a capability declares its typed lines. */
	public final class Declare {

		private Declare() {
		}

		/**
		 * A line starting with a verb.
		 * @param section where help lists it
		 * @param usage how it is typed, alternatives between {@code ·}; {@code <case>}
		 * marks where a case number goes
		 */
		public Declare verb(String section, String verb, String usage, TypedLine.Meaning meaning) {
			if (verbs.putIfAbsent(verb, new Verb(section, usage, meaning)) != null) {
				throw new IllegalStateException("two declarations of the typed verb " + verb);
			}
			for (String alternative : usage.split(" · ")) {
				List<String> words = Arrays.asList(alternative.split(" "));
				int place = words.indexOf("<case>");
				if (place > 0 && words.subList(0, place).stream().noneMatch(word -> word.matches(".*[<\\[|].*"))) {
					beforeACase.add(String.join(" ", words.subList(0, place)));
				}
			}
			return this;
		}

		/** Another word for a verb, such as {@code acknowledge} for {@code ack}. */
		public Declare alias(String alias, String verb) {
			aliases.put(alias, verb);
			return this;
		}

		/** How a press of the button is typed; {@code %s} is what it acts on. */
		public Declare button(Button button, String typed) {
			buttons.put(button.action(), typed);
			return this;
		}

		/** How a form is submitted, where not as the button of the same name is typed. */
		public Declare form(String id, Function<Form, String> typed) {
			forms.put(id, typed);
			return this;
		}

		/** The numbers of the cases a person may mean, for completion. */
		public Declare openCases(Supplier<List<String>> numbers) {
			openCases = numbers;
			return this;
		}

		/** Words after which a case number is typed, where the usage does not say it. */
		public Declare caseAfter(String words) {
			beforeACase.add(words);
			return this;
		}

	}

	Outcome answer(Conversation conversation, Actor actor, String line) {
		String text = line.strip();
		if (text.isEmpty()) {
			return Outcome.NOTHING;
		}
		String typed = text.split("\\s+", 2)[0];
		String word = aliases.getOrDefault(typed.toLowerCase(Locale.ROOT), typed.toLowerCase(Locale.ROOT));
		if (word.equals(HELP)) {
			return new Outcome.Answer(help(), List.of());
		}
		Verb verb = verbs.get(word);
		if (verb == null) {
			return new Outcome.Refused(unknown(typed));
		}
		return verb.meaning().answer(new TypedLine(conversation, actor, text, verb.usage()));
	}

	/** The verbs a line may start with, for completion. */
	public List<String> verbs() {
		List<String> all = new ArrayList<>(verbs.keySet());
		all.add(HELP);
		return all;
	}

	/**
	 * What may be typed at a place of a line: a verb first, then an open case's number
	 * where the verb takes one.
	 */
	public List<String> completions(List<String> words, int place) {
		if (place == 0) {
			return verbs();
		}
		boolean takesACase = place <= words.size()
				&& beforeACase.contains(String.join(" ", words.subList(0, place)).toLowerCase(Locale.ROOT));
		return takesACase ? openCases.get() : List.of();
	}

	/** How a press of a card's button is typed. */
	public String formOf(Card.Action action) {
		String typed = buttons.get(action.id());
		return typed == null ? action.id() + " " + action.value() : typed.replace("%s", action.value());
	}

	/** How a form is submitted. */
	public String submissionOf(Form form) {
		Function<Form, String> typed = forms.get(form.id());
		if (typed != null) {
			return typed.apply(form);
		}
		String target = form.target().substring(form.target().lastIndexOf(':') + 1);
		return buttons.getOrDefault(form.id(), form.id() + " %s").replace("%s", target);
	}

	/**
	 * A form shown to one person as text: what it says and starts with, and the line that
	 * submits it; inert.
	 */
	public String asText(Form form) {
		StringBuilder out = new StringBuilder(form.title()).append(" (only you see this).");
		for (Field field : form.fields()) {
			switch (field) {
				case Field.Text text -> out.append('\n').append(text.text());
				case Field.TextInput input when input.initial() != null ->
					out.append('\n').append(input.label()).append(": ").append(input.initial());
				default -> {
				}
			}
		}
		return PlainText.inert(out.append("\nSubmit: ").append(submissionOf(form)).toString());
	}

	/** Every verb's usage, by section. */
	public String help() {
		Map<String, List<String>> sections = new TreeMap<>(Comparator
			.comparingInt((String section) -> SECTIONS.contains(section) ? SECTIONS.indexOf(section) : SECTIONS.size())
			.thenComparing(Comparator.naturalOrder()));
		verbs.values()
			.forEach(verb -> sections.computeIfAbsent(verb.section(), section -> new ArrayList<>())
				.addAll(Arrays.asList(verb.usage().split(" · "))));
		StringBuilder out = new StringBuilder();
		sections.forEach((section, usages) -> {
			StringBuilder line = new StringBuilder(section + ":" + " ".repeat(HELP_INDENT - section.length() - 1));
			for (String usage : usages.stream().distinct().toList()) {
				if (line.length() > HELP_INDENT && line.length() + 3 + usage.length() > HELP_WIDTH) {
					out.append(line).append('\n');
					line = new StringBuilder(" ".repeat(HELP_INDENT));
				}
				else if (line.length() > HELP_INDENT) {
					line.append(" · ");
				}
				line.append(usage);
			}
			out.append(line).append('\n');
		});
		return out.toString().stripTrailing();
	}

	/** A short hint for a typo, instead of the whole help. */
	private String unknown(String typed) {
		String word = typed.toLowerCase(Locale.ROOT);
		String closest = verbs().stream().min(Comparator.comparingInt(verb -> distance(word, verb))).orElseThrow();
		int allowed = word.length() <= 5 ? 1 : 2;
		String hint = distance(word, closest) <= allowed || (word.length() > 1 && closest.startsWith(word))
				? " Did you mean " + closest + "?" : "";
		return "Unknown command \"" + typed + "\"." + hint + " Type help for the commands.";
	}

	/**
	 * How many letters to add, drop, change or swap with the next to turn one word into
	 * the other.
	 */
	private static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			for (int j = 0; j <= b.length(); j++) {
				if (i == 0 || j == 0) {
					d[i][j] = i + j;
					continue;
				}
				int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
