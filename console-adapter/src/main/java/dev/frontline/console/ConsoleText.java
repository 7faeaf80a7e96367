package dev.frontline.console;

import java.util.regex.Pattern;

/**
 * Makes untrusted text inert on a terminal: control characters (escape sequences could
 * move the cursor, clear the screen or fake output) are shown as visible codes.
 */
final class ConsoleText {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");

	private ConsoleText() {
	}

	static String inert(String text) {
		return CONTROL.matcher(text).replaceAll(match -> String.format("\\\\u%04x", (int) match.group().charAt(0)));
	}

	/** Inert, and on one line. */
	static String oneLine(String text) {
		return inert(text).replace('\n', ' ');
	}

}
