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

	private DeliveryFailure(String message, @Nullable Duration retryAfter, boolean permanent,
			@Nullable Throwable cause) {
		super(message, cause);
		this.retryAfter = retryAfter;
		this.permanent = permanent;
	}

	/** The platform asked us to wait (HTTP 429 with {@code Retry-After}). */
	public static DeliveryFailure rateLimited(Duration retryAfter) {
		return new DeliveryFailure("rate limited, retry after " + retryAfter, retryAfter, false, null);
	}

	/** A failure that may pass: the platform is down, the network broke. */
	public static DeliveryFailure temporary(String message, @Nullable Throwable cause) {
		return new DeliveryFailure(message, null, false, cause);
	}

	/** A failure that retrying cannot fix, such as a channel that does not exist. */
	public static DeliveryFailure permanent(String message) {
		return new DeliveryFailure(message, null, true, null);
	}

	/** How long the platform asked us to wait, if it said. */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

	/** Whether retrying is pointless. */
	public boolean isPermanent() {
		return permanent;
	}

}
