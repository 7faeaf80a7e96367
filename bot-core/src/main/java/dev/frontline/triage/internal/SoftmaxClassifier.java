package dev.frontline.triage.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Multinomial logistic regression: one weight per feature and class, fitted by
 * limited-memory BFGS on standardised features, with an L2 penalty on the weights in the
 * features' own units. Small, deterministic and fast enough to refit in seconds when a
 * correction arrives; its probabilities are what a severity is decided from.
 */
final class SoftmaxClassifier {

	/**
	 * A bound on the fit's time. On the example airline's labelled complaints a hundred
	 * evaluations bring the loss within 0.0002 of where two or three hundred stop, and
	 * the cross-validated ratings within a few of theirs.
	 */
	private static final int MAX_EVALUATIONS = 100;

	/** The fit stops sooner once a step lowers the loss by less than this share of it. */
	private static final double TOLERANCE = 1e-9;

	/**
	 * How many examples the fit scores side by side: each score is a running sum that
	 * waits on its previous addition, and eight independent sums keep the processor's
	 * adders busy where one class's, or four, leave them waiting.
	 */
	private static final int EXAMPLES_TOGETHER = 8;

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
	 * Fits a classifier on standardised features in two blocks, one perhaps shared with
	 * another classifier's fit on the same examples, the other this fit's own. Each
	 * example's features are its shared block's, then its own.
	 * @param shared features of every example, in the order of the labels, with their
	 * columns' means and deviations; only read, so another fit may read the same at the
	 * same time
	 * @param own one feature vector per example, all the same length; only read. Features
	 * are floats, as the embeddings they mostly hold are: doubles held the 14,465
	 * labelled complaints' rows in twice the memory (with them the fit needed a 384 MiB
	 * heap, with floats 256) for cross-validated figures within a few complaints of
	 * these. The sums are doubles.
	 * @param labels each example's class, 0..classes-1
	 * @param classes how many classes
	 * @param penalty the L2 penalty on the weights as they apply to the features in their
	 * own units, for the whole set: each example's share of it shrinks as examples are
	 * added, so more evidence is trusted more
	 * @param groups each example's group, 0..groupCount-1: each group weighs the same in
	 * total, however rare. The team's groups are its classes; triage's severity is
	 * learned as kinds of severity (a SEV1 for safety, for a lawyer, …), grouped by
	 * severity, so each severity, not each kind, weighs the same
	 * @param groupCount how many groups
	 */
	static SoftmaxClassifier fit(StandardisedColumns shared, List<float[]> own, int[] labels, int classes,
			double penalty, int[] groups, int groupCount) {
		int n = own.size();
		if (shared.size() != n) {
			throw new IllegalArgumentException(shared.size() + " examples' shared features for " + n + " examples");
		}
		StandardisedColumns apart = StandardisedColumns.of(own);
		float[][] xs = shared.rows();
		float[][] xo = apart.rows();
		int d = shared.width() + apart.width();
		double[] mean = concat(shared.mean(), apart.mean());
		double[] scale = concat(shared.scale(), apart.scale());
		double[] exampleWeight = new double[n];
		int[] counts = new int[groupCount];
		for (int group : groups) {
			counts[group]++;
		}
		for (int i = 0; i < n; i++) {
			exampleWeight[i] = (double) n / (groupCount * Math.max(1, counts[groups[i]]));
		}
		// The penalty is on each weight as it applies to the feature in its own units:
		// fitted on standardised features, a feature that varies little gets a larger
		// one. An embedding spreads its meaning thinly over hundreds of dimensions, each
		// of which varies little; the rules' signals are few and each says much.
		double[] penaltyOf = new double[d];
		for (int j = 0; j < d; j++) {
			penaltyOf[j] = penalty / n / (scale[j] * scale[j]);
		}
		int width = d + 1;
		LimitedMemoryBfgs.Objective objective = (flat, flatGradient) -> {
			double[][] w = new double[classes][];
			double[][] gradient = new double[classes][width];
			for (int c = 0; c < classes; c++) {
				w[c] = Arrays.copyOfRange(flat, c * width, (c + 1) * width);
			}
			// The weights are on standardised features, and the features are read as they
			// are: a weight over its column's deviation weighs the feature itself the
			// same, and the column's mean comes off the bias.
			double[][] onFeatures = new double[classes][width];
			for (int c = 0; c < classes; c++) {
				double offset = 0;
				for (int j = 0; j < d; j++) {
					onFeatures[c][j] = w[c][j] / scale[j];
					offset += mean[j] * onFeatures[c][j];
				}
				onFeatures[c][d] = w[c][d] - offset;
			}
			double[][] block = new double[EXAMPLES_TOGETHER][classes];
			double[] error = new double[classes];
			double loss = 0;
			for (int first = 0; first < n; first += EXAMPLES_TOGETHER) {
				int count = Math.min(EXAMPLES_TOGETHER, n - first);
				scores(onFeatures, xs, xo, first, count, block);
				for (int i = first; i < first + count; i++) {
					double[] p = block[i - first];
					loss += softmax(p, labels[i]) * exampleWeight[i] / n;
					for (int c = 0; c < classes; c++) {
						error[c] = (p[c] - (labels[i] == c ? 1 : 0)) * exampleWeight[i] / n;
					}
					addToGradient(gradient, error, xs[i], xo[i]);
				}
			}
			// Summed over the features as they are. On a standardised feature each sum
			// loses the column's mean times the errors' sum (the bias's), and is divided
			// by the column's deviation.
			for (int c = 0; c < classes; c++) {
				for (int j = 0; j < d; j++) {
					gradient[c][j] = (gradient[c][j] - mean[j] * gradient[c][d]) / scale[j];
				}
			}
			for (int c = 0; c < classes; c++) {
				for (int j = 0; j < width; j++) {
					double held = j < d ? penaltyOf[j] * w[c][j] : 0;
					loss += held * w[c][j] / 2;
					flatGradient[c * width + j] = gradient[c][j] + held;
				}
			}
			return loss;
		};
		double[] fitted = LimitedMemoryBfgs.minimise(objective, new double[classes * width], MAX_EVALUATIONS, TOLERANCE)
			.point();
		double[][] w = new double[classes][];
		for (int c = 0; c < classes; c++) {
			w[c] = Arrays.copyOfRange(fitted, c * width, (c + 1) * width);
		}
		return new SoftmaxClassifier(mean, scale, w);
	}

	/**
	 * Adds one example's share to every class's gradient, four classes in one pass over
	 * its features: each sum gets the same terms in the same order as one class at a time
	 * would (so the same bits), with a quarter of the reads of the example. The example's
	 * features are its shared ones, then its own; the last place of each class's gradient
	 * is the bias's, whose feature is always 1.
	 */
	private static void addToGradient(double[][] gradient, double[] error, float[] shared, float[] own) {
		int bias = shared.length + own.length;
		int added = 0;
		for (; added + 4 <= gradient.length; added += 4) {
			double[] g0 = gradient[added];
			double[] g1 = gradient[added + 1];
			double[] g2 = gradient[added + 2];
			double[] g3 = gradient[added + 3];
			double e0 = error[added];
			double e1 = error[added + 1];
			double e2 = error[added + 2];
			double e3 = error[added + 3];
			for (int part = 0, at = 0; part < 2; part++) {
				float[] xi = part == 0 ? shared : own;
				for (int j = 0; j < xi.length; j++, at++) {
					double xj = xi[j];
					g0[at] += e0 * xj;
					g1[at] += e1 * xj;
					g2[at] += e2 * xj;
					g3[at] += e3 * xj;
				}
			}
			g0[bias] += e0;
			g1[bias] += e1;
			g2[bias] += e2;
			g3[bias] += e3;
		}
		for (; added < gradient.length; added++) {
			double[] g = gradient[added];
			double e = error[added];
			addScaled(g, e, shared, 0);
			addScaled(g, e, own, shared.length);
			g[bias] += e;
		}
	}

	/** Adds {@code e} times the features to {@code g} from place {@code from} on. */
	private static void addScaled(double[] g, double e, float[] features, int from) {
		for (int j = 0; j < features.length; j++) {
			g[from + j] += e * features[j];
		}
	}

	/** Writes what was fitted, for {@link #readFrom} to read back exactly. */
	void writeTo(DataOutputStream out) throws IOException {
		out.writeInt(weights.length);
		out.writeInt(mean.length);
		write(out, mean);
		write(out, scale);
		for (double[] classWeights : weights) {
			write(out, classWeights);
		}
	}

	/** More classes or features than any fit here has: a file saying so is damaged. */
	private static final int MOST_READ = 1 << 16;

	/** Reads back what {@link #writeTo} wrote. */
	static SoftmaxClassifier readFrom(DataInputStream in) throws IOException {
		int classes = in.readInt();
		int d = in.readInt();
		// Bounded, so a damaged file is an error to report, not an array that fills the
		// heap.
		if (classes < 1 || classes > MOST_READ || d < 1 || d > MOST_READ) {
			throw new IOException("not a fitted classifier: " + classes + " classes of " + d + " features");
		}
		double[] mean = read(in, d);
		double[] scale = read(in, d);
		double[][] weights = new double[classes][];
		for (int c = 0; c < classes; c++) {
			weights[c] = read(in, d + 1);
		}
		return new SoftmaxClassifier(mean, scale, weights);
	}

	private static void write(DataOutputStream out, double[] values) throws IOException {
		for (double value : values) {
			out.writeDouble(value);
		}
	}

	private static double[] read(DataInputStream in, int length) throws IOException {
		double[] values = new double[length];
		for (int j = 0; j < length; j++) {
			values[j] = in.readDouble();
		}
		return values;
	}

	/** The probability of each class for one example. */
	double[] probabilities(float[] features) {
		int d = mean.length;
		float[] x = new float[d];
		for (int j = 0; j < d; j++) {
			x[j] = (float) ((features[j] - mean[j]) / scale[j]);
		}
		double[] p = new double[weights.length];
		probabilities(weights, x, p);
		return p;
	}

	private static void probabilities(double[][] w, float[] x, double[] p) {
		scores(w, x, p);
		softmax(p, 0);
	}

	/**
	 * Turns each class's score into its probability, in place.
	 * @return minus the log of the given class's probability, found without forming the
	 * probability: a confident mistake's can be too small to hold
	 */
	private static double softmax(double[] p, int labelled) {
		double score = p[labelled];
		double max = Double.NEGATIVE_INFINITY;
		for (double z : p) {
			max = Math.max(max, z);
		}
		double sum = 0;
		for (int c = 0; c < p.length; c++) {
			p[c] = Math.exp(p[c] - max);
			sum += p[c];
		}
		for (int c = 0; c < p.length; c++) {
			p[c] /= sum;
		}
		return Math.log(sum) - (score - max);
	}

	/**
	 * Each class's score for one example: its weights times the example's features, then
	 * the bias (the last weight), added last as a feature of 1 would be.
	 */
	private static void scores(double[][] w, float[] x, double[] p) {
		for (int c = 0; c < w.length; c++) {
			double z = 0;
			double[] wc = w[c];
			for (int j = 0; j < x.length; j++) {
				z += wc[j] * x[j];
			}
			p[c] = z + wc[x.length];
		}
	}

	/**
	 * Every class's score for {@code count} examples from {@code first}, into
	 * {@code scored[k][class]}, each example's features being its shared ones, then its
	 * own. A full block runs eight examples' sums side by side, one class at a time; each
	 * sum adds the same terms in the same order as one example at a time would, so the
	 * fit's numbers are the same bits, sooner.
	 */
	private static void scores(double[][] w, float[][] shared, float[][] own, int first, int count, double[][] scored) {
		int bias = shared[first].length + own[first].length;
		for (int c = 0; c < w.length; c++) {
			double[] wc = w[c];
			if (count < EXAMPLES_TOGETHER) {
				for (int k = 0; k < count; k++) {
					double z = addProducts(0, wc, shared[first + k], 0);
					scored[k][c] = addProducts(z, wc, own[first + k], shared[first + k].length) + wc[bias];
				}
				continue;
			}
			double z0 = 0;
			double z1 = 0;
			double z2 = 0;
			double z3 = 0;
			double z4 = 0;
			double z5 = 0;
			double z6 = 0;
			double z7 = 0;
			for (int part = 0, at = 0; part < 2; part++) {
				float[][] x = part == 0 ? shared : own;
				float[] x0 = x[first];
				float[] x1 = x[first + 1];
				float[] x2 = x[first + 2];
				float[] x3 = x[first + 3];
				float[] x4 = x[first + 4];
				float[] x5 = x[first + 5];
				float[] x6 = x[first + 6];
				float[] x7 = x[first + 7];
				for (int j = 0; j < x0.length; j++, at++) {
					double wj = wc[at];
					z0 += wj * x0[j];
					z1 += wj * x1[j];
					z2 += wj * x2[j];
					z3 += wj * x3[j];
					z4 += wj * x4[j];
					z5 += wj * x5[j];
					z6 += wj * x6[j];
					z7 += wj * x7[j];
				}
			}
			double b = wc[bias];
			scored[0][c] = z0 + b;
			scored[1][c] = z1 + b;
			scored[2][c] = z2 + b;
			scored[3][c] = z3 + b;
			scored[4][c] = z4 + b;
			scored[5][c] = z5 + b;
			scored[6][c] = z6 + b;
			scored[7][c] = z7 + b;
		}
	}

	/**
	 * {@code z} plus each feature times its weight, the weights read from place
	 * {@code from} on, in the features' order.
	 */
	private static double addProducts(double z, double[] w, float[] features, int from) {
		for (int j = 0; j < features.length; j++) {
			z += w[from + j] * features[j];
		}
		return z;
	}

	private static double[] concat(double[] first, double[] second) {
		double[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
