package dev.frontline.triage.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.frontline.triage.Correction;
import dev.frontline.triage.Triage;
import dev.frontline.triage.TriageCorrections;

/**
 * Keeps each correction and, when the learned layer is on, teaches it at once: after the
 * correction's transaction commits, so a correction that was rolled back teaches nothing.
 * With the layer off corrections are still kept and exported.
 */
@Service
class LearningFromCorrections implements TriageCorrections {

	private final CorrectionStore store;

	private final @Nullable LearnedTriage learned;

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
					learned.learn(example);
				}
			});
		}
		else {
			learned.learn(example);
		}
	}

	@Override
	public List<Correction> examples() {
		return store.latestPerCase();
	}

	/** What the learned layer learns from a correction. */
	static LabelledComplaint labelled(Correction correction) {
		return new LabelledComplaint(correction.exampleId(), LabelledComplaint.CORRECTIONS, correction.complaint(),
				correction.severity(), correction.team());
	}

}
