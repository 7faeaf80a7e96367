package dev.frontline.cases;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A complaint as it arrives, already validated field by field at the edge (see intake).
 *
 * @param source where it was posted: {@code x}, {@code reviews}, a feed's name…
 * @param externalId its id at the source, unique within the source
 * @param text what the customer wrote, 1–10,000 characters
 * @param url the public post, or null
 * @param postedAt when it was posted, or null for now
 * @param author who wrote it
 * @param engagement how much attention it has
 * @param inReplyTo the external id of the post it answers, or null
 * @param customer what the company knows of the customer
 * @param language its language tag, or null
 */
public record IncomingComplaint(String source, String externalId, String text, @Nullable URI url,
		@Nullable Instant postedAt, Author author, Engagement engagement, @Nullable String inReplyTo, Customer customer,
		@Nullable String language) {

	/** The longest complaint text accepted. */
	public static final int MAX_TEXT_LENGTH = 10_000;

	public IncomingComplaint {
		require(!source.isBlank(), "source is required");
		require(!externalId.isBlank(), "externalId is required");
		require(!text.isBlank() && text.length() <= MAX_TEXT_LENGTH,
				"text must be 1.." + MAX_TEXT_LENGTH + " characters");
	}

	private static void require(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalArgumentException(problem);
		}
	}

	/**
	 * @param handle the public handle, such as {@code @jo}, or null
	 * @param displayName the shown name, or null
	 * @param followers the public reach, 0 when unknown
	 */
	public record Author(@Nullable String handle, @Nullable String displayName, long followers) {

		public static final Author UNKNOWN = new Author(null, null, 0);

	}

	/** Likes, shares and replies so far. */
	public record Engagement(long likes, long shares, long replies) {

		public static final Engagement NONE = new Engagement(0, 0, 0);

	}

	/**
	 * @param tier loyalty tier such as {@code gold}, or null
	 * @param reference a booking or membership reference, or null
	 */
	public record Customer(@Nullable String tier, @Nullable String reference) {

		public static final Customer UNKNOWN = new Customer(null, null);

	}

}
