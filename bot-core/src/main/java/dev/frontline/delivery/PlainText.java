package dev.frontline.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text for a platform that shows only plain text, such as a terminal: untrusted text made
 * inert, and lines wrapped to a width.
 */
public final class PlainText {

	/**
	 * Control characters: escape sequences could move a terminal's cursor, clear its
	 * screen or fake output.
	 */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");

	private PlainText() {
	}

	/** Untrusted text made inert: control characters shown as visible codes. */
	public static String inert(String text) {
		return CONTROL.matcher(text).replaceAll(match -> String.format("\\\\u%04x", (int) match.group().charAt(0)));
	}

	/** Inert, and on one line. */
	public static String oneLine(String text) {
		return inert(text).replace('\n', ' ');
	}

	/**
	 * Plain text wrapped to the width; a continued line keeps its indent and two more
	 * spaces. A card's own lines, already laid out (see {@link PlainCards}), are left as
	 * they are.
	 */
	public static String wrap(String text, int width) {
		List<String> out = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			if (line.startsWith("┌") || line.startsWith("│") || line.startsWith("└") || line.startsWith("↻")) {
				out.add(line);
				continue;
			}
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			out.addAll(wrapped(line.stripLeading(), width, indent, indent + "  "));
		}
		return String.join("\n", out);
	}

	/**
	 * Breaks a line at spaces to fit the width, the first line starting with
	 * {@code first} and the rest with {@code next}; a word longer than a line is cut.
	 */
	public static List<String> wrapped(String text, int width, String first, String next) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder(first);
		int start = first.length();
		for (String word : text.split(" ", -1)) {
			int room = width - line.length() - (line.length() > start ? 1 : 0);
			if (word.length() > room && line.length() > start) {
				lines.add(line.toString().stripTrailing());
				line = new StringBuilder(next);
				start = next.length();
			}
			else if (line.length() > start) {
				line.append(' ');
			}
			while (start + word.length() > width && width - start > 10) {
				int cut = width - line.length();
				line.append(word, 0, cut);
				lines.add(line.toString());
				word = word.substring(cut);
				line = new StringBuilder(next);
				start = next.length();
			}
			line.append(word);
		}
		lines.add(line.toString().stripTrailing());
		return lines;
	}

}
