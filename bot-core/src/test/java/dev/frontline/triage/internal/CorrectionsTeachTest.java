package dev.frontline.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.frontline.teams.Teams;
import dev.frontline.teams.TeamsSettings;
import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Correction;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;
import dev.frontline.triage.TriageSettings;

/**
 * With the real learned layer: once staff corrected a complaint, one told the same way in
 * other words is rated as they corrected it, at once, and again after a restart, when the
 * corrections come back from the database. Fitted on
 * {@link TriageCrossValidationTest#FIRST_WRITERS}: enough to show how a correction
 * teaches.
 */
class CorrectionsTeachTest {

	static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	static final ComplaintSignals CORRECTED = complaint("My connecting flight from Denver was two hours late, so I "
			+ "only reached the hotel after midnight. Not impressed.");

	static final ComplaintSignals TOLD_AGAIN = complaint(
			"The connection out of Denver ran two hours late and I got to my hotel past midnight. Not great.");

	static Binder binder;

	static LearnedTriage learned;

	@BeforeAll
	static void fit() {
		binder = ExampleTriage.binder(Map.of("frontline.triage.model.examples[0]",
				"file:" + TriageCrossValidationTest.LABELLED.toAbsolutePath() + "/"
						+ TriageCrossValidationTest.FIRST_WRITERS,
				"frontline.triage.model.enabled", "true", "frontline.triage.model.cache-dir",
				TriageConfiguration.DEFAULT_CACHE.toString()));
		Teams teams = new Teams(binder.bind("frontline", TeamsSettings.class).get());
		TriageSettings settings = binder.bind("frontline.triage", TriageSettings.class).get();
		learned = new LearnedTriage(new PhraseTriage(settings, teams),
				() -> TextEmbeddings.rememberedIn(TriageConfiguration.DEFAULT_CACHE),
				TriageConfiguration.labelled(settings.model().examples(), new PathMatchingResourcePatternResolver()),
				List.copyOf(teams.names()), LearnedModel.Tuning.DEFAULT, FittedClassifierFiles.NONE);
	}

	@AfterAll
	static void close() {
		learned.close();
	}

	static ComplaintSignals complaint(String text) {
		return new ComplaintSignals("x", text, 300, 2, 0, 1, "none", NOW.minusSeconds(600), 0);
	}

	static Correction correction() {
		return new Correction(4242, CORRECTED, Severity.SEV2, "loyalty", "a paid award trip: they missed the event",
				"Sam (slack:U0123)", NOW);
	}

	@Test
	void aComplaintToldLikeACorrectedOneIsThenRatedTheCorrectedWay() {
		Assessment before = learned.assess(TOLD_AGAIN, NOW);
		assertThat(before.severity()).isNotEqualTo(Severity.SEV2);
		assertThat(before.team()).isNotEqualTo("loyalty");
		CorrectionStore store = mock(CorrectionStore.class);
		int examples = learned.learnedFrom();

		LearningFromCorrections corrections = new LearningFromCorrections(store, learned);
		corrections.record(correction());
		corrections.awaitLearning();

		verify(store).insert(correction());
		Assessment after = learned.assess(TOLD_AGAIN, NOW);
		assertThat(after.severity()).isEqualTo(Severity.SEV2);
		assertThat(after.team()).isEqualTo("loyalty");
		assertThat(after.reasons().getFirst().label()).startsWith("reads like SEV2: told like correction-4242")
			.doesNotContain("Denver");
		corrections.record(correction());
		corrections.awaitLearning();
		assertThat(learned.learnedFrom()).as("a case corrected again replaces its example").isEqualTo(examples + 1);
	}

	@Test
	void afterARestartTheCorrectionsInTheDatabaseTeachItAgain() throws Exception {
		CorrectionStore store = mock(CorrectionStore.class);
		when(store.latestPerCase()).thenReturn(List.of(correction()));

		Triage restarted = new TriageConfiguration().triage(binder.bind("frontline.triage", TriageSettings.class).get(),
				new Teams(binder.bind("frontline", TeamsSettings.class).get()),
				new PathMatchingResourcePatternResolver(), store);
		try {
			Assessment told = restarted.assess(TOLD_AGAIN, NOW);
			assertThat(told.severity()).isEqualTo(Severity.SEV2);
			assertThat(told.team()).isEqualTo("loyalty");
		}
		finally {
			((AutoCloseable) restarted).close();
		}
	}

}
