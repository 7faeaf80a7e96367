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
import org.springframework.stereotype.Component;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;

import dev.frontline.access.MaskedUrl;
import dev.frontline.incidents.IncidentSignals;
import dev.frontline.incidents.SignalReceipt;
import dev.frontline.intake.IntakeSettings;
import dev.frontline.intake.IntakeSettings.StatusFeed;

/**
 * Polls the configured status feeds: each entry naming an incident key opens or updates
 * that key's incident as a signal posted to {@code /api/v1/signals} would, before
 * customers complain. An entry read again is the same signal and changes nothing.
 */
@Component
class StatusFeedPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StatusFeedPoller.class);

	private final List<StatusFeed> feeds;

	private final IncidentSignals signals;

	private final FeedFetcher fetcher;

	private @Nullable ScheduledExecutorService executor;

	StatusFeedPoller(IntakeSettings settings, IncidentSignals signals, FeedFetcher fetcher) {
		this.feeds = settings.statusFeeds();
		this.signals = signals;
		this.fetcher = fetcher;
	}

	/**
	 * Reads a status feed once and passes on its signals.
	 * @return how many incidents its entries opened or updated
	 */
	int poll(StatusFeed feed) throws IOException, FeedException, InterruptedException {
		List<SyndEntry> entries = fetcher.fetch(feed.url()).getEntries();
		int changed = 0;
		// Oldest first, as the events happened: feeds list the newest first.
		for (int i = entries.size() - 1; i >= 0; i--) {
			// Each entry on its own: one that cannot be read is logged and skipped.
			try {
				StatusFeedEntries.Read read = StatusFeedEntries.toSignal(entries.get(i), signals::keyOf);
				if (read.signal() == null) {
					log.debug("Status feed {}: entry {} skipped: it {}", feed.name(), i + 1, read.skippedBecause());
					continue;
				}
				SignalReceipt receipt = signals.receive(read.signal());
				if (!receipt.duplicate()) {
					changed++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Status feed {}: skipped entry {}: {}", feed.name(), i + 1, ex.toString());
			}
		}
		return changed;
	}

	void pollLogged(StatusFeed feed) {
		try {
			int changed = poll(feed);
			if (changed > 0) {
				log.info("Status feed {}: {} incident signal(s)", feed.name(), changed);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			// A status page that is down must not stop the others; it is read again next
			// time.
			log.warn("Status feed {} could not be read from {}: {}", feed.name(), MaskedUrl.of(feed.url()),
					MaskedUrl.scrub(ex.toString(), feed.url()));
		}
	}

	@Override
	public synchronized void start() {
		if (feeds.isEmpty()) {
			return;
		}
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "frontline-status-feeds");
			thread.setDaemon(true);
			return thread;
		});
		for (StatusFeed feed : feeds) {
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
