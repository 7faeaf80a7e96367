package dev.frontline.cases.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.frontline.cases.CaseView;
import dev.frontline.changes.ChangeSignals;
import dev.frontline.cases.ComplaintView;
import dev.frontline.cases.HistoryEntry;

/**
 * Recently looked-up cases, so {@code /case} and the API answer without a round of
 * queries. A change evicts the case when its transaction ends, so no reader re-caches a
 * stale copy, and is announced to the other instances on the database, which evict it
 * when it commits. Should a signal be lost, a copy lives {@link #EXPIRY} at most.
 */
@Component
public class CaseViewCache {

	static final String TOPIC = "case";

	/** How long a copy is trusted if a change signal was somehow missed. */
	static final Duration EXPIRY = Duration.ofSeconds(30);

	/**
	 * About 64 MB of cases: bounded by their size, not their number, so a few cases with
	 * many long complaints cannot take the heap that thousands of ordinary ones would.
	 */
	static final long MAX_WEIGHT_BYTES = 64L * 1024 * 1024;

	private final Cache<Long, CaseView> views = Caffeine.newBuilder()
		.maximumWeight(MAX_WEIGHT_BYTES)
		.weigher((Long number, CaseView view) -> weigh(view))
		.expireAfterWrite(EXPIRY)
		.build();

	/**
	 * Counts evictions, so a view read before one is not cached after it: the reader
	 * might hold the copy from before the change.
	 */
	private final AtomicLong evictions = new AtomicLong();

	private final ChangeSignals signals;

	CaseViewCache(ChangeSignals signals) {
		this.signals = signals;
		signals.listen(TOPIC, new ChangeSignals.ChangeListener() {
			@Override
			public void changed(String key) {
				dropLocally(Long.parseLong(key));
			}

			@Override
			public void forgetAll() {
				evictions.incrementAndGet();
				views.invalidateAll();
			}
		});
	}

	/** Roughly the bytes a case's view holds: its texts, two bytes a character. */
	static int weigh(CaseView view) {
		long bytes = 2_000;
		for (ComplaintView complaint : view.complaints()) {
			bytes += 500 + 2L * complaint.text().length();
		}
		for (HistoryEntry entry : view.history()) {
			bytes += 200 + (entry.detail() == null ? 0 : 2L * entry.detail().length());
		}
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	public Optional<CaseView> get(long number, LongFunction<Optional<CaseView>> load) {
		CaseView cached = views.getIfPresent(number);
		if (cached != null) {
			return Optional.of(cached);
		}
		long evictionsBefore = evictions.get();
		Optional<CaseView> loaded = load.apply(number);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			loaded.ifPresent(view -> {
				views.put(number, view);
				if (evictions.get() != evictionsBefore) {
					// Evicted while it was read: it may be the copy from before.
					views.invalidate(number);
				}
			});
		}
		return loaded;
	}

	/**
	 * Forgets a case that changes, here at once and again when the transaction ends, and
	 * everywhere else when it commits.
	 */
	public void evict(long number) {
		dropLocally(number);
		signals.announce(TOPIC, Long.toString(number));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					dropLocally(number);
				}
			});
		}
	}

	private void dropLocally(long number) {
		evictions.incrementAndGet();
		views.invalidate(number);
	}

}
