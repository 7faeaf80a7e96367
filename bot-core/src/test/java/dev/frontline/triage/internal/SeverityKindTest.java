package dev.frontline.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.frontline.triage.Severity;

/**
 * A labelled complaint's kind is read from its labeller's reason, the deciding fact being
 * named first; the severity's chances are its kinds' together.
 */
class SeverityKindTest {

	@Test
	void aReasonThatNamesNoKindIsItsSeveritysFirst() {
		assertThat(SeverityKind.of(Severity.SEV1, "A child burned on board is an injury"))
			.isEqualTo(SeverityKind.SEV1_SAFETY);
		assertThat(SeverityKind.of(Severity.SEV2, "")).isEqualTo(SeverityKind.SEV2_IMPACT);
		assertThat(SeverityKind.of(Severity.SEV3, "a rude agent, followers 200")).isEqualTo(SeverityKind.SEV3);
	}

	@Test
	void ofTheKindsAReasonNamesTheFirstNamedDecides() {
		assertThat(SeverityKind.of(Severity.SEV1,
				"A complaint filed with the Department of Transportation is a regulator complaint; 600 followers"))
			.isEqualTo(SeverityKind.SEV1_LEGAL);
		assertThat(SeverityKind.of(Severity.SEV1, "Followers >= 500k and clearly angry is SEV1 (viral), legal aside"))
			.isEqualTo(SeverityKind.SEV1_VIRAL);
		assertThat(SeverityKind.of(Severity.SEV1, "A journalist asking about discrimination at the gate"))
			.isEqualTo(SeverityKind.SEV1_MEDIA);
		assertThat(SeverityKind.of(Severity.SEV2, "A platinum member still stuck at the gate, and angry"))
			.isEqualTo(SeverityKind.SEV2_TIER);
	}

	@Test
	void aSeveritysChancesAreItsKindsTogether() {
		double[] kinds = new double[SeverityKind.values().length];
		kinds[SeverityKind.SEV1_LEGAL.ordinal()] = 0.05;
		kinds[SeverityKind.SEV1_MEDIA.ordinal()] = 0.55;
		kinds[SeverityKind.SEV2_REACH.ordinal()] = 0.1;
		kinds[SeverityKind.SEV4.ordinal()] = 0.3;

		double[] severities = SeverityKind.severityChances(kinds);

		assertThat(severities).containsExactly(new double[] { 0.6, 0.1, 0, 0.3 }, within(1e-12));
		assertThat(SeverityKind.likeliest(Severity.SEV1, kinds)).isEqualTo(SeverityKind.SEV1_MEDIA);
		assertThat(SeverityKind.likeliest(Severity.SEV4, kinds)).isNull();
	}

	@Test
	void aKindIsNamedOnlyWhenItAloneIsMoreLikelyThanNot() {
		double[] kinds = new double[SeverityKind.values().length];
		kinds[SeverityKind.SEV1_SAFETY.ordinal()] = 0.4;
		kinds[SeverityKind.SEV1_LEGAL.ordinal()] = 0.05;
		kinds[SeverityKind.SEV3.ordinal()] = 0.55;

		assertThat(SeverityKind.likeliest(Severity.SEV1, kinds)).isNull();

		kinds[SeverityKind.SEV1_SAFETY.ordinal()] = 0.5;
		kinds[SeverityKind.SEV3.ordinal()] = 0.45;

		assertThat(SeverityKind.likeliest(Severity.SEV1, kinds)).isEqualTo(SeverityKind.SEV1_SAFETY);
	}

}
