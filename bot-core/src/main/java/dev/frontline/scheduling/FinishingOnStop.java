package dev.frontline.scheduling;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a sender's work on its way finish when Frontline stops gracefully, and starts no
 * other. A sender posts to an outside connector outside any transaction, then records its
 * answer: stopped between the two (the sender interrupted, or the database pool closed
 * before the commit), a message the connector took stays pending and goes again after the
 * restart. The sender is a lifecycle bean that hands its start and stop here; lifecycle
 * beans stop before the pool closes, so the record's commit still has it.
 */
public final class FinishingOnStop {

	private static final Logger log = LoggerFactory.getLogger(FinishingOnStop.class);

	/** Held while the work runs: stopping waits for it. */
	private final ReentrantLock working = new ReentrantLock();

	private final String onItsWay;

	private final Duration finishWithin;

	private volatile boolean running;

	private volatile boolean stopping;

	/**
	 * @param onItsWay what is on its way, for the log when it does not finish in time ("a
	 * notice")
	 * @param finishWithin how long stopping waits: the connector's answer and the commit
	 * take milliseconds; what a hanging connector holds goes again after the restart,
	 * under the same key
	 */
	public FinishingOnStop(String onItsWay, Duration finishWithin) {
		this.onItsWay = onItsWay;
		this.finishWithin = finishWithin;
	}

	/**
	 * Runs the work, which asks {@link #stopping()} between messages; a stop waits for
	 * it.
	 */
	public <T> T finishing(Supplier<T> work) {
		working.lock();
		try {
			return work.get();
		}
		finally {
			working.unlock();
		}
	}

	/** Whether Frontline is stopping: no new message should go. */
	public boolean stopping() {
		return stopping;
	}

	public void start() {
		stopping = false;
		running = true;
	}

	/** Starts no other message and waits for the one on its way. */
	public void stop() {
		stopping = true;
		try {
			if (working.tryLock(finishWithin.toMillis(), TimeUnit.MILLISECONDS)) {
				working.unlock();
			}
			else {
				log.warn("{} was still on its way after {}; it goes again after the restart", onItsWay, finishWithin);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			running = false;
		}
	}

	public boolean isRunning() {
		return running;
	}

}
