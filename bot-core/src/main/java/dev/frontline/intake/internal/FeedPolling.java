package dev.frontline.intake.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.rometools.rome.io.FeedException;

import dev.frontline.access.MaskedUrl;
import dev.frontline.intake.IntakeSettings.PolledFeed;

/**
 * Reads each configured feed at its own pace on one background thread, from start-up to
 * shutdown. A feed that is down or malformed is logged (its address without credentials)
 * and read again next time; it never stops the others.
 *
 * @param <F> the kind of feed
 */
abstract class FeedPolling<F extends PolledFeed> implements SmartLifecycle {

	/** Named after the poller, so each kind of feed logs as itself. */
	protected final Logger log = LoggerFactory.getLogger(getClass());

	private final String threadName;

	private final List<F> feeds;

	private @Nullable ScheduledExecutorService executor;

	/**
	 * @param threadName what the polling thread is called in a thread dump
	 */
	FeedPolling(String threadName, List<F> feeds) {
		this.threadName = threadName;
		this.feeds = feeds;
	}

	/**
	 * Reads a feed once.
	 * @return how many of its entries changed anything
	 */
	abstract int poll(F feed) throws IOException, FeedException, InterruptedException;

	/** The feed as the log names it: {@code Feed reviews}. */
	abstract String named(F feed);

	/** What a poll's count is of, for the log: {@code new complaint(s)}. */
	abstract String counted();

	void pollLogged(F feed) {
		try {
			int changed = poll(feed);
			if (changed > 0) {
				log.info("{}: {} {}", named(feed), changed, counted());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("{} could not be read from {}: {}", named(feed), MaskedUrl.of(feed.url()),
					MaskedUrl.scrub(ex.toString(), feed.url()));
		}
	}

	@Override
	public synchronized void start() {
		if (feeds.isEmpty()) {
			return;
		}
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, threadName);
			thread.setDaemon(true);
			return thread;
		});
		for (F feed : feeds) {
			started.scheduleWithFixedDelay(() -> pollLogged(feed), 0, feed.every().toMillis(), TimeUnit.MILLISECONDS);
		}
		executor = started;
	}

	@Override
	public synchronized void stop() {
		if (executor != null) {
			executor.shutdownNow();
			executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}

}
