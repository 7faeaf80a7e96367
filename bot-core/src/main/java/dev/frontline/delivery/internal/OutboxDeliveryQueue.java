package dev.frontline.delivery.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ChatPlatform;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ImagePost;
import dev.frontline.delivery.ThreadNote;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery queue as a transactional outbox: messages are rows written in the caller's
 * transaction, so a message exists exactly when the change that caused it was committed.
 */
@Component
class OutboxDeliveryQueue implements DeliveryQueue {

	private final OutboxStore store;

	private final JsonMapper json;

	/** Direct messages belong to no card. */
	static final String DIRECT_KEY = "direct";

	/** Image posts belong to no card either. */
	static final String IMAGE_KEY = "image";

	private final DeliveryWorker worker;

	private final Map<String, ChatPlatform> platforms;

	OutboxDeliveryQueue(OutboxStore store, JsonMapper json, DeliveryWorker worker, List<ChatPlatform> platforms) {
		this.store = store;
		this.json = json;
		this.worker = worker;
		this.platforms = platforms.stream().collect(Collectors.toMap(ChatPlatform::name, Function.identity()));
	}

	@Override
	public void showCard(ChannelAddress channel, String cardKey, Card card) {
		store.add(channel, cardKey, OutboundMessage.Kind.CARD, json.writeValueAsString(card),
				card.tone() == Card.Tone.CRITICAL ? OutboxStore.CRITICAL_CARD : OutboxStore.CARD);
		wakeWorkerAfterCommit();
	}

	@Override
	public void addThreadNote(ChannelAddress channel, String cardKey, ThreadNote note) {
		store.add(channel, cardKey, OutboundMessage.Kind.THREAD_NOTE, json.writeValueAsString(note), OutboxStore.NOTE);
		wakeWorkerAfterCommit();
	}

	@Override
	public void sendDirect(String platform, String userId, ThreadNote message) {
		store.add(new ChannelAddress(platform, userId), DIRECT_KEY, OutboundMessage.Kind.DIRECT_MESSAGE,
				json.writeValueAsString(message), OutboxStore.NOTE);
		wakeWorkerAfterCommit();
	}

	@Override
	public void postImage(ChannelAddress channel, ImagePost image) {
		store.add(channel, IMAGE_KEY, OutboundMessage.Kind.IMAGE, json.writeValueAsString(image), OutboxStore.NOTE);
		wakeWorkerAfterCommit();
	}

	@Override
	public boolean isActive(String platform) {
		return platforms.containsKey(platform);
	}

	@Override
	public long pendingCount() {
		return store.pendingCount();
	}

	private void wakeWorkerAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					worker.wake();
				}
			});
		}
		else {
			worker.wake();
		}
	}

}
