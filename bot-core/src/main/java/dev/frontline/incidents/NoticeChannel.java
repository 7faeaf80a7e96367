package dev.frontline.incidents;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a notice to customers shares with a case's reply: the reply policy's checks, and
 * the outbound connector that posts it. The replies capability provides both; notices use
 * them through this.
 */
public interface NoticeChannel {

	/** Every check the text fails when posted on that source. */
	List<Finding> check(String text, String source);

	/** Whether a connector posts notices, rather than people by hand. */
	boolean connected();

	/**
	 * Posts one customer's copy, signed, with its idempotency key; outside any
	 * transaction.
	 * @throws InterruptedException when the thread is stopped while waiting
	 */
	Answer post(String idempotencyKey, String json) throws InterruptedException;

	/** How long to wait before the next attempt, given how many were made. */
	Duration retryIn(int attempts, @Nullable Duration asked);

	/**
	 * A check the text failed.
	 *
	 * @param blocks whether it stops approval
	 * @param message what is wrong, for staff
	 */
	record Finding(boolean blocks, String message) {
	}

	/**
	 * What the connector said.
	 *
	 * @param taken whether it took the copy
	 * @param error why not, or null
	 * @param retryAfter how long it asked to wait, or null
	 */
	record Answer(boolean taken, @Nullable String error, @Nullable Duration retryAfter) {
	}

}
