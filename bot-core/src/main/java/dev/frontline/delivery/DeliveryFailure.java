package dev.frontline.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

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

	/**
	 * Waits at most {@code timeout} for a platform's answer to a request sent on its own
	 * (as an SDK with its own rate limiter sends it). No answer in time is temporary, and
	 * the request is cancelled so that it is not sent later; a failed request becomes
	 * what {@code failure} makes of its cause.
	 */
	public static <T> T await(Future<T> answer, Duration timeout, String platform,
			Function<@Nullable Throwable, DeliveryFailure> failure) throws DeliveryFailure {
		try {
			return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			throw temporary("interrupted", ex);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw temporary(platform + " did not answer within " + timeout, ex);
		}
		catch (ExecutionException ex) {
			throw failure.apply(ex.getCause());
		}
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
