package dev.frontline.intake.internal;

import java.io.IOException;
import java.util.List;

import org.springframework.stereotype.Component;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;

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
class StatusFeedPoller extends FeedPolling<StatusFeed> {

	private final IncidentSignals signals;

	private final FeedFetcher fetcher;

	StatusFeedPoller(IntakeSettings settings, IncidentSignals signals, FeedFetcher fetcher) {
		super("frontline-status-feeds", settings.statusFeeds());
		this.signals = signals;
		this.fetcher = fetcher;
	}

	/**
	 * Reads a status feed once and passes on its signals.
	 * @return how many incidents its entries opened or updated
	 */
	@Override
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

	@Override
	String named(StatusFeed feed) {
		return "Status feed " + feed.name();
	}

	@Override
	String counted() {
		return "incident signal(s)";
	}

}
