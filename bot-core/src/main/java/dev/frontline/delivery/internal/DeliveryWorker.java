package dev.frontline.delivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Metrics;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ChatPlatform;
import dev.frontline.delivery.DeliveryFailure;
import dev.frontline.delivery.ImagePost;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.scheduling.Leases;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drains the outbox: for each channel, its oldest message first, no faster than the
 * platform allows, retrying failures with back-off. One thread, and one instance at a
 * time under a renewed database lock, so per-channel order and pacing hold across
 * instances; when each channel last answered is kept in the database for whichever
 * delivers next.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final Duration IDLE_POLL = Duration.ofSeconds(1);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	/** How long delivered messages are kept, for looking into what was sent. */
	private static final Duration RETENTION = Duration.ofDays(14);

	private final OutboxStore store;

	private final JsonMapper json;

	private final Clock clock;

	private final Map<String, ChatPlatform> platforms;

	private final Leases leases;

	private final Map<ChannelAddress, Instant> lastDeliveryByChannel = new HashMap<>();

	private final Object roundLock = new Object();

	private @Nullable ScheduledExecutorService executor;

	private @Nullable ScheduledFuture<?> nextRun;

	/**
	 * Set when the application stops: the message in hand is finished, no other begun.
	 */
	private volatile boolean stopping;

	DeliveryWorker(OutboxStore store, JsonMapper json, Clock clock, List<ChatPlatform> platforms, Leases leases) {
		this.leases = leases;
		this.store = store;
		this.json = json;
		this.clock = clock;
		this.platforms = platforms.stream().collect(Collectors.toMap(ChatPlatform::name, Function.identity()));
	}

	/** Asks for a delivery round now, as new messages were committed. */
	synchronized void wake() {
		schedule(Duration.ZERO);
	}

	private synchronized void schedule(Duration delay) {
		if (executor == null) {
			return;
		}
		if (nextRun != null && !nextRun.isDone()) {
			if (nextRun.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
				return;
			}
			nextRun.cancel(false);
		}
		nextRun = executor.schedule(this::runRound, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void runRound() {
		synchronized (this) {
			// This round is under way: the next one is whatever is scheduled from now on.
			nextRun = null;
		}
		Duration untilNext = IDLE_POLL;
		try {
			Optional<Leases.Lease> acquired = leases.acquire("frontline-delivery");
			if (acquired.isPresent()) {
				try (Leases.Lease lease = acquired.get()) {
					untilNext = deliverWhatIsDue(lease::held);
				}
			}
		}
		catch (Throwable ex) {
			// The database may be briefly unavailable; the messages are safe in it, try
			// again soon.
			log.warn("Delivery round failed, retrying in {}", IDLE_POLL, ex);
		}
		schedule(untilNext);
	}

	/**
	 * Delivers every channel's head that is due, repeating while progress is made. One
	 * round at a time, so a message is never handed to its platform twice at once.
	 * @return how long until something may next be due
	 */
	Duration deliverWhatIsDue() {
		return deliverWhatIsDue(() -> true);
	}

	/**
	 * @param stillHeld whether this instance still holds the delivery lock: once lost,
	 * nothing more is begun
	 */
	private Duration deliverWhatIsDue(BooleanSupplier stillHeld) {
		// A lock of its own, so waking the worker never waits for a slow platform call.
		synchronized (roundLock) {
			// Another instance may have delivered since this one last did.
			store.lastAnswers()
				.forEach((channel, at) -> lastDeliveryByChannel.merge(channel, at, DeliveryWorker::later));
			return deliverEachDueHead(stillHeld);
		}
	}

	private Duration deliverEachDueHead(BooleanSupplier stillHeld) {
		Duration untilNext = IDLE_POLL;
		boolean delivered = true;
		while (delivered) {
			delivered = false;
			untilNext = IDLE_POLL;
			for (OutboundMessage head : store.channelHeads()) {
				if (stopping || !stillHeld.getAsBoolean()) {
					return IDLE_POLL;
				}
				ChatPlatform platform = platforms.get(head.channel().platform());
				if (platform == null) {
					continue; // that platform is not connected in this run; its messages
								// wait
				}
				Instant now = clock.instant();
				Instant dueAt = later(head.notBefore(), paceAllows(head.channel(), platform));
				if (dueAt.isAfter(now)) {
					untilNext = min(untilNext, Duration.between(now, dueAt));
					continue;
				}
				deliver(head, platform);
				delivered = true;
			}
		}
		return untilNext;
	}

	private void deliver(OutboundMessage head, ChatPlatform platform) {
		store.markSending(head);
		try {
			switch (head.kind()) {
				case CARD -> deliverCard(head, platform);
				case THREAD_NOTE -> deliverNote(head, platform);
				case DIRECT_MESSAGE -> {
					platform.sendDirectMessage(head.channel().channel(),
							json.readValue(head.payload(), ThreadNote.class), head.deliveryId());
					store.messageDelivered(head);
				}
				case IMAGE -> {
					platform.postImage(head.channel(), json.readValue(head.payload(), ImagePost.class),
							head.deliveryId());
					store.messageDelivered(head);
				}
			}
		}
		catch (DeliveryFailure failure) {
			handleFailure(head, failure);
		}
		catch (RuntimeException ex) {
			handleFailure(head, DeliveryFailure.temporary(String.valueOf(ex.getMessage()), ex));
		}
		finally {
			// Paced from the answer, not the request: a slow request (a new connection)
			// must not let the next one reach the platform sooner than its interval.
			Instant answered = clock.instant();
			lastDeliveryByChannel.put(head.channel(), answered);
			try {
				store.answered(head.channel(), answered);
			}
			catch (RuntimeException ex) {
				log.warn("Could not record when {} last answered: {}", head.channel(), ex.getMessage());
			}
		}
	}

	private void deliverCard(OutboundMessage head, ChatPlatform platform) throws DeliveryFailure {
		// Only the newest version of a card matters; older waiting versions are skipped.
		OutboundMessage newest = store.newestCardVersion(head);
		Card card = json.readValue(newest.payload(), Card.class);
		Optional<String> posted = store.postedMessageRef(head.channel(), head.cardKey());
		if (posted.isEmpty() && head.inFlight()) {
			// Its last attempt was cut short (an instance died): it may have arrived.
			posted = platform.findPostedCard(head.channel(), head.deliveryId());
			if (posted.isPresent()) {
				store.cardDelivered(head, posted);
				if (newest.id() == head.id()) {
					return;
				}
			}
		}
		if (posted.isPresent()) {
			try {
				platform.updateCard(head.channel(), posted.get(), card);
				store.cardDelivered(newest, Optional.empty());
				return;
			}
			catch (DeliveryFailure failure) {
				if (!failure.isMessageGone()) {
					throw failure;
				}
				// Someone deleted the card: the case is still open, so it is posted
				// again, and its later versions and notes go to the new one.
				log.warn("The card {} in {} is gone ({}); posting it again", head.cardKey(), head.channel(),
						failure.getMessage());
				store.forgetPostedCard(head.channel(), head.cardKey());
			}
		}
		String ref = platform.postCard(head.channel(), card, head.deliveryId());
		store.cardDelivered(newest, Optional.of(ref));
	}

	private void deliverNote(OutboundMessage note, ChatPlatform platform) throws DeliveryFailure {
		Optional<String> cardRef = store.postedMessageRef(note.channel(), note.cardKey());
		if (cardRef.isEmpty()) {
			throw DeliveryFailure.permanent("the card " + note.cardKey() + " was never posted in " + note.channel());
		}
		platform.postThreadNote(note.channel(), cardRef.get(), json.readValue(note.payload(), ThreadNote.class),
				note.deliveryId());
		store.messageDelivered(note);
	}

	private void handleFailure(OutboundMessage message, DeliveryFailure failure) {
		// Counted for operations (frontline_delivery_failures_total): Spring Boot's
		// registries join the global one.
		Metrics.counter("frontline.delivery.failures", "platform", message.channel().platform(), "outcome",
				failure.isPermanent() ? "permanent" : failure.retryAfter().isPresent() ? "rate_limited" : "temporary")
			.increment();
		if (failure.isPermanent()) {
			log.error("Giving up on {} to {}: {}", message.deliveryId(), message.channel(), failure.getMessage());
			store.giveUp(message, failure.getMessage());
			return;
		}
		Duration backoff = failure.retryAfter().orElseGet(() -> backoff(message.attempts() + 1));
		log.warn("Delivery of {} to {} failed (attempt {}), retrying in {}: {}", message.deliveryId(),
				message.channel(), message.attempts() + 1, backoff, failure.getMessage());
		store.retryLater(message, clock.instant().plus(backoff), String.valueOf(failure.getMessage()));
	}

	/** 1 s, 2 s, 4 s… capped at five minutes: a platform that is down is not hammered. */
	static Duration backoff(int attempt) {
		long seconds = 1L << Math.min(Math.max(attempt - 1, 0), 20);
		return min(Duration.ofSeconds(seconds), MAX_BACKOFF);
	}

	private Instant paceAllows(ChannelAddress channel, ChatPlatform platform) {
		Instant last = lastDeliveryByChannel.get(channel);
		return last == null ? Instant.MIN : last.plus(platform.minimumIntervalPerChannel());
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	@Override
	public synchronized void start() {
		stopping = false;
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "frontline-delivery");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::purgeFinished, 1, 60, TimeUnit.MINUTES);
		schedule(Duration.ZERO);
	}

	private void purgeFinished() {
		try {
			int purged = store.purgeFinishedBefore(clock.instant().minus(RETENTION));
			if (purged > 0) {
				log.info("Purged {} delivered messages older than {}", purged, RETENTION);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Purging delivered messages failed; trying again in an hour", ex);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService running;
		synchronized (this) {
			running = executor;
			executor = null;
			// The round under way finishes its message and releases the lock, so another
			// instance carries on at once.
			stopping = true;
		}
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}

}
