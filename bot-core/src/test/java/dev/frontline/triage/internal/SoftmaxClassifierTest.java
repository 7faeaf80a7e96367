package dev.frontline.triage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Features a classifier shares with another fit are standardised once and read by both;
 * the classifier is the one it would be with every feature its own, to the bit.
 */
class SoftmaxClassifierTest {

	/**
	 * Not a whole number of the fit's blocks of eight, so the last short block is fitted
	 * too.
	 */
	static final int EXAMPLES = 61;

	static final int SHARED = 7;

	static final int OWN = 5;

	/** Four classes go through the gradient together, and the fifth alone. */
	static final int CLASSES = 5;

	final Random random = new Random(42);

	final List<float[]> rows = new ArrayList<>();

	final int[] labels = new int[EXAMPLES];

	SoftmaxClassifierTest() {
		for (int i = 0; i < EXAMPLES; i++) {
			float[] row = new float[SHARED + OWN];
			labels[i] = random.nextInt(CLASSES);
			for (int j = 0; j < row.length; j++) {
				// Some columns lean towards the label, so the fit has something to learn.
				row[j] = (float) (random.nextGaussian() * (j + 1) + (j % CLASSES == labels[i] ? 2 : 0));
			}
			rows.add(row);
		}
	}

	@Test
	void sharedFeaturesGiveTheClassifierThatOwnFeaturesWould() {
		SoftmaxClassifier allOwn = SoftmaxClassifier.fit(StandardisedColumns.of(columns(0, 0)),
				columns(0, SHARED + OWN), labels, CLASSES, 0.5, labels, CLASSES);
		SoftmaxClassifier shared = SoftmaxClassifier.fit(StandardisedColumns.of(columns(0, SHARED)),
				columns(SHARED, SHARED + OWN), labels, CLASSES, 0.5, labels, CLASSES);

		for (float[] row : rows) {
			assertThat(shared.probabilities(row)).containsExactly(allOwn.probabilities(row));
		}
		assertThat(allOwn.probabilities(rows.getFirst())).as("something was learned")
			.isNotEqualTo(new double[] { 0.2, 0.2, 0.2, 0.2, 0.2 });
	}

	@Test
	void twoFitsReadOneSharedBlockWithoutChangingIt() {
		StandardisedColumns shared = StandardisedColumns.of(columns(0, SHARED));
		float[][] before = Arrays.stream(shared.rows()).map(float[]::clone).toArray(float[][]::new);

		SoftmaxClassifier first = SoftmaxClassifier.fit(shared, columns(SHARED, SHARED + OWN), labels, CLASSES, 0.5,
				labels, CLASSES);
		SoftmaxClassifier second = SoftmaxClassifier.fit(shared, columns(SHARED, SHARED + OWN), labels, CLASSES, 0.5,
				labels, CLASSES);

		assertThat(shared.rows()).isDeepEqualTo(before);
		for (float[] row : rows) {
			assertThat(second.probabilities(row)).containsExactly(first.probabilities(row));
		}
	}

	@Test
	void featuresReadAsTheyAreGiveTheClassifierThatCentredOnesWould() {
		// Centred, each column less its mean, the features standardise to the same values
		// with the same deviations, so the two fits minimise one function; read as they
		// are, the fit takes each column's mean off as it goes.
		List<float[]> given = columns(0, SHARED + OWN);
		StandardisedColumns columns = StandardisedColumns.of(given);
		List<float[]> centred = given.stream().map(row -> {
			float[] values = new float[row.length];
			for (int j = 0; j < row.length; j++) {
				values[j] = (float) (row[j] - columns.mean()[j]);
			}
			return values;
		}).toList();

		SoftmaxClassifier asGiven = SoftmaxClassifier.fit(StandardisedColumns.of(columns(0, SHARED)),
				columns(SHARED, SHARED + OWN), labels, CLASSES, 0.5, labels, CLASSES);
		SoftmaxClassifier fromCentred = SoftmaxClassifier.fit(StandardisedColumns.of(columns(0, 0)), centred, labels,
				CLASSES, 0.5, labels, CLASSES);

		for (int i = 0; i < rows.size(); i++) {
			assertThat(asGiven.probabilities(rows.get(i))).containsExactly(fromCentred.probabilities(centred.get(i)),
					within(1e-6));
		}
	}

	@Test
	void aFitLeavesItsOwnFeaturesAsTheyWere() {
		List<float[]> own = columns(SHARED, SHARED + OWN);
		float[][] before = own.stream().map(float[]::clone).toArray(float[][]::new);

		SoftmaxClassifier.fit(StandardisedColumns.of(columns(0, SHARED)), own, labels, CLASSES, 0.5, labels, CLASSES);

		assertThat(own.toArray(float[][]::new)).isDeepEqualTo(before);
	}

	@Test
	void featuresOfAnotherLengthAreRefusedNamingTheExample() {
		List<float[]> uneven = List.of(new float[] { 1, 2 }, new float[] { 3, 4 }, new float[] { 5 });

		assertThatIllegalArgumentException().isThrownBy(() -> StandardisedColumns.of(uneven))
			.withMessage("example 2 has 1 features, not 2");
	}

	@Test
	void sharedFeaturesOfOtherExamplesAreRefused() {
		StandardisedColumns shared = StandardisedColumns.of(columns(0, SHARED).subList(0, EXAMPLES - 1));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> SoftmaxClassifier.fit(shared, columns(SHARED, SHARED + OWN), labels, CLASSES, 0.5, labels,
					CLASSES))
			.withMessage("60 examples' shared features for 61 examples");
	}

	/**
	 * A copy of columns {@code from} to {@code to} of every row.
	 */
	private List<float[]> columns(int from, int to) {
		return rows.stream().map(row -> Arrays.copyOfRange(row, from, to)).toList();
	}

}
