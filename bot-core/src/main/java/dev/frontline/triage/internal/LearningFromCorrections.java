package dev.frontline.triage.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.frontline.triage.Correction;
import dev.frontline.triage.Triage;
import dev.frontline.triage.TriageCorrections;

/**
 * Keeps each correction and, when the learned layer is on, teaches it at once: after the
 * correction's transaction commits, so a correction that was rolled back teaches nothing.
 * A complaint told the same way as a corrected one is judged as corrected from then on;
 * refitting the classifiers takes seconds, longer than a chat platform waits for its
 * answer, so it runs beside the request, one refit after another, and other complaints
 * are judged by the previous fit until it is done. With the layer off corrections are
 * still kept and exported.
 */
@Service
class LearningFromCorrections implements TriageCorrections {

	private static final Logger log = LoggerFactory.getLogger(LearningFromCorrections.class);

	private final CorrectionStore store;

	private final @Nullable LearnedTriage learned;

	private final ExecutorService learning = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());

	private volatile CompletableFuture<?> lastLearned = CompletableFuture.completedFuture(null);

	LearningFromCorrections(CorrectionStore store, Triage triage) {
		this.store = store;
		this.learned = triage instanceof LearnedTriage layer ? layer : null;
	}

	@Override
	public void record(Correction correction) {
		store.insert(correction);
		if (learned == null) {
			return;
		}
		LabelledComplaint example = labelled(correction);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					learn(example);
				}
			});
		}
		else {
			learn(example);
		}
	}

	private void learn(LabelledComplaint example) {
		try {
			learned.remember(example);
		}
		catch (RuntimeException failure) {
			log.warn("Triage could not learn from {}", example.id(), failure);
			return;
		}
		lastLearned = CompletableFuture.runAsync(learned::refit, learning).exceptionally(failure -> {
			log.warn("Triage could not learn from {}", example.id(), failure);
			return null;
		});
	}

	/** Waits until every correction recorded so far has been learned. */
	void awaitLearning() {
		lastLearned.join();
	}

	@PreDestroy
	void stop() {
		learning.shutdown();
	}

	@Override
	public List<Correction> examples() {
		return store.latestPerCase();
	}

	/** What the learned layer learns from a correction. */
	static LabelledComplaint labelled(Correction correction) {
		return new LabelledComplaint(correction.exampleId(), LabelledComplaint.CORRECTIONS, correction.complaint(),
				correction.severity(), correction.team(), correction.why());
	}

}
