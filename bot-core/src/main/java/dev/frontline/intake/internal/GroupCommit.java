package dev.frontline.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

/**
 * Lets concurrent submissions share one commit. A submission waits for one of a few
 * committers (lanes); whoever gets a lane stores every submission waiting by then in one
 * transaction and hands each its own result. Under load, submissions pile up while a
 * commit is written and the next commit takes them all, so commits per second stay about
 * the same while what each commit holds grows; alone, a submission commits at once, with
 * no window to wait out. With two lanes, one commit's statements run while the other's is
 * written to disk.
 *
 * <p>
 * Every result is handed out only after its commit returned, so an answer still means the
 * submission is stored. When anything fails in a shared commit, the whole transaction is
 * rolled back and each of its submissions is stored again in a transaction of its own: a
 * failure reaches only the submission that caused it.
 *
 * @param <S> a submission
 * @param <R> what storing it answers
 */
public final class GroupCommit<S, R> {

	private final Function<List<S>, List<R>> together;

	private final Function<S, R> alone;

	private final ToIntFunction<S> size;

	private final int mostPerCommit;

	private final Semaphore lanes;

	private final Queue<Pending<S, R>> waiting = new ConcurrentLinkedQueue<>();

	/**
	 * @param together stores submissions in one transaction, answering in their order; if
	 * anything fails it throws and stores none of them
	 * @param alone stores one submission in a transaction of its own
	 * @param size how many items a submission holds (complaints, say)
	 * @param mostPerCommit how many items one shared commit takes at most; a larger
	 * submission is still taken whole, alone
	 * @param lanes how many commits may be under way at once
	 */
	public GroupCommit(Function<List<S>, List<R>> together, Function<S, R> alone, ToIntFunction<S> size,
			int mostPerCommit, int lanes) {
		this.together = together;
		this.alone = alone;
		this.size = size;
		this.mostPerCommit = mostPerCommit;
		this.lanes = new Semaphore(lanes);
	}

	/**
	 * Stores a submission, with whatever others are waiting, and answers once it is
	 * committed.
	 * @throws RuntimeException what storing this submission threw
	 */
	public R submit(S submission) {
		Pending<S, R> mine = new Pending<>(submission);
		waiting.add(mine);
		// Until a committer, this caller or another, has taken it along.
		while (!mine.taken) {
			lanes.acquireUninterruptibly();
			try {
				// Lets the requests already running reach the queue first, so this commit
				// takes them along: without it, on two cores intake's commits held 1.7
				// complaints each; with it, 5.3, and intake took nearly twice as many a
				// second. With nothing else to run, it returns at once.
				Thread.yield();
				List<Pending<S, R>> group = takeWaiting();
				if (!group.isEmpty()) {
					commit(group);
				}
			}
			finally {
				lanes.release();
			}
		}
		return mine.result();
	}

	/** How many submissions wait for a commit now. */
	int waitingCount() {
		return waiting.size();
	}

	private List<Pending<S, R>> takeWaiting() {
		List<Pending<S, R>> group = new ArrayList<>();
		int items = 0;
		Pending<S, R> next;
		while ((next = waiting.peek()) != null) {
			int itsSize = size.applyAsInt(next.submission);
			if (!group.isEmpty() && items + itsSize > mostPerCommit) {
				break;
			}
			Pending<S, R> taken = waiting.poll();
			if (taken == null) {
				break;
			}
			taken.taken = true;
			group.add(taken);
			items += itsSize;
		}
		return group;
	}

	private void commit(List<Pending<S, R>> group) {
		try {
			if (group.size() == 1) {
				commitAlone(group.getFirst());
				return;
			}
			List<R> results;
			try {
				results = together.apply(group.stream().map(pending -> pending.submission).toList());
			}
			catch (RuntimeException oneFailed) {
				// Rolled back whole; committed one by one, only the failing one fails.
				group.forEach(this::commitAlone);
				return;
			}
			for (int i = 0; i < group.size(); i++) {
				group.get(i).succeeded(results.get(i));
			}
		}
		catch (Throwable unexpected) {
			// Nobody else would settle them: their submitters would wait forever.
			for (Pending<S, R> pending : group) {
				if (!pending.isSettled()) {
					pending.failed(unexpected);
				}
			}
			throw unexpected;
		}
	}

	private void commitAlone(Pending<S, R> pending) {
		try {
			pending.succeeded(alone.apply(pending.submission));
		}
		catch (RuntimeException failure) {
			pending.failed(failure);
		}
	}

	/** A submission and, once its commit is over, its result or failure. */
	private static final class Pending<S, R> {

		final S submission;

		/** Whether a committer took it from the queue: that one settles it. */
		volatile boolean taken;

		private final CountDownLatch settled = new CountDownLatch(1);

		private @Nullable R result;

		private @Nullable Throwable failure;

		Pending(S submission) {
			this.submission = submission;
		}

		boolean isSettled() {
			return settled.getCount() == 0;
		}

		void succeeded(R value) {
			result = value;
			settled.countDown();
		}

		void failed(Throwable cause) {
			failure = cause;
			settled.countDown();
		}

		/** Waits until its committer settled it, and answers as it was settled. */
		R result() {
			boolean interrupted = false;
			while (!isSettled()) {
				try {
					settled.await();
				}
				catch (InterruptedException ex) {
					// The commit goes on regardless, and the answer must say how it
					// ended.
					interrupted = true;
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
			if (failure instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (failure instanceof Error error) {
				throw error;
			}
			if (failure != null) {
				throw new IllegalStateException(failure);
			}
			if (result == null) {
				throw new IllegalStateException("settled without a result");
			}
			return result;
		}

	}

}
