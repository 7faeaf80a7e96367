package dev.frontline.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An operations event, such as a cancelled flight, that opens or updates the incident of
 * its key before customers complain. Its text is untrusted, like a complaint's.
 *
 * @param key what failed, named as complaints name it, such as {@code LK905}
 * @param kind what happened
 * @param summary what staff read on the card
 * @param solution what affected customers can do, or null while there is nothing yet
 * @param at when operations declared it; with the key and kind it identifies the signal
 * @param team the team whose channel shows the incident, or null to route it as a
 * complaint saying the same would be
 */
public record Signal(String key, SignalKind kind, String summary, @Nullable String solution, Instant at,
		@Nullable String team) {

	public static final int MAX_KEY_LENGTH = 200;

	public static final int MAX_SUMMARY_LENGTH = 500;

	public static final int MAX_SOLUTION_LENGTH = 500;

	public Signal {
		key = required(key, "key", MAX_KEY_LENGTH);
		summary = required(summary, "summary", MAX_SUMMARY_LENGTH);
		if (solution != null) {
			solution = required(solution, "solution", MAX_SOLUTION_LENGTH);
		}
	}

	private static String required(@Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + ": is required");
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new IllegalArgumentException(
					field + ": must be at most " + maxLength + " characters, was " + stripped.length());
		}
		return stripped;
	}

	/** What the signal says, in one line, as a card and the history show it. */
	public String describe() {
		return kind.value() + ": " + summary + (solution == null ? "" : " · Solution: " + solution);
	}

}
