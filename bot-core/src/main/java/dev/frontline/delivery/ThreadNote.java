package dev.frontline.delivery;

import java.util.List;

/**
 * A line of activity posted in a card's thread, or a message sent to one person. Its text
 * is plain text, rendered inert like a {@link Card}'s strings; its mentions come from
 * configuration only, never from a customer, and are the one thing an adapter renders as
 * a notification.
 *
 * @param text what happened
 * @param mentions who is called to look
 * @param actions buttons under the note, such as a draft reply's {@code Approve}
 */
public record ThreadNote(String text, List<Mention> mentions, List<Card.Action> actions) {

	public ThreadNote {
		mentions = mentions == null ? List.of() : List.copyOf(mentions);
		// Notes queued before notes had buttons are stored without them.
		actions = actions == null ? List.of() : List.copyOf(actions);
	}

	public ThreadNote(String text, List<Mention> mentions) {
		this(text, mentions, List.of());
	}

	public ThreadNote(String text) {
		this(text, List.of(), List.of());
	}

	/** The same note with only the mentions meant for one platform. */
	public ThreadNote forPlatform(String platform) {
		return new ThreadNote(text, mentions.stream().filter(mention -> mention.platform().equals(platform)).toList(),
				actions);
	}

	/**
	 * Someone to notify: a person or a group (a Slack user group, a Discord role).
	 *
	 * @param platform where the id means something
	 * @param id the platform's id for them
	 * @param group whether it is a group rather than a person
	 */
	public record Mention(String platform, String id, boolean group) {

		public Mention {
			if (!id.matches("[A-Za-z0-9_.-]{1,64}")) {
				throw new IllegalArgumentException("a mention is an id of letters and digits, not '" + id + "'");
			}
		}

	}

}
