package dev.frontline.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Severity;

/**
 * A fold's closeness read from the closest kept among all complaints is what the fit
 * would read comparing the fold's complaints itself, to the last bit: when a fold leaves
 * out a few of a complaint's closest, when it leaves out so many that too few are kept
 * (it compares anew), and for a severity with fewer than three complaints.
 */
class ClosestBySeverityTest {

	@Test
	void eachFoldReadsTheClosenessItsFitWouldCompareItself() {
		Random random = new Random(7);
		List<LabelledComplaint> examples = new ArrayList<>();
		List<float[]> embeddings = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			// Two SEV1 only: fewer than the three closest a severity is read by.
			Severity severity = i < 2 ? Severity.SEV1 : Severity.values()[1 + random.nextInt(3)];
			examples.add(new LabelledComplaint("t-" + i, "test",
					new ComplaintSignals("x", "complaint " + i, 10, 0, 0, 0, null, Instant.EPOCH, 0), severity,
					"care-social", ""));
			embeddings.add(unitVector(random));
		}
		ClosestBySeverity closest = ClosestBySeverity.among(examples, embeddings);
		EmbeddingIndex index = EmbeddingIndex.of(embeddings);

		List<IntPredicate> fits = List.of(j -> j % 10 != 3, j -> j % 10 != 0, j -> j % 2 == 0, j -> j >= 250);
		for (IntPredicate fittedOn : fits) {
			for (int i = 0; i < examples.size(); i++) {
				if (fittedOn.test(i)) {
					assertThat(closest.closeness(i, fittedOn)).as("complaint %d", i)
						.containsExactly(comparedByTheFit(i, fittedOn, index, embeddings, examples));
				}
			}
		}
	}

	/**
	 * What the fit reads: the similarities to the complaints it is fitted on, itself out.
	 */
	private static double[] comparedByTheFit(int i, IntPredicate fittedOn, EmbeddingIndex index,
			List<float[]> embeddings, List<LabelledComplaint> examples) {
		int[] on = IntStream.range(0, examples.size()).filter(fittedOn).toArray();
		double[] all = index.similarities(embeddings.get(i));
		double[] similarities = new double[on.length];
		int[] severities = new int[on.length];
		for (int k = 0; k < on.length; k++) {
			similarities[k] = on[k] == i ? Double.NEGATIVE_INFINITY : all[on[k]];
			severities[k] = examples.get(on[k]).severity().ordinal();
		}
		return LearnedModel.severityCloseness(similarities, severities);
	}

	private static float[] unitVector(Random random) {
		float[] vector = new float[16];
		for (int k = 0; k < vector.length; k++) {
			vector[k] = (float) random.nextGaussian();
		}
		return ComplaintFeatures.unit(vector);
	}

}
