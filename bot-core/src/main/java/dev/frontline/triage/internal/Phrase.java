package dev.frontline.triage.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A configured word or phrase, matched whole words at a time. Words may carry a plural
 * ending in the text ({@code delay} finds {@code delays}). A phrase with symbols in it,
 * such as an emoji, {@code !!!} or {@code 3/5}, is found as written anywhere in the text.
 */
record Phrase(String text, List<String> words) {

	private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}\\s'’-]+");

	static Phrase of(String configured) {
		String trimmed = configured.strip().toLowerCase(Locale.ROOT);
		return new Phrase(trimmed, PLAIN.matcher(trimmed).matches() ? Text.words(trimmed) : List.of());
	}

	boolean isSymbolic() {
		return words.isEmpty();
	}

	/** Whether the phrase's words start at this position of the text's words. */
	boolean startsAt(List<String> textWords, int position) {
		if (position + words.size() > textWords.size()) {
			return false;
		}
		for (int i = 0; i < words.size(); i++) {
			if (!sameWord(words.get(i), textWords.get(position + i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The word itself, or its plural in "s" or "es" when it is longer than two letters.
	 */
	private static boolean sameWord(String wanted, String found) {
		if (found.equals(wanted)) {
			return true;
		}
		int extra = found.length() - wanted.length();
		return (extra == 1 || extra == 2) && found.startsWith(wanted) && isPlural(found, extra);
	}

	/**
	 * Every word a text's word matches in a phrase: itself, and what it is the plural of
	 * ("buses": "buse" and "bus"), by the same rule as {@link #startsAt}.
	 */
	static void formsOf(String found, Consumer<String> form) {
		form.accept(found);
		for (int extra = 1; extra <= 2; extra++) {
			if (isPlural(found, extra)) {
				form.accept(found.substring(0, found.length() - extra));
			}
		}
	}

	/**
	 * Whether dropping this many letters from the end leaves a word it is a plural of.
	 */
	private static boolean isPlural(String found, int extra) {
		return found.length() - extra > 2 && found.endsWith(extra == 1 ? "s" : "es");
	}

}
