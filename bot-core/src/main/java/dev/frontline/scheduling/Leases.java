package dev.frontline.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Database locks for work that runs as long as there is work, such as delivery: held for
 * {@link SchedulingSettings#lockAtMost()} and renewed in the background while the holder
 * lives. An instance that dies stops renewing, so the others take over within that time;
 * one that lives keeps the lock however long a platform takes to answer, so no one else
 * delivers the same message meanwhile.
 */
@Component
public class Leases implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Leases.class);

	private final LockProvider locks;

	private final SchedulingSettings settings;

	private final Clock clock;

	private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "frontline-lease-renewal");
		thread.setDaemon(true);
		return thread;
	});

	Leases(LockProvider locks, SchedulingSettings settings, Clock clock) {
		this.locks = locks;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Takes the lock of this name if no live instance holds it.
	 * @return the lease, to be closed when the work is done; empty when another holds it
	 */
	public Optional<Lease> acquire(String name) {
		return locks.lock(new LockConfiguration(clock.instant(), name, settings.lockAtMost(), Duration.ZERO))
			.map(Lease::new);
	}

	@Override
	public void destroy() {
		renewals.shutdownNow();
	}

	/** A held lock, renewed until closed or until renewing fails. */
	public final class Lease implements AutoCloseable {

		private @Nullable SimpleLock lock;

		private final ScheduledFuture<?> renewing;

		private Lease(SimpleLock lock) {
			this.lock = lock;
			long every = settings.renewEvery().toMillis();
			this.renewing = renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
		}

		/**
		 * Whether this instance still holds the lock; once false, it stops starting work
		 * under it, as another instance may take it.
		 */
		public synchronized boolean held() {
			return lock != null;
		}

		private synchronized void renew() {
			if (lock == null) {
				return;
			}
			try {
				lock = lock.extend(settings.lockAtMost(), Duration.ZERO).orElse(null);
			}
			catch (RuntimeException ex) {
				lock = null;
				log.warn("Could not renew a lock; leaving its work to whichever instance takes it: {}",
						ex.getMessage());
			}
			if (lock == null) {
				renewing.cancel(false);
			}
		}

		@Override
		public synchronized void close() {
			renewing.cancel(false);
			if (lock != null) {
				try {
					lock.unlock();
				}
				catch (RuntimeException ex) {
					log.warn("Could not release a lock; it lapses by itself: {}", ex.getMessage());
				}
				lock = null;
			}
		}

	}

}
