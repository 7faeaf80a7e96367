package dev.frontline.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

import dev.frontline.cases.internal.CaseBoard;
import dev.frontline.cases.internal.CaseRow;
import dev.frontline.cases.internal.CaseStore;
import dev.frontline.cases.internal.CaseViewCache;
import dev.frontline.cases.internal.CaseViews;
import dev.frontline.cases.internal.ComplaintStore;
import dev.frontline.cases.internal.ComplaintStore.AwaitingRating;
import dev.frontline.triage.Assessment;
import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;

/**
 * Rates each complaint with the learned layer right after intake stored it with the
 * rules' rating, so intake's answer never waits for the model. Before a case's card goes
 * out the learned rating may raise or lower it and route it to another team; the card
 * waits for it a short while at most (frontline.triage-rating.card-waits-at-most, 200
 * ms). After the card is out it re-rates the case as a new mention does: only ever more
 * urgent, with {@link CaseRerated}.
 *
 * <p>
 * Which complaints await the rating is kept in the database, so a complaint stored just
 * before a crash is rated after the restart.
 */
@Component
class LearnedRating implements DisposableBean {

	/** Complaints queued in memory; more wait in the database for the next sweep. */
	static final int QUEUED_AT_MOST = 2_048;

	/** At most this many ratings of a backlog share one commit. */
	static final int RATED_PER_COMMIT = 16;

	/**
	 * At most this many ratings that cards wait for are rated together: the model then
	 * reads what it compares with once for them all, and the first card waits for a few
	 * more ratings than its own.
	 */
	static final int CARDS_RATED_TOGETHER = 8;

	/** A complaint the model fails on this often keeps the rules' rating. */
	static final int ATTEMPTS = 3;

	private static final Logger log = LoggerFactory.getLogger(LearnedRating.class);

	private final ComplaintStore complaints;

	private final CaseStore cases;

	private final CaseViews views;

	private final CaseViewCache cache;

	private final CaseBoard board;

	private final Triage triage;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ComplaintReception reception;

	private final TransactionTemplate transactions;

	private final ThreadPoolExecutor workers;

	private final ThreadPoolExecutor cardWorker;

	private final ScheduledExecutorService cardHolds;

	/** Complaints queued or being rated in this process, so none is queued twice. */
	private final Set<Long> queued = ConcurrentHashMap.newKeySet();

	private final Map<Long, Integer> failures = new ConcurrentHashMap<>();

	private final AtomicLong order = new AtomicLong();

	/**
	 * Cards that went out with the rules' rating, their wait for the learned one over:
	 * the learned rating then updates the card, one more message in the channel.
	 */
	private final Counter cardsBeforeRating = Metrics.counter("frontline.cards.before.learned.rating");

	LearnedRating(ComplaintStore complaints, CaseStore cases, CaseViews views, CaseViewCache cache, CaseBoard board,
			Triage triage, Clock clock, ApplicationEventPublisher events, ComplaintReception reception,
			PlatformTransactionManager transactionManager) {
		this.complaints = complaints;
		this.cases = cases;
		this.views = views;
		this.cache = cache;
		this.board = board;
		this.triage = triage;
		this.clock = clock;
		this.events = events;
		this.reception = reception;
		this.transactions = new TransactionTemplate(transactionManager);
		// One worker for the rest: the model runs each complaint on one core, and intake
		// keeps the rest of the machine. It runs at the lowest priority, so a backlog's
		// rating waits while intake, cards and commands want the cores (the JVM takes
		// the priority to the operating system when started with scripts/java-options).
		this.workers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(),
				daemon("frontline-rating", Thread.MIN_PRIORITY));
		// And one for the ratings a card waits for, at normal priority. Beside the
		// backlog at the lowest, such a rating waited for the rating in progress and for
		// a core nothing else wanted; had the card's wait run out first, the card went
		// out and was updated a moment later: one more message in that channel, which
		// holds up the next card there by up to a second.
		this.cardWorker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new PriorityBlockingQueue<>(),
				daemon("frontline-card-rating", Thread.NORM_PRIORITY));
		this.cardHolds = Executors
			.newSingleThreadScheduledExecutor(daemon("frontline-card-hold", Thread.NORM_PRIORITY));
	}

	private static ThreadFactory daemon(String name, int priority) {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			thread.setPriority(priority);
			return thread;
		};
	}

	@TransactionalEventListener
	void onStored(ComplaintAwaitingRating stored) {
		if (!triage.readsMeaning()) {
			return;
		}
		Duration cardHeldFor = stored.cardHeldFor();
		if (cardHeldFor != null) {
			cardHolds.schedule(() -> releaseCardQuietly(stored.caseNumber()), cardHeldFor.toMillis(),
					TimeUnit.MILLISECONDS);
			queueForCard(stored.complaintId(), System.nanoTime() + cardHeldFor.toNanos());
		}
		else {
			queue(stored.complaintId());
		}
	}

	/**
	 * Queues what awaits the learned rating in the database: after a restart, and what
	 * the in-memory queue had no room for. Posts the cards whose wait ran out while no
	 * process was there to post them.
	 */
	@Scheduled(initialDelay = 0, fixedDelay = 2, timeUnit = TimeUnit.SECONDS)
	void rateWhatAwaits() {
		if (!triage.readsMeaning()) {
			// Started without the learned layer after complaints awaited it: they keep
			// the rules' rating and their cards go out.
			for (long id : complaints.awaitingRating(QUEUED_AT_MOST)) {
				transactions.executeWithoutResult(status -> keepRulesRating(id));
			}
			return;
		}
		int room = QUEUED_AT_MOST - workers.getQueue().size();
		if (room > QUEUED_AT_MOST / 2) {
			for (long id : complaints.awaitingRating(room + queued.size())) {
				queue(id);
			}
		}
		for (long number : cases.cardHoldsDueBy(clock.instant())) {
			releaseCardQuietly(number);
		}
	}

	/**
	 * Queues a rating no card waits for: a backlog (a storm, a restart), whose cards went
	 * out with the rules' rating or never will, and the complaints too minor for one.
	 */
	private void queue(long complaintId) {
		if (workers.getQueue().size() >= QUEUED_AT_MOST) {
			// It stays marked in the database: the next sweep queues it.
			return;
		}
		if (queued.add(complaintId)) {
			execute(workers, new Job(complaintId, false, order.incrementAndGet(), 0));
		}
	}

	/**
	 * Queues a rating a card waits for, on the worker that rates only those.
	 * @param waitEnds when the card stops waiting, in {@link System#nanoTime()}
	 */
	private void queueForCard(long complaintId, long waitEnds) {
		if (queued.add(complaintId)) {
			execute(cardWorker, new Job(complaintId, true, order.incrementAndGet(), waitEnds));
		}
	}

	private void execute(ThreadPoolExecutor executor, Job job) {
		try {
			executor.execute(job);
		}
		catch (RejectedExecutionException stopping) {
			queued.remove(job.complaintId);
		}
	}

	/** One complaint to rate; oldest first. */
	private final class Job implements Runnable, Comparable<Job> {

		private final long complaintId;

		private final boolean cardWaits;

		private final long order;

		/** When its card stops waiting, in {@link System#nanoTime()}, if one waits. */
		private final long waitEnds;

		Job(long complaintId, boolean cardWaits, long order, long waitEnds) {
			this.complaintId = complaintId;
			this.cardWaits = cardWaits;
			this.order = order;
			this.waitEnds = waitEnds;
		}

		/**
		 * Rates this complaint and, in a backlog (a storm, a burst of intake, a restart),
		 * those next in line, together, and commits them together: committing every
		 * rating on its own was a sixth of the rating's time, and the model reads what it
		 * compares with once for several complaints. A rating a card waits for is rated
		 * with the other cards' that wait, a few at most, and committed at once.
		 */
		@Override
		public void run() {
			if (cardWaits && waitRanOut()) {
				toBacklog();
				return;
			}
			List<Job> taken = takeTogether();
			try {
				commit(assess(taken.stream().map(job -> job.complaintId).toList()));
			}
			finally {
				taken.forEach(done -> queued.remove(done.complaintId));
			}
		}

		/**
		 * This job and those queued after it on its worker, as many as are rated
		 * together.
		 */
		private List<Job> takeTogether() {
			ThreadPoolExecutor worker = cardWaits ? cardWorker : workers;
			int most = cardWaits ? CARDS_RATED_TOGETHER : RATED_PER_COMMIT;
			List<Job> taken = new ArrayList<>(List.of(this));
			// Only this worker's own thread takes from its queue: what it peeks it
			// removes.
			while (taken.size() < most && worker.getQueue().peek() instanceof Job next
					&& worker.getQueue().remove(next)) {
				if (next.cardWaits && next.waitRanOut()) {
					next.toBacklog();
				}
				else {
					taken.add(next);
				}
			}
			return taken;
		}

		private boolean waitRanOut() {
			return System.nanoTime() - waitEnds > 0;
		}

		/**
		 * Its card went out meanwhile: nothing waits for this rating any more, so it
		 * joins the backlog at the lowest priority (still marked as queued).
		 */
		private void toBacklog() {
			execute(workers, new Job(complaintId, false, order, 0));
		}

		@Override
		public int compareTo(Job other) {
			return Long.compare(order, other.order);
		}

	}

	/**
	 * The learned rating of each complaint still awaiting one, rated together; should
	 * that fail, each on its own, so one complaint's failure does not fail the others'.
	 */
	private List<Rated> assess(List<Long> complaintIds) {
		List<AwaitingRating> awaiting = new ArrayList<>();
		for (long complaintId : complaintIds) {
			try {
				complaints.awaitingRating(complaintId).ifPresent(awaiting::add);
			}
			catch (RuntimeException ex) {
				failed(complaintId, ex);
			}
		}
		if (awaiting.isEmpty()) {
			return List.of();
		}
		try {
			List<Assessment> learned = triage.assessAll(awaiting.stream()
				.map(complaint -> new Triage.ComplaintAt(complaint.signals(), complaint.receivedAt()))
				.toList());
			List<Rated> rated = new ArrayList<>(awaiting.size());
			for (int i = 0; i < awaiting.size(); i++) {
				rated.add(new Rated(awaiting.get(i), learned.get(i)));
			}
			return rated;
		}
		catch (RuntimeException together) {
			List<Rated> rated = new ArrayList<>();
			for (AwaitingRating complaint : awaiting) {
				try {
					rated.add(new Rated(complaint, triage.assess(complaint.signals(), complaint.receivedAt())));
				}
				catch (RuntimeException ex) {
					failed(complaint.id(), ex);
				}
			}
			return rated;
		}
	}

	private void commit(List<Rated> rated) {
		if (rated.isEmpty()) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> rated.forEach(one -> apply(one.complaint(), one.learned())));
			rated.forEach(one -> failures.remove(one.complaint().id()));
		}
		catch (RuntimeException together) {
			// One complaint's failure does not fail the others': each on its own.
			rated.forEach(this::commitAlone);
		}
	}

	private void commitAlone(Rated one) {
		try {
			transactions.executeWithoutResult(status -> apply(one.complaint(), one.learned()));
			failures.remove(one.complaint().id());
		}
		catch (RuntimeException ex) {
			failed(one.complaint().id(), ex);
		}
	}

	private record Rated(AwaitingRating complaint, Assessment learned) {
	}

	private void failed(long complaintId, RuntimeException ex) {
		int failed = failures.merge(complaintId, 1, Integer::sum);
		if (failed < ATTEMPTS) {
			log.warn("Learned rating of complaint {} failed ({}); trying again at the next sweep", complaintId,
					ex.toString());
		}
		else {
			log.error("Learned rating of complaint {} failed {} times; it keeps the rules' rating", complaintId, failed,
					ex);
			failures.remove(complaintId);
			transactions.executeWithoutResult(status -> keepRulesRating(complaintId));
		}
	}

	private void keepRulesRating(long complaintId) {
		complaints.awaitingRating(complaintId).ifPresent(complaint -> {
			CaseRow row = cases.findForUpdate(complaint.caseNumber()).orElseThrow();
			if (complaints.keepRating(complaintId)) {
				releaseWhenRated(row, clock.instant());
			}
		});
	}

	private void apply(AwaitingRating complaint, Assessment learned) {
		CaseRow row = cases.findForUpdate(complaint.caseNumber()).orElseThrow();
		if (!complaints.rated(complaint.id(), learned)) {
			return;
		}
		Instant now = clock.instant();
		CaseRow updated = row.posted() ? afterCard(row, learned, now) : beforeCard(row, learned, now);
		releaseWhenRated(updated, now);
		cache.evict(row.number());
	}

	/**
	 * The case has no card yet: its severity becomes the most urgent of its complaints'
	 * ratings, lower or higher, and the complaint that decides it gives the reasons and
	 * the team.
	 */
	private CaseRow beforeCard(CaseRow row, Assessment learned, Instant now) {
		Severity severity = complaints.severitiesOfCase(row.number()).getFirst();
		boolean decides = learned.severity() == severity;
		int score = decides ? learned.score() : row.score();
		List<Reason> reasons = decides ? learned.reasons() : row.reasons();
		CaseRow updated = row;
		if (severity != row.severity() || !reasons.equals(row.reasons())) {
			@Nullable Instant acknowledgeBy = row.status() != CaseStatus.OPEN ? row.acknowledgeBy()
					: triage.acknowledgeWithin(severity).map(row.openedAt()::plus).orElse(null);
			updated = cases.update(row.rerated(score, severity, reasons, acknowledgeBy), now);
			if (severity != row.severity()) {
				cases.appendHistory(row.number(), now, ComplaintReception.SYSTEM, "RE_RATED",
						row.severity() + " → " + severity + " (score " + row.score() + " → " + score
								+ "), as the complaint reads, before its card went out");
			}
		}
		if (decides && updated.incident() == null && !learned.team().equals(updated.team())) {
			String from = updated.team();
			updated = cases.routeBeforeCard(updated, learned.team(), now);
			cases.appendHistory(row.number(), now, ComplaintReception.SYSTEM, "ROUTED",
					from + " → " + learned.team() + ", as the complaint reads, before its card went out");
		}
		return updated;
	}

	/**
	 * The card is out: as a new mention does, the rating only ever makes the case more
	 * urgent; at the same severity the card shows the learned reasons.
	 */
	private CaseRow afterCard(CaseRow row, Assessment learned, Instant now) {
		if (learned.severity().isMoreUrgentThan(row.severity())) {
			@Nullable Instant acknowledgeBy = row.status() == CaseStatus.OPEN
					? ComplaintReception.earlier(row.acknowledgeBy(),
							triage.acknowledgeWithin(learned.severity()).map(now::plus).orElse(null))
					: row.acknowledgeBy();
			CaseRow updated = cases
				.update(row.rerated(learned.score(), learned.severity(), learned.reasons(), acknowledgeBy), now);
			cases.appendHistory(row.number(), now, ComplaintReception.SYSTEM, "RE_RATED",
					row.severity() + " → " + learned.severity() + " (score " + row.score() + " → " + learned.score()
							+ "), as the complaint reads");
			if (updated.status() == CaseStatus.OPEN) {
				events.publishEvent(new CaseRerated(updated.number(), row.severity(), updated.severity(), now,
						updated.acknowledgeBy()));
			}
			board.show(views.assemble(updated));
			return updated;
		}
		if (learned.severity() == row.severity() && complaints.countOfCase(row.number()) == 1
				&& !learned.reasons().equals(row.reasons())) {
			CaseRow updated = cases
				.update(row.rerated(learned.score(), row.severity(), learned.reasons(), row.acknowledgeBy()), now);
			board.show(views.assemble(updated));
			return updated;
		}
		return row;
	}

	/**
	 * Once none of its complaints awaits the learned rating, a held card goes out with
	 * the case's rating now (or not at all, if it is now only recorded).
	 */
	private void releaseWhenRated(CaseRow row, Instant now) {
		if (complaints.awaitingRatingOnCase(row.number()) > 0) {
			return;
		}
		if (cases.cardHeld(row.number())) {
			release(row, now);
		}
		else if (!row.posted() && cardDue(row)) {
			// Rated up from what the rules only record: its card goes out now.
			reception.post(row, now);
		}
	}

	private void release(CaseRow row, Instant now) {
		cases.releaseCard(row.number());
		if (cardDue(row)) {
			reception.post(row, now);
		}
		cache.evict(row.number());
	}

	/**
	 * The wait ran out: the card goes out with the rules' rating, and the learned rating
	 * corrects it when it comes.
	 */
	private void releaseCardQuietly(long number) {
		try {
			Boolean released = transactions.execute(status -> {
				CaseRow row = cases.findForUpdate(number).orElseThrow();
				if (cases.cardHeld(number)) {
					release(row, clock.instant());
					return true;
				}
				return false;
			});
			if (Boolean.TRUE.equals(released)) {
				cardsBeforeRating.increment();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Posting the held card of case {} failed ({}); the next sweep tries again", number, ex.toString());
		}
	}

	/** Whether a case without a card gets one now: one resolved meanwhile does not. */
	private static boolean cardDue(CaseRow row) {
		return row.status().isUnresolved() && ComplaintReception.shouldPost(row);
	}

	@Override
	public void destroy() {
		cardWorker.shutdownNow();
		workers.shutdownNow();
		cardHolds.shutdownNow();
	}

}
