package dev.frontline.triage.internal;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Severity;

/**
 * What the learned layer reads of one complaint: what its text means (the embedding of
 * the whole text, and the mean of its sentences' embeddings), the words it uses, and the
 * explainable signals the rules saw (reach, engagement, tier, live, anger, their floor).
 * <p>
 * The strongest value of each dimension over the sentences was read too, so that one
 * sentence about an injury in a long review would show; with bge-small-en-v1.5 it added
 * nothing in cross-validation, and long ordinary reviews were rated SEV1 less often
 * without it (docs/triage-history.md).
 *
 * @param meaning the whole text's embedding (unit length), then the mean of its
 * sentences'
 * @param signals the rules' signals as numbers
 * @param reading what the rules saw
 * @param words its words and word pairs, as {@link WordEvidence#places} counts them
 */
record ComplaintFeatures(float[] meaning, double[] signals, PhraseTriage.Reading reading, int[] words) {

	/** Sentences end at . ! ? or a line break; more than this many are not read. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n+");

	private static final int MOST_SENTENCES = 12;

	/** Where {@link #signals()} says 50k followers or more. */
	static final int HIGH_REACH = 4;

	/** Where {@link #signals()} says 500k followers or more. */
	static final int VIRAL_FOLLOWERS = 5;

	/** Where {@link #signals()} says 1,000 shares or more. */
	static final int VIRAL_SHARES = 6;

	/**
	 * How many shares and replies (and ten times as many likes) the classifier reads.
	 * That a few people passed a post on says a little about it; beyond that the rubric
	 * counts nothing until 1,000 shares, which is going viral and a flag of its own. Read
	 * without a limit, the counts taught the classifier that a much-shared post is a
	 * serious one, because the labelled SEV1 and SEV2 had been shared far more than the
	 * rest: travel bloggers' ordinary complaints with a few hundred shares were rated
	 * SEV1 (docs/triage-history.md).
	 */
	private static final int ENGAGEMENT_READ_UP_TO = 30;

	static ComplaintFeatures of(ComplaintSignals complaint, Instant now, PhraseTriage rules,
			Function<String, float[]> embed) {
		String text = Text.asRead(complaint.text());
		float[] whole = unit(embed.apply(text));
		List<String> sentences = sentences(text);
		int d = whole.length;
		float[] meaning = new float[2 * d];
		System.arraycopy(whole, 0, meaning, 0, d);
		double[] mean = new double[d];
		List<float[]> vectors = new ArrayList<>();
		if (sentences.size() <= 1) {
			vectors.add(whole);
		}
		else {
			sentences.forEach(sentence -> vectors.add(unit(embed.apply(sentence))));
		}
		for (float[] vector : vectors) {
			for (int j = 0; j < d; j++) {
				mean[j] += (double) vector[j] / vectors.size();
			}
		}
		for (int j = 0; j < d; j++) {
			meaning[d + j] = (float) mean[j];
		}
		PhraseTriage.Reading reading = rules.read(complaint, now);
		return new ComplaintFeatures(meaning, signals(complaint, text, reading), reading, WordEvidence.places(text));
	}

	/**
	 * What fitting reads of a labelled complaint: the same as of a new one, judged when
	 * it was labelled.
	 */
	static ComplaintFeatures ofLabelled(LabelledComplaint example, PhraseTriage rules,
			Function<String, float[]> embed) {
		return of(example.signals(), example.judgedAt(), rules, embed);
	}

	/**
	 * What fitting reads of each labelled complaint, in their order. On a machine's first
	 * start nearly every text is embedded (thousands, a minute or more on one core): they
	 * are read on every core, by one process at a time.
	 */
	static List<ComplaintFeatures> ofLabelled(List<LabelledComplaint> examples, PhraseTriage rules,
			TextEmbeddings embeddings) {
		return embeddings.readingLabelled(() -> examples.parallelStream()
			.map(example -> ofLabelled(example, rules, embeddings::remembered))
			.toList());
	}

	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String part : SENTENCE_END.split(text.strip())) {
			String sentence = part.strip();
			if (sentence.isEmpty()) {
				continue;
			}
			// A few words alone mean little: they join the sentence before them.
			if (!sentences.isEmpty() && sentence.split("\\s+").length < 4) {
				sentences.set(sentences.size() - 1, sentences.getLast() + " " + sentence);
			}
			else if (sentences.size() < MOST_SENTENCES) {
				sentences.add(sentence);
			}
		}
		return sentences;
	}

	private static double[] signals(ComplaintSignals complaint, String text, PhraseTriage.Reading reading) {
		String tier = complaint.customerTier() == null ? "" : complaint.customerTier().toLowerCase(Locale.ROOT);
		Severity floor = reading.floor();
		return new double[] { Math.log1p(complaint.followers()) / 14,
				Math.log1p(Math.min(complaint.shares(), ENGAGEMENT_READ_UP_TO)) / 8,
				Math.log1p(Math.min(complaint.likes(), 10 * ENGAGEMENT_READ_UP_TO)) / 10,
				Math.log1p(Math.min(complaint.replies(), ENGAGEMENT_READ_UP_TO)) / 8,
				flag(complaint.followers() >= 50_000), flag(complaint.followers() >= 500_000),
				flag(complaint.shares() >= 1_000), flag(tier.equals("gold") || tier.equals("platinum")),
				flag(tier.equals("silver")), flag(reading.live()), flag(reading.angry()), flag(reading.vip()),
				flag(reading.highImpact()), flag(reading.risk()), flag(floor == Severity.SEV1),
				flag(floor == Severity.SEV2), reading.assessment().score() / 100.0, Math.log1p(text.length()) / 8 };
	}

	private static double flag(boolean value) {
		return value ? 1 : 0;
	}

	/**
	 * The whole text's embedding, unit length: the first half of {@link #meaning()}, read
	 * from there rather than kept twice over for every labelled complaint.
	 */
	float[] whole() {
		return Arrays.copyOf(meaning, meaning.length / 2);
	}

	/**
	 * Each one's {@link #whole()}, read as it is asked for: fitting compares every
	 * labelled complaint with every other without a second copy of their embeddings.
	 */
	static List<float[]> wholes(List<ComplaintFeatures> features) {
		return new AbstractList<>() {

			@Override
			public float[] get(int index) {
				return features.get(index).whole();
			}

			@Override
			public int size() {
				return features.size();
			}

		};
	}

	/**
	 * The features severity is learned from, in one array: what the text means, then
	 * {@link #forSeverityBesideMeaning}.
	 */
	float[] forSeverity(double[] closeness, double[] wordEvidence) {
		return besideMeaning(forSeverityBesideMeaning(closeness, wordEvidence));
	}

	/**
	 * The features severity is learned from other than what the text means: the rules'
	 * signals, how close it reads to each severity and how its words lean.
	 * @param closeness how close the complaint reads to each severity
	 * ({@link LearnedModel#severityCloseness})
	 * @param wordEvidence how its words lean towards each severity
	 * ({@link WordEvidence#evidence})
	 */
	float[] forSeverityBesideMeaning(double[] closeness, double[] wordEvidence) {
		float[] all = new float[signals.length + closeness.length + wordEvidence.length];
		int at = 0;
		for (double signal : signals) {
			all[at++] = (float) signal;
		}
		for (double close : closeness) {
			all[at++] = (float) close;
		}
		for (double lean : wordEvidence) {
			all[at++] = (float) lean;
		}
		return all;
	}

	/**
	 * The features the team is learned from, in one array: what the text means, then
	 * {@link #forTeamBesideMeaning}.
	 */
	float[] forTeam(List<String> teams, double[] wordEvidence) {
		return besideMeaning(forTeamBesideMeaning(teams, wordEvidence));
	}

	/**
	 * The features the team is learned from other than what the text means: which of the
	 * teams the rules would route it to, when they found its subject, and how its words
	 * lean towards each team.
	 */
	float[] forTeamBesideMeaning(List<String> teams, double[] wordEvidence) {
		float[] all = new float[teams.size() + wordEvidence.length];
		int routed = teams.indexOf(reading.assessment().team());
		if (routed >= 0 && reading.categorized()) {
			all[routed] = 1;
		}
		int at = teams.size();
		for (double lean : wordEvidence) {
			all[at++] = (float) lean;
		}
		return all;
	}

	private float[] besideMeaning(float[] rest) {
		float[] all = Arrays.copyOf(meaning, meaning.length + rest.length);
		System.arraycopy(rest, 0, all, meaning.length, rest.length);
		return all;
	}

	static float[] unit(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		norm = Math.sqrt(norm);
		float[] unit = new float[vector.length];
		for (int j = 0; j < vector.length; j++) {
			unit[j] = (float) (norm == 0 ? 0 : vector[j] / norm);
		}
		return unit;
	}

}
