package dev.frontline.replies;

import org.jspecify.annotations.Nullable;

/**
 * A draft, and the version of it a person was shown.
 *
 * @param id the draft's number
 * @param seenVersion the version shown, or null when the person typed only the number
 */
public record DraftRef(long id, @Nullable Integer seenVersion) {

	/**
	 * The value an {@code Approve} button carries: the draft and the version shown beside
	 * it, so that nobody approves text they did not see.
	 */
	static String approveValue(ReplyDraft draft) {
		return draft.id() + ":" + draft.version();
	}

	/**
	 * Reads a button's value, or a draft number someone typed.
	 * @throws IllegalArgumentException when it names no draft
	 */
	public static DraftRef of(@Nullable String value) {
		if (value == null || !value.matches("#?\\d{1,18}(:\\d{1,9})?")) {
			throw new IllegalArgumentException("That does not name a draft reply.");
		}
		String[] parts = value.replace("#", "").split(":");
		return new DraftRef(Long.parseLong(parts[0]), parts.length > 1 ? Integer.valueOf(parts[1]) : null);
	}

}
