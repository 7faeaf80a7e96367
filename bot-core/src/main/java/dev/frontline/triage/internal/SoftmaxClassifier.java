package dev.frontline.triage.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression: one weight per feature and class, fitted by gradient
 * descent with an L2 penalty on standardised features. Small, deterministic and fast
 * enough to refit in a second when a correction arrives; its probabilities are what
 * triage's thresholds read.
 */
final class SoftmaxClassifier {

	private final double[] mean;

	private final double[] scale;

	/** weights[class][feature], the last column the bias. */
	private final double[][] weights;

	private SoftmaxClassifier(double[] mean, double[] scale, double[][] weights) {
		this.mean = mean;
		this.scale = scale;
		this.weights = weights;
	}

	/**
	 * Fits a classifier.
	 * @param rows one feature vector per example, all the same length
	 * @param labels each example's class, 0..classes-1
	 * @param classes how many classes
	 * @param penalty the L2 penalty per weight
	 * @param balanced whether each class weighs the same in total, however rare
	 */
	static SoftmaxClassifier fit(List<double[]> rows, int[] labels, int classes, double penalty, boolean balanced) {
		int n = rows.size();
		int d = rows.getFirst().length;
		double[] mean = new double[d];
		double[] scale = new double[d];
		for (double[] row : rows) {
			for (int j = 0; j < d; j++) {
				mean[j] += row[j] / n;
			}
		}
		for (double[] row : rows) {
			for (int j = 0; j < d; j++) {
				scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
			}
		}
		for (int j = 0; j < d; j++) {
			scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
		}
		double[][] x = new double[n][d + 1];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < d; j++) {
				x[i][j] = (rows.get(i)[j] - mean[j]) / scale[j];
			}
			x[i][d] = 1;
		}
		double[] exampleWeight = new double[n];
		int[] counts = new int[classes];
		for (int label : labels) {
			counts[label]++;
		}
		for (int i = 0; i < n; i++) {
			exampleWeight[i] = balanced ? (double) n / (classes * Math.max(1, counts[labels[i]])) : 1;
		}
		double[][] w = new double[classes][d + 1];
		// Adam: the same steps on the same data give the same weights, run after run.
		double[][] m = new double[classes][d + 1];
		double[][] v = new double[classes][d + 1];
		double rate = 0.01;
		double beta1 = 0.9;
		double beta2 = 0.999;
		double[][] gradient = new double[classes][d + 1];
		double[] p = new double[classes];
		for (int step = 1; step <= 300; step++) {
			for (double[] g : gradient) {
				Arrays.fill(g, 0);
			}
			for (int i = 0; i < n; i++) {
				probabilities(w, x[i], p);
				for (int c = 0; c < classes; c++) {
					double error = (p[c] - (labels[i] == c ? 1 : 0)) * exampleWeight[i] / n;
					double[] g = gradient[c];
					double[] xi = x[i];
					for (int j = 0; j <= d; j++) {
						g[j] += error * xi[j];
					}
				}
			}
			double correction1 = 1 - Math.pow(beta1, step);
			double correction2 = 1 - Math.pow(beta2, step);
			for (int c = 0; c < classes; c++) {
				for (int j = 0; j <= d; j++) {
					double g = gradient[c][j] + (j < d ? penalty * w[c][j] : 0);
					m[c][j] = beta1 * m[c][j] + (1 - beta1) * g;
					v[c][j] = beta2 * v[c][j] + (1 - beta2) * g * g;
					w[c][j] -= rate * (m[c][j] / correction1) / (Math.sqrt(v[c][j] / correction2) + 1e-8);
				}
			}
		}
		return new SoftmaxClassifier(mean, scale, w);
	}

	/** The probability of each class for one example. */
	double[] probabilities(double[] features) {
		int d = mean.length;
		double[] x = new double[d + 1];
		for (int j = 0; j < d; j++) {
			x[j] = (features[j] - mean[j]) / scale[j];
		}
		x[d] = 1;
		double[] p = new double[weights.length];
		probabilities(weights, x, p);
		return p;
	}

	private static void probabilities(double[][] w, double[] x, double[] p) {
		double max = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < w.length; c++) {
			double z = 0;
			double[] wc = w[c];
			for (int j = 0; j < x.length; j++) {
				z += wc[j] * x[j];
			}
			p[c] = z;
			max = Math.max(max, z);
		}
		double sum = 0;
		for (int c = 0; c < w.length; c++) {
			p[c] = Math.exp(p[c] - max);
			sum += p[c];
		}
		for (int c = 0; c < w.length; c++) {
			p[c] /= sum;
		}
	}

}
