package dev.frontline.delivery;

/**
 * Where the core hands cards and thread notes for chat. What is handed over inside a
 * transaction is stored with it, delivered after it commits, in order per channel, at a
 * pace the platform accepts, and retried until it arrives.
 */
public interface DeliveryQueue {

	/**
	 * Shows a card: posts it the first time its key is seen in that channel, updates it
	 * in place afterwards. When several versions wait, only the newest is sent.
	 * @param channel where
	 * @param cardKey what the card is about, such as {@code case-1042}
	 * @param card its content now
	 */
	void showCard(ChannelAddress channel, String cardKey, Card card);

	/** Adds a note to the thread of the card with that key, after the card itself. */
	void addThreadNote(ChannelAddress channel, String cardKey, ThreadNote note);

	/**
	 * Sends a message to one person privately, such as a supervisor told that a draft
	 * waits for them.
	 * @param platform where the person is
	 * @param userId the platform's id for them
	 */
	void sendDirect(String platform, String userId, ThreadNote message);

	/**
	 * Posts a picture with its lines to a channel, on its own rather than as a card: it
	 * is never updated and has no thread.
	 */
	void postImage(ChannelAddress channel, ImagePost image);

	/** Whether a chat platform of that name is connected. */
	boolean isActive(String platform);

	/** How many messages are waiting, for health checks and graceful shutdown. */
	long pendingCount();

}
