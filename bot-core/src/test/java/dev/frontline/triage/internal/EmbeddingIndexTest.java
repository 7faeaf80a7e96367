package dev.frontline.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EmbeddingIndexTest {

	@Test
	void eachSimilarityIsTheDotProductOfTheTwoEmbeddings() {
		Random random = new Random(7);
		List<float[]> indexed = unitVectors(random, 37, 24);
		// Not a multiple of the block, so the last pass compares fewer.
		List<float[]> compared = unitVectors(random, EmbeddingIndex.BLOCK * 2 + 3, 24);

		EmbeddingIndex index = EmbeddingIndex.of(indexed);
		double[][] together = index.similarities(compared);

		assertThat(index.size()).isEqualTo(37);
		for (int q = 0; q < compared.size(); q++) {
			double[] alone = index.similarities(compared.get(q));
			for (int i = 0; i < indexed.size(); i++) {
				double dot = 0;
				for (int k = 0; k < 24; k++) {
					dot += (double) compared.get(q)[k] * indexed.get(i)[k];
				}
				assertThat(together[q][i]).isCloseTo(dot, within(1e-6));
				assertThat(alone[i]).as("one at a time or in a block, the same sums").isEqualTo(together[q][i]);
			}
		}
		assertThat(index.similarities(indexed.get(5))[5]).isCloseTo(1, within(1e-6));
	}

	@Test
	void embeddingsOfDifferentLengthsAreRefused() {
		assertThatThrownBy(() -> EmbeddingIndex.of(List.of(new float[] { 1, 0 }, new float[] { 1, 0, 0 })))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("embedding 1 has 3 numbers, not 2");
	}

	private static List<float[]> unitVectors(Random random, int count, int dimensions) {
		List<float[]> vectors = new ArrayList<>();
		for (int v = 0; v < count; v++) {
			float[] vector = new float[dimensions];
			double norm = 0;
			for (int k = 0; k < dimensions; k++) {
				vector[k] = (float) random.nextGaussian();
				norm += vector[k] * vector[k];
			}
			for (int k = 0; k < dimensions; k++) {
				vector[k] /= (float) Math.sqrt(norm);
			}
			vectors.add(vector);
		}
		return vectors;
	}

}
