package dev.frontline.incidents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.delivery.ThreadNote;
import dev.frontline.incidents.IncidentSettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Brings incident cards up to date with the complaints that arrived since they were last
 * shown, at most once per {@code update-every} each: a storm of complaints becomes a
 * handful of updates, and the last one always shows the final count.
 */
@Component
class IncidentRefresher {

	private static final Logger log = LoggerFactory.getLogger(IncidentRefresher.class);

	private final IncidentStore store;

	private final IncidentBoard board;

	private final IncidentSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final IncidentMentions mentions;

	IncidentRefresher(IncidentStore store, IncidentBoard board, IncidentSettings settings,
			TransactionTemplate transactions, Clock clock, IncidentMentions mentions) {
		this.mentions = mentions;
		this.store = store;
		this.board = board;
		this.settings = settings;
		this.transactions = transactions;
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

	/** Every second, on one instance at a time. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	@SchedulerLock(name = "frontline-incidents")
	void refreshLogged() {
		try {
			announceBreaches();
			refreshDue();
		}
		catch (RuntimeException ex) {
			// The counts are safe in the database; the next poll shows them.
			log.warn("Refreshing incident cards failed", ex);
		}
	}

}
