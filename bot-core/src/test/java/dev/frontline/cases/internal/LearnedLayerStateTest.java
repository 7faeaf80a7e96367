package dev.frontline.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.frontline.triage.Triage;

/**
 * What {@code GET /api/v1/cases/awaiting-rating} says of the learned layer, so that a
 * caller waiting for a backlog to be rated knows whether rating has begun at all.
 */
class LearnedLayerStateTest {

	final Triage triage = mock(Triage.class);

	@Test
	void rulesAloneAreOff() {
		when(triage.readsMeaning()).thenReturn(false);
		when(triage.ready()).thenReturn(CompletableFuture.completedFuture(null));

		assertThat(CasesController.learnedLayer(triage)).isEqualTo("off");
	}

	@Test
	void aLayerStillFittingSaysSoThenReady() {
		CompletableFuture<Void> fitted = new CompletableFuture<>();
		when(triage.readsMeaning()).thenReturn(true);
		when(triage.ready()).thenReturn(fitted);

		assertThat(CasesController.learnedLayer(triage)).isEqualTo("fitting");
		fitted.complete(null);
		assertThat(CasesController.learnedLayer(triage)).isEqualTo("ready");
	}

	@Test
	void aFitThatFailedLeavesTheRulesRating() {
		// A layer that failed no longer reads meaning: the rules rate.
		when(triage.readsMeaning()).thenReturn(false);
		when(triage.ready()).thenReturn(CompletableFuture.failedFuture(new IllegalStateException("no model")));

		assertThat(CasesController.learnedLayer(triage)).isEqualTo("failed");
	}

}
