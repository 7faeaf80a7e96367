package dev.frontline.triage.internal;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import dev.frontline.triage.Severity;

/**
 * Each labelled complaint's closest others of each severity, found once among all of
 * them. A fit reads how close each of its complaints is to each severity
 * ({@link LearnedModel#severityCloseness}) among the complaints it is fitted on, which
 * compares every pair; cross-validation fits once a fold on nearly the same complaints,
 * and comparing every pair again in every fold was most of what it spent. With this, each
 * fold picks each complaint's closest among its own from the few kept here, and compares
 * anew only when too many of them were left out. Similarities are computed the same way
 * either way, so the closeness is the same to the last bit.
 */
final class ClosestBySeverity {

	/**
	 * How many of each severity's closest are kept for each complaint: a fold leaves out
	 * about one in ten, so more than {@link LearnedModel#CLOSEST_PER_SEVERITY} of them
	 * are nearly always left.
	 */
	static final int KEPT = 12;

	/**
	 * One complaint's closest others of each severity.
	 *
	 * @param closest [severity]: their positions, closest first
	 * @param similarity [severity]: their similarities, in the same order
	 * @param everyOne [severity]: whether every other complaint of that severity is kept
	 */
	private record Kept(int[][] closest, double[][] similarity, boolean[] everyOne) {
	}

	private final EmbeddingIndex index;

	private final List<float[]> embeddings;

	private final int[] severities;

	private final List<Kept> kept;

	private ClosestBySeverity(EmbeddingIndex index, List<float[]> embeddings, int[] severities, List<Kept> kept) {
		this.index = index;
		this.embeddings = embeddings;
		this.severities = severities;
		this.kept = kept;
	}

	/**
	 * @param embeddings the whole texts' embeddings of {@code examples}, in their order
	 */
	static ClosestBySeverity among(List<LabelledComplaint> examples, List<float[]> embeddings) {
		int classes = Severity.values().length;
		int[] severities = LearnedModel.ordinals(examples);
		int[] ofSeverity = new int[classes];
		for (int severity : severities) {
			ofSeverity[severity]++;
		}
		EmbeddingIndex index = EmbeddingIndex.of(embeddings);
		List<Kept> kept = index.eachRow(embeddings, (i, similarities) -> {
			Kept row = new Kept(new int[classes][], new double[classes][], new boolean[classes]);
			for (int c = 0; c < classes; c++) {
				int others = ofSeverity[c] - (severities[i] == c ? 1 : 0);
				int size = Math.min(KEPT, others);
				row.closest()[c] = new int[size];
				row.similarity()[c] = new double[size];
				row.everyOne()[c] = size == others;
			}
			int[] filled = new int[classes];
			for (int j = 0; j < similarities.length; j++) {
				if (j != i) {
					keep(row, filled, severities[j], j, similarities[j]);
				}
			}
			return row;
		});
		return new ClosestBySeverity(index, embeddings, severities, kept);
	}

	/** Keeps j among the closest of its severity if it is closer than the last kept. */
	private static void keep(Kept row, int[] filled, int severity, int j, double value) {
		int[] closest = row.closest()[severity];
		double[] similarity = row.similarity()[severity];
		int kept = filled[severity];
		if (closest.length == 0 || (kept == closest.length && value <= similarity[kept - 1])) {
			return;
		}
		// Full, the last kept one makes way; ties keep the earlier one first.
		int at = kept == closest.length ? kept - 1 : kept;
		while (at > 0 && similarity[at - 1] < value) {
			closest[at] = closest[at - 1];
			similarity[at] = similarity[at - 1];
			at--;
		}
		closest[at] = j;
		similarity[at] = value;
		filled[severity] = Math.min(kept + 1, closest.length);
	}

	/**
	 * How close complaint {@code i} reads to each severity among the complaints a fit is
	 * made on, as {@link LearnedModel#severityCloseness} reads it there.
	 * @param fittedOn which complaints (by position) the fit is made on
	 */
	double[] closeness(int i, IntPredicate fittedOn) {
		Kept row = kept.get(i);
		int classes = row.closest().length;
		double[] closeness = new double[classes];
		for (int c = 0; c < classes; c++) {
			double sum = 0;
			int counted = 0;
			int[] closest = row.closest()[c];
			for (int r = 0; r < closest.length && counted < LearnedModel.CLOSEST_PER_SEVERITY; r++) {
				if (fittedOn.test(closest[r])) {
					sum += row.similarity()[c][r];
					counted++;
				}
			}
			if (counted < LearnedModel.CLOSEST_PER_SEVERITY && !row.everyOne()[c]) {
				return compared(i, fittedOn);
			}
			closeness[c] = counted == 0 ? 0 : sum / counted;
		}
		return closeness;
	}

	/** Compares complaint i with every one the fit is made on, as the fit would. */
	private double[] compared(int i, IntPredicate fittedOn) {
		double[] all = index.similarities(embeddings.get(i));
		int[] on = IntStream.range(0, all.length).filter(j -> j != i && fittedOn.test(j)).toArray();
		double[] similarities = new double[on.length];
		int[] theirSeverities = new int[on.length];
		for (int k = 0; k < on.length; k++) {
			similarities[k] = all[on[k]];
			theirSeverities[k] = severities[on[k]];
		}
		return LearnedModel.severityCloseness(similarities, theirSeverities);
	}

}
