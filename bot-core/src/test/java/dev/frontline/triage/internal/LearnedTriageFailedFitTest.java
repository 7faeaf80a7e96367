package dev.frontline.triage.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.triage.ComplaintSignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A learned layer whose fit fails (a heap too small for it, as a 384 MiB one became with
 * 9,465 labelled complaints) leaves the rules to rate: intake must neither wait for it
 * nor fail on it.
 */
class LearnedTriageFailedFitTest {

	static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	@Test
	void aFitThatRanOutOfMemoryLeavesTheRulesVerdictAndNothingWaitsForIt() {
		PhraseTriage rules = ExampleTriage.engine();
		LearnedTriage learned = new LearnedTriage(rules, () -> {
			throw new OutOfMemoryError("Java heap space");
		}, List.of(), List.copyOf(ExampleTriage.teams().names()), LearnedModel.Tuning.DEFAULT,
				FittedClassifierFiles.NONE);
		ComplaintSignals complaint = new ComplaintSignals("x",
				"My bag from LK220 never arrived and the baggage desk has not answered in four days.", 800, 3, 1, 2,
				null, NOW.minusSeconds(600), 0);

		assertThat(learned.readsMeaning()).as("before its fit").isTrue();
		learned.startFitting();
		assertThatThrownBy(() -> learned.ready().join()).hasRootCauseInstanceOf(OutOfMemoryError.class);

		assertThat(learned.readsMeaning()).as("after its fit failed").isFalse();
		assertThat(learned.assess(complaint, NOW)).isEqualTo(rules.assess(complaint, NOW));
		learned.close();
	}

}
