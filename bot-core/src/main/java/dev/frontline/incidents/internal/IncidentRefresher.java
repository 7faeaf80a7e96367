package dev.frontline.incidents.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import dev.frontline.delivery.ThreadNote;
import dev.frontline.incidents.IncidentSettings;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Brings incident cards up to date with the complaints that arrived since they were last
 * shown, at most once per {@code update-every} each: a storm of complaints becomes a
 * handful of updates, and the last one always shows the final count.
 */
@Component
class IncidentRefresher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IncidentRefresher.class);

	private static final Duration POLL = Duration.ofSeconds(1);

	private final IncidentStore store;

	private final IncidentBoard board;

	private final IncidentSettings settings;

	private final TransactionTemplate transactions;

	private final LockingTaskExecutor lock;

	private final Clock clock;

	private final IncidentMentions mentions;

	private @Nullable ScheduledExecutorService executor;

	IncidentRefresher(IncidentStore store, IncidentBoard board, IncidentSettings settings,
			TransactionTemplate transactions, LockingTaskExecutor lock, Clock clock, IncidentMentions mentions) {
		this.mentions = mentions;
		this.store = store;
		this.board = board;
		this.settings = settings;
		this.transactions = transactions;
		this.lock = lock;
		this.clock = clock;
	}

	/**
	 * Shows every incident card that changed and was last shown at least
	 * {@code update-every} ago.
	 * @return how many were shown
	 */
	int refreshDue() {
		Instant now = clock.instant();
		int shown = 0;
		for (long number : store.staleAndShownBefore(now.minus(settings.updateEvery()))) {
			transactions.executeWithoutResult(status -> board.show(number));
			shown++;
		}
		return shown;
	}

	/**
	 * Announces, once each, the incidents nobody acknowledged in time: the card turns to
	 * breached and the on-call group and supervisors are called in its thread. Marked in
	 * the same transaction as the note, so a restart announces none twice.
	 * @return how many were announced
	 */
	int announceBreaches() {
		int announced = 0;
		for (long number : store.breachedUnannounced(clock.instant())) {
			Boolean done = transactions.execute(status -> {
				if (!store.markBreachAnnounced(number)) {
					return false;
				}
				IncidentRow row = store.find(number).orElseThrow();
				store.appendHistory(number, clock.instant(), KeyedIncidentGrouping.SYSTEM, "SLA_BREACHED",
						"not acknowledged by " + row.acknowledgeBy());
				board.show(number);
				board.note(number, row.team(),
						new ThreadNote("Incident " + number + " was not acknowledged in time, and its customers are"
								+ " waiting: who takes it?", mentions.onCallAndSupervisors(row.team())));
				return true;
			});
			announced += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return announced;
	}

	private void refreshLogged() {
		try {
			lock.executeWithLock((Runnable) () -> {
				announceBreaches();
				refreshDue();
			}, new LockConfiguration(clock.instant(), "frontline-incidents", Duration.ofMinutes(2), Duration.ZERO));
		}
		catch (Throwable ex) {
			// The counts are safe in the database; the next poll shows them.
			log.warn("Refreshing incident cards failed", ex);
		}
	}

	@Override
	public synchronized void start() {
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "frontline-incidents");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::refreshLogged, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (executor != null) {
			executor.shutdown();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}

}
