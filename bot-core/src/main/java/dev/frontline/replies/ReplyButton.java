package dev.frontline.replies;

import java.util.Optional;

import dev.frontline.delivery.CardButton;

import org.jspecify.annotations.Nullable;

/**
 * The buttons under a draft reply in its case's thread; adapters send a press back as the
 * button's id and its value, read with {@link #draftOf(String)}.
 */
public enum ReplyButton implements CardButton {

	APPROVE("reply-approve", "Approve"), REQUEST_CHANGES("reply-changes", "Request changes"),
	EDIT("reply-edit", "Edit");

	private final String id;

	private final String label;

	ReplyButton(String id, String label) {
		this.id = id;
		this.label = label;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	/** The button with that id, if it is one of these. */
	public static Optional<ReplyButton> withId(String id) {
		return CardButton.withId(ReplyButton.class, id);
	}

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
	public static DraftRef draftOf(@Nullable String value) {
		if (value == null || !value.matches("#?\\d{1,18}(:\\d{1,9})?")) {
			throw new IllegalArgumentException("That does not name a draft reply.");
		}
		String[] parts = value.replace("#", "").split(":");
		return new DraftRef(Long.parseLong(parts[0]), parts.length > 1 ? Integer.valueOf(parts[1]) : null);
	}

	/**
	 * A draft, and the version of it a person was shown.
	 *
	 * @param id the draft's number
	 * @param seenVersion the version shown, or null when the person typed only the number
	 */
	public record DraftRef(long id, @Nullable Integer seenVersion) {
	}

}
