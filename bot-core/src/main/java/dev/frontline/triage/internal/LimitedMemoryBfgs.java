package dev.frontline.triage.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Minimises a smooth function by limited-memory BFGS: each step goes along the gradient
 * as bent by the last few steps' changes in the gradient, an estimate of the curvature,
 * so it reaches the minimum in far fewer evaluations than plain or adaptive gradient
 * descent. The same function from the same start gives the same point, run after run.
 */
final class LimitedMemoryBfgs {

	/** A function and its gradient at a point. */
	interface Objective {

		/**
		 * @param point where to evaluate, not to be changed
		 * @param gradient filled with the gradient at the point
		 * @return the value at the point
		 */
		double valueAndGradient(double[] point, double[] gradient);

	}

	/** The point found, and how many times the function was evaluated to find it. */
	record Minimum(double[] point, double value, int evaluations) {
	}

	/** How many past steps shape the next: more costs memory and a little time. */
	private static final int REMEMBERED = 10;

	/** A step must lower the value by at least this share of what its slope promised. */
	private static final double SUFFICIENT_DECREASE = 1e-4;

	private LimitedMemoryBfgs() {
	}

	/**
	 * @param start where to begin, not changed
	 * @param maxEvaluations stops after this many evaluations, at the lowest point found
	 * @param tolerance stops once a step lowers the value by less than this share of it
	 */
	static Minimum minimise(Objective objective, double[] start, int maxEvaluations, double tolerance) {
		int size = start.length;
		double[] point = start.clone();
		double[] gradient = new double[size];
		double value = objective.valueAndGradient(point, gradient);
		int evaluations = 1;
		Deque<Step> steps = new ArrayDeque<>();
		double[] direction = new double[size];
		double[] next = new double[size];
		double[] nextGradient = new double[size];
		while (evaluations < maxEvaluations) {
			direction(gradient, steps, direction);
			double slope = dot(gradient, direction);
			if (slope >= 0) {
				// The remembered curvature no longer points downhill: start afresh.
				steps.clear();
				direction(gradient, steps, direction);
				slope = dot(gradient, direction);
				if (slope >= 0) {
					break;
				}
			}
			// The first step has no curvature to scale it: a unit length along the slope.
			double length = steps.isEmpty() ? Math.min(1, 1 / Math.sqrt(dot(gradient, gradient))) : 1;
			double nextValue;
			while (true) {
				for (int k = 0; k < size; k++) {
					next[k] = point[k] + length * direction[k];
				}
				nextValue = objective.valueAndGradient(next, nextGradient);
				evaluations++;
				if (nextValue <= value + SUFFICIENT_DECREASE * length * slope || evaluations >= maxEvaluations) {
					break;
				}
				length /= 2;
			}
			if (!(nextValue <= value)) {
				break;
			}
			double[] change = new double[size];
			double[] gradientChange = new double[size];
			for (int k = 0; k < size; k++) {
				change[k] = next[k] - point[k];
				gradientChange[k] = nextGradient[k] - gradient[k];
			}
			double curvature = dot(change, gradientChange);
			if (curvature > 1e-12) {
				if (steps.size() == REMEMBERED) {
					steps.removeLast();
				}
				steps.addFirst(new Step(change, gradientChange, 1 / curvature));
			}
			double decrease = value - nextValue;
			System.arraycopy(next, 0, point, 0, size);
			System.arraycopy(nextGradient, 0, gradient, 0, size);
			value = nextValue;
			if (decrease <= tolerance * Math.max(1, Math.abs(value))) {
				break;
			}
		}
		return new Minimum(point, value, evaluations);
	}

	/** One remembered step: how the point and the gradient changed. */
	private record Step(double[] change, double[] gradientChange, double inverseCurvature) {
	}

	/**
	 * The two-loop recursion: minus the gradient times the estimated inverse curvature.
	 */
	private static void direction(double[] gradient, Deque<Step> steps, double[] direction) {
		System.arraycopy(gradient, 0, direction, 0, gradient.length);
		double[] alphas = new double[steps.size()];
		int at = 0;
		for (Step step : steps) {
			double alpha = step.inverseCurvature() * dot(step.change(), direction);
			alphas[at++] = alpha;
			addScaled(direction, -alpha, step.gradientChange());
		}
		if (!steps.isEmpty()) {
			Step newest = steps.getFirst();
			double scale = 1 / (newest.inverseCurvature() * dot(newest.gradientChange(), newest.gradientChange()));
			for (int k = 0; k < direction.length; k++) {
				direction[k] *= scale;
			}
		}
		Iterator<Step> oldestFirst = steps.descendingIterator();
		while (oldestFirst.hasNext()) {
			Step step = oldestFirst.next();
			double beta = step.inverseCurvature() * dot(step.gradientChange(), direction);
			addScaled(direction, alphas[--at] - beta, step.change());
		}
		for (int k = 0; k < direction.length; k++) {
			direction[k] = -direction[k];
		}
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int k = 0; k < a.length; k++) {
			sum += a[k] * b[k];
		}
		return sum;
	}

	private static void addScaled(double[] target, double scale, double[] added) {
		for (int k = 0; k < target.length; k++) {
			target[k] += scale * added[k];
		}
	}

}
