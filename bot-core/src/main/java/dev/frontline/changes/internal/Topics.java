package dev.frontline.changes.internal;

import java.util.regex.Pattern;

/** Topic names, kept to what reads unambiguously in a {@code topic:key} payload. */
final class Topics {

	private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");

	private Topics() {
	}

	static String check(String topic) {
		if (!NAME.matcher(topic).matches()) {
			throw new IllegalArgumentException(
					"A change topic is 1 to 40 lower-case letters, digits or dashes, not \"" + topic + "\"");
		}
		return topic;
	}

}
