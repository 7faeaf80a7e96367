package dev.frontline.intake.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;

import dev.frontline.cases.IncomingComplaint;
import dev.frontline.cases.Receipt;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.intake.IntakeSettings;
import dev.frontline.intake.IntakeSettings.Feed;

/**
 * Polls the configured RSS/Atom feeds. Every entry goes through intake like a posted
 * complaint, so an entry seen again (on the next poll, or after a restart) is a replay
 * and opens nothing new.
 */
@Component
class FeedPoller extends FeedPolling<Feed> {

	private final ComplaintIntake intake;

	private final Clock clock;

	private final SourceRateLimit rateLimit;

	private final FeedFetcher fetcher;

	FeedPoller(IntakeSettings settings, ComplaintIntake intake, Clock clock, SourceRateLimit rateLimit,
			FeedFetcher fetcher) {
		super("frontline-feeds", settings.feeds());
		this.fetcher = fetcher;
		this.intake = intake;
		this.clock = clock;
		this.rateLimit = rateLimit;
	}

	/**
	 * Reads a feed once and takes in its new entries.
	 * @return how many entries were new
	 */
	@Override
	int poll(Feed feed) throws IOException, FeedException, InterruptedException {
		SyndFeed parsed = fetcher.fetch(feed.url());
		int taken = 0;
		Instant now = clock.instant();
		List<SyndEntry> entries = parsed.getEntries();
		for (int i = 0; i < entries.size(); i++) {
			// Each entry on its own: one that cannot be taken in is logged and skipped,
			// and
			// the entries after it are still read, on this poll and every later one.
			try {
				Optional<IncomingComplaint> complaint = FeedEntries.toComplaint(feed.name(), entries.get(i), now);
				if (complaint.isEmpty()) {
					continue;
				}
				if (rateLimit.admit(List.of(complaint.get())).isPresent()) {
					log.info("Feed {} reached its limit of {} complaints a minute; the rest waits for the next poll",
							feed.name(), rateLimit.perMinute());
					break;
				}
				Receipt receipt = intake.submit(List.of(complaint.get())).getFirst();
				if (!receipt.duplicate()) {
					taken++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Skipped entry {} of feed {}: {}", i + 1, feed.name(), ex.toString());
			}
		}
		return taken;
	}

	@Override
	String named(Feed feed) {
		return "Feed " + feed.name();
	}

	@Override
	String counted() {
		return "new complaint(s)";
	}

}
