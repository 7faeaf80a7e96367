package dev.frontline.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.List;

/**
 * The port a chat adapter implements so the core can show cards and thread notes.
 * <p>
 * Calls come from the delivery queue only, one at a time per channel and in order. After
 * a crash the queue may hand the same {@code deliveryId} over again when it cannot know
 * whether the first attempt arrived; adapters whose platform can recognise a repeat (an
 * idempotency key, a nonce, message metadata) use the id so that it is shown once.
 */
public interface ChatPlatform {

	/**
	 * The platform's name as used in team channel configuration: {@code slack},
	 * {@code discord}, {@code console}.
	 */
	String name();

	/**
	 * The least time between two messages to one channel that keeps within the platform's
	 * limits.
	 */
	Duration minimumIntervalPerChannel();

	/**
	 * Posts a new card.
	 * @return the platform's reference to the posted message, used to update it and to
	 * thread notes under it
	 */
	String postCard(ChannelAddress channel, Card card, String deliveryId) throws DeliveryFailure;

	/**
	 * Whether a card handed over in an attempt whose outcome is unknown (the instance
	 * that made it died) arrived after all, so it is not posted twice.
	 * @param deliveryId the id that attempt was given
	 * @return the posted message's reference, or empty when it did not arrive or the
	 * platform cannot tell
	 */
	default Optional<String> findPostedCard(ChannelAddress channel, String deliveryId) throws DeliveryFailure {
		return Optional.empty();
	}

	/** Replaces the content of a card posted earlier. Repeating it is harmless. */
	void updateCard(ChannelAddress channel, String messageRef, Card card) throws DeliveryFailure;

	/** Posts a note in the thread under a card posted earlier. */
	void postThreadNote(ChannelAddress channel, String cardMessageRef, ThreadNote note, String deliveryId)
			throws DeliveryFailure;

	/** Sends a message to one person, privately. */
	void sendDirectMessage(String userId, ThreadNote message, String deliveryId) throws DeliveryFailure;

	/**
	 * Posts a picture with its lines to a channel, such as the weekly review's chart. A
	 * platform that cannot attach files shows the lines as a card instead.
	 */
	default void postImage(ChannelAddress channel, ImagePost image, String deliveryId) throws DeliveryFailure {
		postCard(channel, new Card(image.title(), Card.Tone.NORMAL, List.of(), null, image.text().lines().toList(),
				List.of(), null), deliveryId);
	}

}
