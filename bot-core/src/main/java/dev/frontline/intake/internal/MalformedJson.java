package dev.frontline.intake.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Says where a body stopped being JSON and what was wrong there, in words a sender can
 * act on, rather than the parser's own message (its character codes and class names).
 */
final class MalformedJson {

	private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.{1,2})' \\(code \\d+\\)\\)");

	private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '([^']{0,40})");

	private MalformedJson() {
	}

	static String describe(JacksonException ex) {
		String where = where(ex.getLocation());
		String original = ex.getOriginalMessage() == null ? "" : ex.getOriginalMessage();
		return "the JSON breaks " + where + ": " + what(original);
	}

	private static String where(TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "somewhere in the body";
		}
		return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
	}

	private static String what(String message) {
		if (message.startsWith("Unexpected end-of-input")) {
			return "the body ends before the JSON is complete (a closing }, ] or \" is missing)";
		}
		Matcher unexpected = UNEXPECTED.matcher(message);
		if (unexpected.find()) {
			String found = "'" + unexpected.group(1) + "' was not expected here";
			if (message.contains("double-quote to start")) {
				return found + "; a field name in double quotes was expected (a trailing comma, or single quotes?)";
			}
			if (message.contains("comma to separate")) {
				return found + "; a comma was expected between two values";
			}
			if (message.contains("colon to separate")) {
				return found + "; a colon was expected between a field name and its value";
			}
			if (message.contains("start a value") || message.contains("expected a value")) {
				return found + "; a value was expected (a string in double quotes, a number, true, false, null,"
						+ " an object or an array)";
			}
			return found;
		}
		Matcher unrecognized = UNRECOGNIZED.matcher(message);
		if (unrecognized.find()) {
			return "'" + unrecognized.group(1)
					+ "' is not a JSON value (text needs double quotes; true, false and null are lower-case)";
		}
		if (message.contains("control character")) {
			return "a control character (such as a raw line break) is inside a string; write it as \\n";
		}
		if (message.contains("Duplicate")) {
			return "a field appears twice in the same object";
		}
		if (message.contains("Trailing token") || message.contains("trailing")) {
			return "there is more after the JSON value; send one object or one array";
		}
		return "this is not valid JSON";
	}

}
