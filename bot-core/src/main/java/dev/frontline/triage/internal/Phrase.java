package dev.frontline.triage.internal;

import java.util.List;
import java.util.Locale;
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
		return wanted.length() > 2 && found.startsWith(wanted)
				&& ((extra == 1 && found.endsWith("s")) || (extra == 2 && found.endsWith("es")));
	}

}
