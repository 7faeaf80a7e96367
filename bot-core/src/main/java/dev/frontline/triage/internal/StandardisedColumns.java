package dev.frontline.triage.internal;

import java.util.List;

/**
 * Examples' features with each column's mean over the examples and standard deviation (1
 * for a column that never varies), which a fit reads as standardised: each value less its
 * column's mean, divided by its deviation. The rows stay as they were given, and no
 * standardised copy is made: what each labelled complaint means, 768 values a complaint,
 * was the largest thing a fit held, and a copy of it standardised was what a 384 MiB heap
 * could no longer hold on the 32,064 labelled complaints (docs/triage-history.md, on the
 * heap). One block can serve two classifiers fitted on the same examples at once.
 *
 * @param mean each column's mean
 * @param scale each column's standard deviation, 1 where it is 0
 * @param rows each example's values, as given
 */
record StandardisedColumns(double[] mean, double[] scale, float[][] rows) {

	/**
	 * Reads each column's mean and deviation; the rows are only read, then and later.
	 * @param rows one per example, all the same length
	 */
	static StandardisedColumns of(List<float[]> rows) {
		int n = rows.size();
		int d = rows.getFirst().length;
		for (int i = 0; i < n; i++) {
			if (rows.get(i).length != d) {
				throw new IllegalArgumentException(
						"example " + i + " has " + rows.get(i).length + " features, not " + d);
			}
		}
		double[] mean = new double[d];
		double[] scale = new double[d];
		for (float[] row : rows) {
			for (int j = 0; j < d; j++) {
				mean[j] += row[j] / n;
			}
		}
		for (float[] row : rows) {
			for (int j = 0; j < d; j++) {
				scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
			}
		}
		for (int j = 0; j < d; j++) {
			scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
		}
		return new StandardisedColumns(mean, scale, rows.toArray(float[][]::new));
	}

	int width() {
		return mean.length;
	}

	int size() {
		return rows.length;
	}

}
