package dev.frontline.triage.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LimitedMemoryBfgsTest {

	/**
	 * Rosenbrock's function: the minimum at (1, 1) at the end of a long curved valley.
	 */
	private static final LimitedMemoryBfgs.Objective VALLEY = (point, gradient) -> {
		double x = point[0];
		double y = point[1];
		gradient[0] = -2 * (1 - x) - 400 * x * (y - x * x);
		gradient[1] = 200 * (y - x * x);
		return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
	};

	@Test
	void findsTheMinimumOfABadlyScaledBowl() {
		int size = 50;
		// Curvatures from 1 to 1,000: plain gradient descent would crawl along the flat
		// ones.
		LimitedMemoryBfgs.Objective bowl = (point, gradient) -> {
			double value = 0;
			for (int k = 0; k < size; k++) {
				double curvature = Math.pow(1000, k / (size - 1.0));
				double offset = point[k] - (k % 7 - 3);
				value += curvature * offset * offset / 2;
				gradient[k] = curvature * offset;
			}
			return value;
		};

		// Gradient descent with the step the steepest curvature allows would after 100
		// evaluations still be 2.7 from the flattest coordinate's minimum, 90% of the
		// way.
		LimitedMemoryBfgs.Minimum minimum = LimitedMemoryBfgs.minimise(bowl, new double[size], 100, 1e-15);

		for (int k = 0; k < size; k++) {
			assertThat(minimum.point()[k]).as("coordinate %d", k).isCloseTo(k % 7 - 3, within(0.05));
		}
		assertThat(minimum.value()).isCloseTo(0, within(0.01));
	}

	@Test
	void followsACurvedValley() {
		LimitedMemoryBfgs.Minimum minimum = LimitedMemoryBfgs.minimise(VALLEY, new double[] { -1.2, 1 }, 1000, 1e-16);

		assertThat(minimum.point()[0]).isCloseTo(1, within(1e-3));
		assertThat(minimum.point()[1]).isCloseTo(1, within(1e-3));
	}

	@Test
	void stopsAtTheEvaluationsAllowedAtTheLowestPointFound() {
		LimitedMemoryBfgs.Objective bowl = (point, gradient) -> {
			gradient[0] = 2 * (point[0] - 5);
			return (point[0] - 5) * (point[0] - 5);
		};

		LimitedMemoryBfgs.Minimum minimum = LimitedMemoryBfgs.minimise(bowl, new double[] { 0 }, 2, 0);

		assertThat(minimum.evaluations()).isEqualTo(2);
		assertThat(minimum.value()).isLessThan(25);
	}

	@Test
	void theSameStartGivesTheSamePoint() {
		double[] first = LimitedMemoryBfgs.minimise(VALLEY, new double[] { -1.2, 1 }, 40, 0).point();
		double[] second = LimitedMemoryBfgs.minimise(VALLEY, new double[] { -1.2, 1 }, 40, 0).point();

		assertThat(second).containsExactly(first);
	}

}
