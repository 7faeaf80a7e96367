package dev.frontline.delivery;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A chat platform did not take a message; the queue retries it unless it is permanent.
 */
public class DeliveryFailure extends Exception {

	private final @Nullable Duration retryAfter;

	private final boolean permanent;

	private final boolean messageGone;

	private DeliveryFailure(String message, @Nullable Duration retryAfter, boolean permanent, boolean messageGone,
			@Nullable Throwable cause) {
		super(message, cause);
		this.retryAfter = retryAfter;
		this.permanent = permanent;
		this.messageGone = messageGone;
	}

	/** The platform asked us to wait (HTTP 429 with {@code Retry-After}). */
	public static DeliveryFailure rateLimited(Duration retryAfter) {
		return new DeliveryFailure("rate limited, retry after " + retryAfter, retryAfter, false, false, null);
	}

	/** A failure that may pass: the platform is down, the network broke. */
	public static DeliveryFailure temporary(String message, @Nullable Throwable cause) {
		return new DeliveryFailure(message, null, false, false, cause);
	}

	/** A failure that retrying cannot fix, such as a channel that does not exist. */
	public static DeliveryFailure permanent(String message) {
		return new DeliveryFailure(message, null, true, false, null);
	}

	/**
	 * The message to update is no longer there (someone deleted it): updating it can
	 * never work, and a card is posted again instead.
	 */
	public static DeliveryFailure messageGone(String message) {
		return new DeliveryFailure(message, null, true, true, null);
	}

	/** How long the platform asked us to wait, if it said. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

	/** Whether the message this was about no longer exists. */
	public boolean isMessageGone() {
		return messageGone;
	}

	/** Whether retrying is pointless. */
	public boolean isPermanent() {
		return permanent;
	}

}
