package dev.frontline.stories.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records that the author of an anonymous story took part — their week answered, their
 * nomination shared — apart from the story: in a transaction of its own, at a random
 * moment later (before the week's reminder when there is time), so neither the database's
 * transaction ids, its write-ahead log nor the order of writes joins the story to them.
 * Until then the participation is only in this instance's memory; the digest records what
 * is still waiting for its week first. A restart in between forgets it: the week counts
 * one answer fewer, and the story is unaffected.
 */
@Component
public class AnonymousParticipation {

	private static final Logger log = LoggerFactory.getLogger(AnonymousParticipation.class);

	/** The longest wait before the participation is written. */
	static final Duration LONGEST_WAIT = Duration.ofMinutes(60);

	/**
	 * A participation waiting to be written.
	 *
	 * @param weekId the week they answered, or null when no week was open
	 * @param memberId the author, such as {@code slack:U0123}
	 * @param nominationId the nomination their story answered, or null
	 * @param due when to write it
	 */
	record Waiting(@Nullable Long weekId, String memberId, @Nullable Long nominationId, Instant due) {
	}

	private final List<Waiting> waiting = new ArrayList<>();

	private final StoryStore store;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AnonymousParticipation(StoryStore store, PlatformTransactionManager transactionManager, Clock clock) {
		this.store = store;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Remembers the author's participation, to be written at a random later moment; when
	 * called inside the story's transaction, only once that transaction commits.
	 */
	public void later(StoryStore.@Nullable Week week, String memberId, @Nullable Long nominationId) {
		Instant now = clock.instant();
		Duration longest = LONGEST_WAIT;
		if (week != null) {
			Instant before = week.remindedAt() == null && week.reminderAt().isAfter(now) ? week.reminderAt()
					: week.digestAt();
			Duration half = Duration.between(now, before).dividedBy(2);
			longest = half.compareTo(longest) < 0 ? half : longest;
		}
		long seconds = Math.max(1, longest.toSeconds());
		Waiting participation = new Waiting(week == null ? null : week.id(), memberId, nominationId,
				now.plusSeconds(1 + random.nextLong(seconds)));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					remember(participation);
				}
			});
		}
		else {
			remember(participation);
		}
	}

	/**
	 * Writes every participation now due, each in its own transaction.
	 * @return how many were written
	 */
	public int recordDue() {
		Instant now = clock.instant();
		return record(participation -> !participation.due().isAfter(now));
	}

	/**
	 * Writes whatever still waits for the week, before its digest counts who answered.
	 */
	public int recordAllOf(long weekId) {
		return record(participation -> participation.weekId() != null && participation.weekId() == weekId);
	}

	/** Every 30 seconds, on every instance: each holds its own. */
	@Scheduled(fixedDelay = 30, timeUnit = TimeUnit.SECONDS)
	void recordDueLogged() {
		try {
			recordDue();
		}
		catch (RuntimeException ex) {
			// Nothing that names anyone: the exception alone.
			log.warn("Recording story participation failed; trying again in 30 s: {}", ex.getClass().getName());
		}
	}

	private synchronized void remember(Waiting participation) {
		waiting.add(participation);
	}

	private int record(Predicate<Waiting> which) {
		List<Waiting> taken = new ArrayList<>();
		synchronized (this) {
			waiting.removeIf(participation -> which.test(participation) && taken.add(participation));
		}
		for (Waiting participation : taken) {
			try {
				ownTransaction.executeWithoutResult(status -> {
					if (participation.weekId() != null) {
						store.answered(participation.weekId(), participation.memberId());
					}
					if (participation.nominationId() != null) {
						store.nominationShared(participation.nominationId());
					}
				});
			}
			catch (RuntimeException ex) {
				remember(participation);
				throw ex;
			}
		}
		return taken.size();
	}

}
