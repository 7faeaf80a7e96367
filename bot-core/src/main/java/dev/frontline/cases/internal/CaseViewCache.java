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

/**
 * Recently looked-up cases, so {@code /case} and the API answer without a round of
 * queries. A change evicts the case when its transaction ends, so no reader re-caches a
 * stale copy.
 */
@Component
public class CaseViewCache {

	private final Cache<Long, CaseView> views = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

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
