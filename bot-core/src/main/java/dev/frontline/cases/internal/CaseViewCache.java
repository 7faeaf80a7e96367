package dev.frontline.cases.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.frontline.cases.CaseView;
import dev.frontline.cases.ComplaintView;
import dev.frontline.cases.HistoryEntry;

/**
 * Recently looked-up cases, so {@code /case} and the API answer without a round of
 * queries. A change evicts the case when its transaction ends, so no reader re-caches a
 * stale copy.
 */
@Component
public class CaseViewCache {

	/**
	 * About 64 MB of cases: bounded by their size, not their number, so a few cases with
	 * many long complaints cannot take the heap that thousands of ordinary ones would.
	 */
	static final long MAX_WEIGHT_BYTES = 64L * 1024 * 1024;

	private final Cache<Long, CaseView> views = Caffeine.newBuilder()
		.maximumWeight(MAX_WEIGHT_BYTES)
		.weigher((Long number, CaseView view) -> weigh(view))
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

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
		Optional<CaseView> loaded = load.apply(number);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			loaded.ifPresent(view -> views.put(number, view));
		}
		return loaded;
	}

	public void evict(long number) {
		views.invalidate(number);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					views.invalidate(number);
				}
			});
		}
	}

}
