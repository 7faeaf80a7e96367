package dev.frontline.triage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the words of labelled complaints lean, class by class: naive Bayes over the words
 * and word pairs each complaint uses (each counted once a complaint). An embedding
 * spreads a text's meaning over a few hundred numbers, and one telling word in a long
 * post ("my lawyer", the name of a consumer programme) weighs little there; counted here,
 * it weighs what the labelled complaints that used it say. The classifiers read this
 * evidence beside the meaning and the rules' signals; cross-validated with every labelled
 * set in one fold, so that no writer's complaints are judged by a fit on the same
 * writer's others, it rated 244 more of the 15,665 exactly, 84 more within one, 35 more
 * SEV1 and 213 more on the right team (docs/triage-history.md).
 */
final class WordEvidence {

	/**
	 * Words and pairs are counted in this many places, by their hash. Fewer share places
	 * more often: with a quarter as many, cross-validation rated 15 fewer exactly and 4
	 * fewer SEV1; with a sixteenth, 45 and 13 fewer.
	 */
	private static final int PLACES = 1 << 20;

	/** Added to every count, so a word one class never used does not rule it out. */
	private static final double SMOOTHING = 0.5;

	/** How many labelled complaints must have used a word before a reason names it. */
	private static final int NAMED_FROM = 3;

	/**
	 * counts[class][place]: how many labelled complaints of the class used a word there.
	 * Held as chars, half the memory of ints (the fits of a cross-validation hold ten of
	 * these at once), so a count stops at 65,535 complaints of one class.
	 */
	private final char[][] counts;

	/** Each class's words and pairs, added up over its complaints. */
	private final long[] totals;

	private WordEvidence(char[][] counts, long[] totals) {
		this.counts = counts;
		this.totals = totals;
	}

	/**
	 * The places of a text's words and word pairs, each once, in order. A word is as the
	 * rules read it ({@link Text#words}): a run of letters and digits, in lower case.
	 */
	static int[] places(String text) {
		return ngrams(text).stream().mapToInt(WordEvidence::place).distinct().sorted().toArray();
	}

	/** A text's words, then each pair of neighbouring words, each once. */
	private static List<String> ngrams(String text) {
		Set<String> ngrams = new LinkedHashSet<>();
		String previous = null;
		for (String word : Text.words(text)) {
			ngrams.add(word);
			if (previous != null) {
				ngrams.add(previous + " " + word);
			}
			previous = word;
		}
		return List.copyOf(ngrams);
	}

	private static int place(String ngram) {
		// The string's own hash, its bits mixed so that neighbouring hashes spread.
		int h = ngram.hashCode();
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h & (PLACES - 1);
	}

	/**
	 * Counts the words of labelled complaints.
	 * @param documents each one's {@link #places}
	 * @param labels each one's class, 0..classes-1
	 */
	static WordEvidence count(List<int[]> documents, int[] labels, int classes) {
		char[][] counts = new char[classes][PLACES];
		long[] totals = new long[classes];
		for (int i = 0; i < documents.size(); i++) {
			char[] ofClass = counts[labels[i]];
			for (int place : documents.get(i)) {
				if (ofClass[place] < Character.MAX_VALUE) {
					ofClass[place]++;
				}
			}
			totals[labels[i]] += documents.get(i).length;
		}
		return new WordEvidence(counts, totals);
	}

	/**
	 * How much more likely each class makes a text's words than the classes on average
	 * do: the log-likelihood of each word under each class, less the classes' mean,
	 * averaged over the words, so a long review's evidence is on the scale of a short
	 * post's.
	 */
	double[] evidence(int[] places) {
		return evidence(places, -1);
	}

	/**
	 * The same for a labelled complaint counted here, as if it had not been: the
	 * classifier is fitted on evidence read the way a new complaint's is, not on words
	 * that vouch for their own label.
	 * @param ownClass the class it was counted in
	 */
	double[] evidenceLeavingOut(int[] places, int ownClass) {
		return evidence(places, ownClass);
	}

	private double[] evidence(int[] places, int ownClass) {
		int classes = counts.length;
		double[] evidence = new double[classes];
		for (int c = 0; c < classes; c++) {
			int own = c == ownClass ? 1 : 0;
			double total = logTotal(c, own * places.length);
			double sum = 0;
			for (int place : places) {
				sum += logCount(c, place, own) - total;
			}
			evidence[c] = sum;
		}
		double mean = Arrays.stream(evidence).average().orElse(0);
		for (int c = 0; c < classes; c++) {
			evidence[c] = (evidence[c] - mean) / Math.max(1, places.length);
		}
		return evidence;
	}

	/**
	 * A class's smoothed count of the words in a place, as a log; less the log of its
	 * {@link #logTotal}, how likely the class makes those words.
	 * @param own how many complaints to leave out of the count (0 or 1)
	 */
	private double logCount(int c, int place, int own) {
		return Math.log(counts[c][place] - own + SMOOTHING);
	}

	/**
	 * A class's smoothed total of words and pairs, as a log.
	 * @param ownTotal how many to leave out of it
	 */
	private double logTotal(int c, long ownTotal) {
		return Math.log(totals[c] - ownTotal + SMOOTHING * PLACES);
	}

	/**
	 * The words and pairs of a text that lean furthest towards one class, for a reason
	 * staff can read: each used by a few labelled complaints at least, none sharing a
	 * word with another named ("urgent care", then not "at urgent"). They are letters and
	 * digits only, so a reason quoting them cannot address or link anyone.
	 * @param most how many, at most
	 */
	List<String> leaningTowards(String text, int towards, int most) {
		record Leaning(String ngram, double lean) {
		}
		List<Leaning> leanings = new ArrayList<>();
		for (String ngram : ngrams(text)) {
			int place = place(ngram);
			if (counts[towards][place] < NAMED_FROM) {
				continue;
			}
			double elsewhere = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < counts.length; c++) {
				if (c != towards) {
					elsewhere = Math.max(elsewhere, logCount(c, place, 0) - logTotal(c, 0));
				}
			}
			// Twice as likely in that class as in any other, at least.
			double lean = logCount(towards, place, 0) - logTotal(towards, 0) - elsewhere;
			if (lean >= Math.log(2)) {
				leanings.add(new Leaning(ngram, lean));
			}
		}
		leanings.sort(Comparator.comparingDouble(Leaning::lean).reversed());
		List<String> named = new ArrayList<>();
		for (Leaning leaning : leanings) {
			if (named.size() == most) {
				break;
			}
			List<String> words = List.of(leaning.ngram().split(" "));
			boolean sharesAWord = named.stream()
				.anyMatch(other -> List.of(other.split(" ")).stream().anyMatch(words::contains));
			if (!sharesAWord) {
				named.add(leaning.ngram());
			}
		}
		return named;
	}

}
