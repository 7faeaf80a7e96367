package dev.frontline.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ChatPlatform;
import dev.frontline.delivery.DeliveryFailure;
import dev.frontline.delivery.ImagePost;
import dev.frontline.delivery.ThreadNote;

/**
 * A chat platform for tests, named {@code slack}: it records every call, can be told to
 * fail the next ones, and can be paced like Slack (one message a second per channel).
 */
public final class RecordingChatPlatform implements ChatPlatform {

	/** One call the core made. */
	public record Call(String method, ChannelAddress channel, String ref, Object content, Instant at,
			String deliveryId) {

		public Card card() {
			return (Card) content;
		}

		public ThreadNote note() {
			return (ThreadNote) content;
		}

	}

	private final Clock clock;

	private final List<Call> calls = new ArrayList<>();

	private final Deque<DeliveryFailure> failures = new ArrayDeque<>();

	private final AtomicInteger posted = new AtomicInteger();

	private volatile Duration interval = Duration.ZERO;

	private volatile Runnable beforePost = () -> {
	};

	public RecordingChatPlatform(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "slack";
	}

	@Override
	public Duration minimumIntervalPerChannel() {
		return interval;
	}

	/**
	 * Runs before each card is posted: a test can hold a post there, as a slow platform
	 * would.
	 */
	public void beforeEachPost(Runnable hook) {
		this.beforePost = hook;
	}

	/** Paces delivery to each channel as a real platform would. */
	public void pace(Duration interval) {
		this.interval = interval;
	}

	@Override
	public String postCard(ChannelAddress channel, Card card, String deliveryId) throws DeliveryFailure {
		// Outside the lock, so a test can look at the calls while a post is held.
		beforePost.run();
		return recordPost(channel, card, deliveryId);
	}

	private synchronized String recordPost(ChannelAddress channel, Card card, String deliveryId)
			throws DeliveryFailure {
		failIfTold();
		String ref = "ts-" + posted.incrementAndGet();
		calls.add(new Call("postCard", channel, ref, card, clock.instant(), deliveryId));
		return ref;
	}

	/** Finds a card this platform received, by the delivery id it was posted with. */
	@Override
	public synchronized Optional<String> findPostedCard(ChannelAddress channel, String deliveryId) {
		return calls.stream()
			.filter(call -> call.method().equals("postCard") && call.channel().equals(channel)
					&& call.deliveryId().equals(deliveryId))
			.map(Call::ref)
			.findFirst();
	}

	@Override
	public synchronized void updateCard(ChannelAddress channel, String messageRef, Card card) throws DeliveryFailure {
		failIfTold();
		calls.add(new Call("updateCard", channel, messageRef, card, clock.instant(), ""));
	}

	@Override
	public synchronized void postThreadNote(ChannelAddress channel, String cardMessageRef, ThreadNote note,
			String deliveryId) throws DeliveryFailure {
		failIfTold();
		calls.add(new Call("postThreadNote", channel, cardMessageRef, note, clock.instant(), deliveryId));
	}

	@Override
	public synchronized void sendDirectMessage(String userId, ThreadNote message, String deliveryId)
			throws DeliveryFailure {
		failIfTold();
		calls.add(new Call("sendDirectMessage", new ChannelAddress("slack", userId), userId, message, clock.instant(),
				deliveryId));
	}

	@Override
	public synchronized void postImage(ChannelAddress channel, ImagePost image, String deliveryId)
			throws DeliveryFailure {
		failIfTold();
		calls.add(new Call("postImage", channel, channel.channel(), image, clock.instant(), deliveryId));
	}

	/** Makes the next call fail this way (calls queue up, one failure each). */
	public synchronized void failNext(DeliveryFailure failure) {
		failures.add(failure);
	}

	public synchronized List<Call> calls() {
		return List.copyOf(calls);
	}

	public synchronized List<Call> callsFor(String cardRefOrChannel) {
		return calls.stream()
			.filter(call -> call.ref().equals(cardRefOrChannel) || call.channel().channel().equals(cardRefOrChannel))
			.toList();
	}

	public synchronized void reset() {
		calls.clear();
		failures.clear();
	}

	private void failIfTold() throws DeliveryFailure {
		DeliveryFailure failure = failures.poll();
		if (failure != null) {
			throw failure;
		}
	}

}
