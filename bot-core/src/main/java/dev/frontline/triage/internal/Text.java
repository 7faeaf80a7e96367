package dev.frontline.triage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complaint's text as triage reads it: its lower-case words, and the raw text for
 * symbols and shouting.
 */
final class Text {

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”");

	/**
	 * Shouting: a word of four or more capitals with no digits (so LK450 and JFK are not
	 * shouting).
	 */
	private static final Pattern SHOUTED = Pattern.compile("\\b\\p{Lu}{4,}\\b");

	private final String raw;

	private final String lowerRaw;

	private final List<String> words;

	Text(String raw) {
		this.raw = raw;
		this.lowerRaw = raw.toLowerCase(Locale.ROOT);
		this.words = words(raw);
	}

	static List<String> words(String text) {
		return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList();
	}

	List<String> words() {
		return words;
	}

	/** The first of the phrases the text contains, in the order given. */
	Optional<Phrase> firstOf(Collection<Phrase> phrases) {
		for (Phrase phrase : phrases) {
			if (contains(phrase)) {
				return Optional.of(phrase);
			}
		}
		return Optional.empty();
	}

	boolean contains(Phrase phrase) {
		if (phrase.isSymbolic()) {
			return lowerRaw.contains(phrase.text());
		}
		for (int i = 0; i < words.size(); i++) {
			if (phrase.startsAt(words, i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Words written in capitals outside quotations, for telling shouting from quoting a
	 * sign.
	 */
	List<String> shoutedWords() {
		Matcher shouted = SHOUTED.matcher(QUOTED.matcher(raw).replaceAll(" "));
		List<String> found = new ArrayList<>();
		while (shouted.find()) {
			found.add(shouted.group());
		}
		return found;
	}

}
