package dev.frontline.intake.internal;

/**
 * Removes the characters that change how text reads without being seen: direction
 * overrides, embeddings and isolates (which can make a card show a handle or a booking
 * reference backwards, or hide part of a line) and zero-width characters (which can split
 * a word so it escapes search and redaction, or glue a lookalike handle together).
 */
final class InvisibleCharacters {

	private InvisibleCharacters() {
	}

	static String strip(String text) {
		StringBuilder kept = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isInvisible(c)) {
				if (kept == null) {
					kept = new StringBuilder(text.length()).append(text, 0, i);
				}
			}
			else if (kept != null) {
				kept.append(c);
			}
		}
		return kept == null ? text : kept.toString();
	}

	static boolean isInvisible(char c) {
		return (c >= '\u200B' && c <= '\u200F') // zero-width space, joiners, LRM, RLM
				|| (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
				|| (c >= '\u2060' && c <= '\u2064') // word joiner, invisible operators
				|| (c >= '\u2066' && c <= '\u2069') // isolates
				|| c == '\u061C' // Arabic letter mark
				|| c == '\u180E' // Mongolian vowel separator
				|| c == '\uFEFF'; // zero-width no-break space (BOM)
	}

}
