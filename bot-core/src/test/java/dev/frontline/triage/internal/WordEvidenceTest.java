package dev.frontline.triage.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How labelled complaints' words lean towards their classes, and what a reason may name
 * of them.
 */
class WordEvidenceTest {

	/** Three classes: 0 the serious, 1 the ordinary, 2 the mild. */
	static final List<String> TEXTS = List.of("my lawyer will write to you about the bag",
			"my lawyer has the photos of the bag", "the lawyer says the bag counts as lost", "the bag came late again",
			"late bag, no reply", "the bag was late and the desk was shut", "bag a bit late, no matter",
			"bag late, fine really", "a bit late, never mind");

	static final int[] LABELS = { 0, 0, 0, 1, 1, 1, 2, 2, 2 };

	static WordEvidence counted() {
		return WordEvidence.count(TEXTS.stream().map(WordEvidence::places).toList(), LABELS, 3);
	}

	@Test
	void wordsAndNeighbouringPairsAreCountedOnceAComplaintWhateverTheirCase() {
		assertThat(WordEvidence.places("My lawyer, my LAWYER!")).isEqualTo(WordEvidence.places("my lawyer my lawyer"))
			.hasSize(4)
			.isSorted()
			.doesNotHaveDuplicates();
		assertThat(WordEvidence.places("  ,,, ")).isEmpty();
	}

	@Test
	void aWordTheSeriousComplaintsUseLeansTowardsThem() {
		double[] evidence = counted().evidence(WordEvidence.places("a lawyer is writing to you"));

		assertThat(evidence[0]).isGreaterThan(evidence[1]).isGreaterThan(evidence[2]);
		assertThat(evidence[0] + evidence[1] + evidence[2]).isCloseTo(0, within(1e-9));
	}

	@Test
	void aLabelledComplaintLeftOutOfItsOwnCountsVouchesForNothingWithWordsNobodyElseUsed() {
		WordEvidence counted = WordEvidence.count(
				List.of(WordEvidence.places("zebra quokka"), WordEvidence.places("walrus"), WordEvidence.places("yak")),
				new int[] { 0, 1, 2 }, 3);

		double[] asCounted = counted.evidence(WordEvidence.places("zebra quokka"));
		double[] leftOut = counted.evidenceLeavingOut(WordEvidence.places("zebra quokka"), 0);

		assertThat(asCounted[0]).isGreaterThan(asCounted[1]);
		assertThat(leftOut[0]).isCloseTo(leftOut[1], within(0.05)).isCloseTo(leftOut[2], within(0.05));
	}

	@Test
	void aReasonNamesWordsSeveralComplaintsUsedThatLeanTheWayItWasRated() {
		WordEvidence counted = counted();

		assertThat(counted.leaningTowards("Our lawyer has the photos.", 0, 3)).contains("lawyer")
			.doesNotContain("photos", "our");
		assertThat(counted.leaningTowards("the bag came late", 0, 3)).isEmpty();
	}

	@Test
	void aNamedWordIsLettersAndDigitsOnly() {
		List<String> named = counted().leaningTowards("<@U123> @channel lawyer https://evil.example/<lawyer>", 0, 3);

		assertThat(named).isNotEmpty().allSatisfy(word -> assertThat(word).matches("[\\p{L}\\p{N} ]+"));
	}

	@Test
	void aNamedPairSharesNoWordWithAnotherNamed() {
		List<String> named = counted().leaningTowards("the lawyer, my lawyer", 0, 3);

		assertThat(named).filteredOn(word -> word.contains("lawyer")).hasSize(1);
	}

}
