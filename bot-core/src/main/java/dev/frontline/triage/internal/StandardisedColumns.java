package dev.frontline.triage.internal;

import java.util.List;

/**
 * Examples' features standardised column by column: each column less its mean over the
 * examples, divided by its standard deviation (a column that never varies is left
 * unscaled). Standardised once, one block can serve two classifiers fitted on the same
 * examples: triage's severity and team both read what each labelled complaint means, and
 * a copy each of those 768 values a complaint was the largest thing a fit held
 * (docs/triage-history.md, on the heap).
 *
 * @param mean each column's mean before standardising
 * @param scale each column's standard deviation before standardising, 1 where it is 0
 * @param rows each example's standardised values
 */
record StandardisedColumns(double[] mean, double[] scale, float[][] rows) {

	/**
	 * Standardises the rows in place: the caller hands them over.
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
		float[][] standardised = new float[n][];
		for (int i = 0; i < n; i++) {
			float[] row = rows.get(i);
			for (int j = 0; j < d; j++) {
				row[j] = (float) ((row[j] - mean[j]) / scale[j]);
			}
			standardised[i] = row;
		}
		return new StandardisedColumns(mean, scale, standardised);
	}

	int width() {
		return mean.length;
	}

	int size() {
		return rows.length;
	}

}
