package dev.frontline.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.frontline.triage.Severity;

/**
 * A severity is the one least costly on the classifiers' chances: one level off costs 1,
 * two or more {@link LearnedModel#TWO_LEVELS_OFF_COST}, a missed SEV1 the configured
 * amount more; the rubric's floor still holds.
 */
class SeverityChancesTest {

	private static LearnedModel.SeverityChances chances(double sev1, double sev2, double sev3, double sev4) {
		return new LearnedModel.SeverityChances(new double[] { sev1, sev2, sev3, sev4 }, Severity.SEV4);
	}

	@Test
	void aClearFavouriteIsRatedAsItIs() {
		assertThat(chances(0.05, 0.05, 0.2, 0.7).severityAt(1)).isEqualTo(Severity.SEV4);
		assertThat(chances(0.8, 0.1, 0.05, 0.05).severityAt(1)).isEqualTo(Severity.SEV1);
		assertThat(chances(0.05, 0.1, 0.8, 0.05).severityAt(1)).isEqualTo(Severity.SEV3);
	}

	@Test
	void aComplaintBetweenSev1AndOrdinaryIsRatedSev2OneLevelFromEither() {
		LearnedModel.SeverityChances torn = chances(0.35, 0.1, 0.45, 0.1);

		assertThat(torn.likeliest()).isEqualTo(Severity.SEV3);
		assertThat(torn.severityAt(1)).isEqualTo(Severity.SEV2);
		assertThat(torn.likeliestBeyond(Severity.SEV2)).isEqualTo(Severity.SEV1);
	}

	@Test
	void aDearerMissedSev1PagesOnAFainterChance() {
		LearnedModel.SeverityChances maybe = chances(0.38, 0.5, 0.1, 0.02);

		assertThat(maybe.severityAt(0)).isEqualTo(Severity.SEV2);
		assertThat(maybe.severityAt(1)).isEqualTo(Severity.SEV1);
		assertThat(maybe.likeliestBeyond(Severity.SEV1)).isEqualTo(Severity.SEV1);
	}

	@Test
	void aLikelyMildGripeIsNotPagedOnAFaintSev1Chance() {
		// The sarcastic survey line: 31% SEV1, but more likely than not a mild gripe.
		assertThat(chances(0.31, 0.04, 0.1, 0.55).severityAt(1)).isNotEqualTo(Severity.SEV1);
	}

	@Test
	void theRubricsFloorStillHolds() {
		LearnedModel.SeverityChances viral = new LearnedModel.SeverityChances(new double[] { 0.02, 0.03, 0.15, 0.8 },
				Severity.SEV1);

		assertThat(viral.learnedAt(1)).isEqualTo(Severity.SEV4);
		assertThat(viral.severityAt(1)).isEqualTo(Severity.SEV1);
	}

}
