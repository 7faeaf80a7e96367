package dev.frontline.triage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The labelled complaints' embeddings, kept dimension by dimension rather than complaint
 * by complaint, to compare a complaint with all of them at once. Each dimension then adds
 * its share to every complaint's similarity in one loop over independent sums, which the
 * JIT compiles to wide arithmetic; a dot product per complaint is one running sum that it
 * cannot widen. Fitting compares every labelled complaint with every other, and judging
 * compares each rated complaint with them all.
 */
final class EmbeddingIndex {

	/**
	 * How many complaints are compared in one pass over the index: each dimension's
	 * values are read once for all of them while they are in the processor's cache.
	 */
	static final int BLOCK = 8;

	/** byDimension[k][i]: the k-th number of the i-th complaint's embedding. */
	private final float[][] byDimension;

	private final int size;

	private EmbeddingIndex(float[][] byDimension, int size) {
		this.byDimension = byDimension;
		this.size = size;
	}

	/**
	 * @param embeddings unit vectors, all the same length
	 */
	static EmbeddingIndex of(List<float[]> embeddings) {
		int size = embeddings.size();
		int dimensions = size == 0 ? 0 : embeddings.getFirst().length;
		float[][] byDimension = new float[dimensions][size];
		for (int i = 0; i < size; i++) {
			float[] embedding = embeddings.get(i);
			if (embedding.length != dimensions) {
				throw new IllegalArgumentException(
						"embedding " + i + " has " + embedding.length + " numbers, not " + dimensions);
			}
			for (int k = 0; k < dimensions; k++) {
				byDimension[k][i] = embedding[k];
			}
		}
		return new EmbeddingIndex(byDimension, size);
	}

	int size() {
		return size;
	}

	/** The cosine similarity of one embedding (a unit vector) to each indexed one. */
	double[] similarities(float[] embedding) {
		return similarities(List.of(embedding))[0];
	}

	/** What is made of one embedding's similarities to the indexed ones. */
	@FunctionalInterface
	interface SimilarityRow<T> {

		/**
		 * @param i the embedding's position in the list compared
		 * @param similarities to each indexed one; the caller's to change
		 */
		T of(int i, double[] similarities);

	}

	/**
	 * What is made of each embedding's similarities, in their order. Comparing thousands
	 * with thousands costs more than anything made of it; blocks of {@link #BLOCK} are
	 * independent, so they are compared side by side.
	 */
	<T> List<T> eachRow(List<float[]> embeddings, SimilarityRow<T> made) {
		int blocks = (embeddings.size() + BLOCK - 1) / BLOCK;
		return IntStream.range(0, blocks).parallel().mapToObj(block -> {
			int first = block * BLOCK;
			int last = Math.min(first + BLOCK, embeddings.size());
			double[][] similarities = similarities(embeddings.subList(first, last));
			List<T> rows = new ArrayList<>(last - first);
			for (int i = first; i < last; i++) {
				rows.add(made.of(i, similarities[i - first]));
			}
			return rows;
		}).flatMap(List::stream).toList();
	}

	/**
	 * Each embedding's similarity to each indexed one, in a pass over the index per
	 * {@link #BLOCK} embeddings.
	 */
	double[][] similarities(List<float[]> embeddings) {
		double[][] similarities = new double[embeddings.size()][];
		float[][] sums = new float[Math.min(BLOCK, embeddings.size())][size];
		for (int first = 0; first < embeddings.size(); first += BLOCK) {
			int count = Math.min(BLOCK, embeddings.size() - first);
			for (int q = 0; q < count; q++) {
				Arrays.fill(sums[q], 0);
			}
			for (int k = 0; k < byDimension.length; k++) {
				float[] dimension = byDimension[k];
				for (int q = 0; q < count; q++) {
					float weight = embeddings.get(first + q)[k];
					float[] sum = sums[q];
					for (int i = 0; i < size; i++) {
						sum[i] += weight * dimension[i];
					}
				}
			}
			for (int q = 0; q < count; q++) {
				double[] row = new double[size];
				for (int i = 0; i < size; i++) {
					row[i] = sums[q][i];
				}
				similarities[first + q] = row;
			}
		}
		return similarities;
	}

}
