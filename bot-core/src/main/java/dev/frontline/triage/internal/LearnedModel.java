package dev.frontline.triage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Severity;
import dev.frontline.triage.TriageSettings;

/**
 * The learned layer, fitted on labelled complaints: one classifier for severity (what the
 * text means, how its words lean, the rules' signals and how close it reads to the
 * labelled complaints of each severity), one for the team (what the text means, how its
 * words lean and where the rules would route it), and the labelled complaints themselves,
 * to name the closest one as a reason staff can read.
 */
final class LearnedModel {

	/**
	 * How the classifiers' probabilities become a severity.
	 *
	 * @param missedSev1Cost what rating a SEV1 as anything else costs beyond being off,
	 * in levels off (see {@link SeverityChances}): the higher, the fainter the chance a
	 * SEV1 is paged on
	 * @param riskPhrasesForceSev1 whether a risk phrase of the configuration still forces
	 * SEV1
	 * @param penalty the classifiers' L2 penalty (see {@link SoftmaxClassifier#fit})
	 * @param neighbourWeight how much the severities of the closest labelled complaints
	 * weigh against the classifier's probabilities (0: not at all)
	 * @param teamNeighbourWeight the same for their teams: which team takes a complaint
	 * follows its subject, which close neighbours share more often than its severity
	 */
	record Tuning(double missedSev1Cost, boolean riskPhrasesForceSev1, double penalty, double neighbourWeight,
			double teamNeighbourWeight) {

		/**
		 * Chosen by cross-validation over the labelled sets (docs/triage-history.md): a
		 * few values of each were tried, so the cross-validated figures are slightly
		 * optimistic. The penalty was chosen on the 3,765 and then judged on two sets
		 * written after it and held out; the costs of a rating last, on each half of the
		 * 25,264 and judged on the other half, and then on four sets held out.
		 */
		static final Tuning DEFAULT = new Tuning(Double.parseDouble(TriageSettings.Model.DEFAULT_MISSED_SEV1_COST),
				false, 0.05, 0.4, 0.6);

		/** The operator's settings, the rest as cross-validation chose. */
		static Tuning of(TriageSettings.Model model) {
			return new Tuning(model.missedSev1Cost(), model.riskPhrasesForceSev1(), DEFAULT.penalty(),
					DEFAULT.neighbourWeight(), DEFAULT.teamNeighbourWeight());
		}

	}

	/** A labelled complaint close in meaning to the one judged. */
	record Neighbour(LabelledComplaint example, double similarity) {
	}

	/**
	 * The learned verdict.
	 *
	 * @param severity the least costly on the chances, never below the rubric's floors
	 * @param severityProbability the probability of that severity
	 * @param team the most likely team
	 * @param teamProbability its probability
	 * @param nearest the labelled complaint closest in meaning, if any was labelled
	 * @param chances what the severity was decided from
	 * @param kind which of the rubric's reasons for that severity it most likely is, when
	 * the severity has several and the classifiers decided it (not a numeric floor, not a
	 * correction)
	 * @param alsoLikely when the classifiers rated a severity other than the likeliest,
	 * the likely severity beyond it that made the rating cheaper (SEV1 for a complaint
	 * likeliest SEV3 rated SEV2)
	 */
	record Verdict(Severity severity, double severityProbability, String team, double teamProbability,
			Neighbour nearest, SeverityChances chances, @Nullable SeverityKind kind, @Nullable Severity alsoLikely) {

		/**
		 * The severity had a missed SEV1 cost another amount: {@code ./triage-eval} shows
		 * an operator what each {@code missed-sev1-cost} would find and page. A
		 * correction that decided the complaint decides it at any cost.
		 */
		Severity severityAt(double missedSev1Cost) {
			return asCorrected() ? severity : chances.severityAt(missedSev1Cost);
		}

		/**
		 * Whether a correction staff made on a complaint that reads the same decided it.
		 */
		boolean asCorrected() {
			return nearest != null && nearest.example().set().equals(LabelledComplaint.CORRECTIONS)
					&& nearest.similarity() >= CORRECTION_MATCH;
		}

	}

	/**
	 * What a severity is decided from.
	 *
	 * @param probabilities of SEV1 to SEV4, the classifier's blended with the closest
	 * labelled complaints' votes
	 * @param floor the least the rubric's numeric rules allow
	 */
	record SeverityChances(double[] probabilities, Severity floor) {

		/**
		 * The severity that costs least on these chances, never below the floor.
		 */
		Severity severityAt(double missedSev1Cost) {
			return Severity.mostUrgent(learnedAt(missedSev1Cost), floor);
		}

		/**
		 * What the chances alone decide, before the rubric's floor: the severity whose
		 * expected cost is least, where a rating one level off costs 1, two or more
		 * levels off {@link #TWO_LEVELS_OFF_COST}, and a SEV1 rated anything else
		 * {@code missedSev1Cost} more. The likeliest severity is not always the one to
		 * rate: a complaint 45% SEV3 and 35% SEV1 is rated SEV2, one level from either,
		 * rather than SEV3, two levels from a likely SEV1.
		 */
		Severity learnedAt(double missedSev1Cost) {
			int cheapest = 0;
			double least = Double.POSITIVE_INFINITY;
			for (int rated = 0; rated < probabilities.length; rated++) {
				double cost = 0;
				for (int actual = 0; actual < probabilities.length; actual++) {
					int off = Math.abs(rated - actual);
					double missed = actual == Severity.SEV1.ordinal() && rated != actual ? missedSev1Cost : 0;
					cost += probabilities[actual] * ((off == 0 ? 0 : off == 1 ? 1 : TWO_LEVELS_OFF_COST) + missed);
				}
				if (cost < least) {
					least = cost;
					cheapest = rated;
				}
			}
			return Severity.values()[cheapest];
		}

		/** How likely the classifiers find a severity. */
		double of(Severity severity) {
			return probabilities[severity.ordinal()];
		}

		/** The severity the classifiers find most likely. */
		Severity likeliest() {
			int best = 0;
			for (int c = 1; c < probabilities.length; c++) {
				if (probabilities[c] > probabilities[best]) {
					best = c;
				}
			}
			return Severity.values()[best];
		}

		/**
		 * The likeliest of {@code rated} and the severities beyond it, away from the
		 * likeliest: what pulled the rating there.
		 */
		Severity likeliestBeyond(Severity rated) {
			boolean moreUrgent = rated.ordinal() < likeliest().ordinal();
			int best = rated.ordinal();
			for (int c = 0; c < probabilities.length; c++) {
				boolean beyond = moreUrgent ? c < rated.ordinal() : c > rated.ordinal();
				if (beyond && probabilities[c] > probabilities[best]) {
					best = c;
				}
			}
			return Severity.values()[best];
		}

	}

	/**
	 * How close in meaning a complaint must be to one staff corrected for the correction
	 * to decide: a paraphrase of it, not merely the same subject. One correction among
	 * hundreds of labelled complaints would barely move the classifiers, yet staff expect
	 * the same complaint told again to be rated as they corrected it.
	 */
	static final double CORRECTION_MATCH = 0.75;

	/**
	 * What a rating two or more levels off costs against one level off. The bar asks for
	 * none, and an ordinary complaint paged as SEV1, or a SEV1 left in the queue as
	 * ordinary, costs a team far more than a rating one level off. Three was chosen on
	 * each half of the labelled sets, judged on the other (docs/triage-history.md): on
	 * both, a fifth fewer two levels off, as many SEV1 found, 0.4% fewer exact.
	 */
	static final double TWO_LEVELS_OFF_COST = 3;

	/**
	 * How many of each severity's closest labelled complaints measure how close a
	 * complaint reads to that severity.
	 */
	static final int CLOSEST_PER_SEVERITY = 3;

	/** How many of a complaint's words a reason names. */
	private static final int WORDS_NAMED = 3;

	/** How many of the closest labelled complaints vote. */
	private static final int NEIGHBOURS = 10;

	private final SoftmaxClassifier severity;

	private final SoftmaxClassifier team;

	private final List<String> teams;

	private final List<LabelledComplaint> examples;

	/** Each example's severity, as its ordinal. */
	private final int[] severities;

	private final EmbeddingIndex embeddings;

	private final Tuning tuning;

	/** How the labelled complaints' words lean, severity by severity. */
	private final WordEvidence severityWords;

	/** How they lean, team by team. */
	private final WordEvidence teamWords;

	private LearnedModel(SoftmaxClassifier severity, SoftmaxClassifier team, List<String> teams,
			List<LabelledComplaint> examples, EmbeddingIndex embeddings, Tuning tuning, WordEvidence severityWords,
			WordEvidence teamWords) {
		this.severity = severity;
		this.team = team;
		this.severityWords = severityWords;
		this.teamWords = teamWords;
		this.teams = teams;
		this.examples = examples;
		this.severities = ordinals(examples);
		this.embeddings = embeddings;
		this.tuning = tuning;
	}

	/**
	 * Fits both classifiers.
	 * @param examples the labelled complaints
	 * @param features what was read of each, in the same order
	 * @param teams every team's name
	 */
	static LearnedModel fit(List<LabelledComplaint> examples, List<ComplaintFeatures> features, List<String> teams,
			Tuning tuning) {
		return fit(examples, features, teams, tuning, null, FittedClassifierFiles.NONE);
	}

	/**
	 * Fits both classifiers, or reads them back from a file when the same were fitted
	 * before on the same labelled complaints.
	 */
	static LearnedModel fit(List<LabelledComplaint> examples, List<ComplaintFeatures> features, List<String> teams,
			Tuning tuning, FittedClassifierFiles fits) {
		return fit(examples, features, teams, tuning, null, fits);
	}

	/**
	 * Fits both classifiers, or reads them back as
	 * {@link #fit(List, List, List, Tuning, FittedClassifierFiles)} does.
	 * @param closeness how close each example reads to each severity among the others
	 * ({@link #severityCloseness}), found another way (cross-validation's folds read it
	 * from {@link ClosestBySeverity}); asked only when the classifiers are fitted, not
	 * read back; null to compare them here
	 */
	static LearnedModel fit(List<LabelledComplaint> examples, List<ComplaintFeatures> features, List<String> teams,
			Tuning tuning, @Nullable Supplier<List<double[]>> closeness, FittedClassifierFiles fits) {
		// In one order whatever order the configuration's teams come in, so the same
		// complaints make the same fit, and its file is found again after a restart.
		List<String> knownTeams = teams.stream().sorted().toList();
		List<float[]> embeddings = ComplaintFeatures.wholes(features);
		int[] severities = ordinals(examples);
		int[] teamLabels = new int[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			int index = knownTeams.indexOf(examples.get(i).team());
			if (index < 0) {
				throw new IllegalArgumentException("labelled complaint " + examples.get(i).id() + ": no team named '"
						+ examples.get(i).team() + "'; teams are " + knownTeams);
			}
			teamLabels[i] = index;
		}
		int[] kinds = examples.stream().mapToInt(e -> SeverityKind.of(e.severity(), e.why()).ordinal()).toArray();
		List<int[]> words = features.stream().map(ComplaintFeatures::words).toList();
		WordEvidence severityWords = WordEvidence.count(words, severities, Severity.values().length);
		WordEvidence teamWords = WordEvidence.count(words, teamLabels, knownTeams.size());
		EmbeddingIndex compared = EmbeddingIndex.of(embeddings);
		FittedClassifierFiles.Key key = fits.key(features, kinds, teamLabels, knownTeams, tuning.penalty());
		FittedClassifierFiles.Fitted kept = fits.read(key).orElse(null);
		if (kept == null) {
			kept = fitClassifiers(features, tuning,
					closeness == null ? closeness(compared, embeddings, severities) : closeness.get(), severities,
					kinds, severityWords, teamLabels, knownTeams, teamWords);
			fits.keep(key, kept);
		}
		return new LearnedModel(kept.severity(), kept.team(), knownTeams, List.copyOf(examples), compared, tuning,
				severityWords, teamWords);
	}

	private static FittedClassifierFiles.Fitted fitClassifiers(List<ComplaintFeatures> features, Tuning tuning,
			List<double[]> closeness, int[] severities, int[] kinds, WordEvidence severityWords, int[] teamLabels,
			List<String> teams, WordEvidence teamWords) {
		// What each text means is the most of both classifiers' features and the same in
		// both, so both fits read it where the features hold it. A copy for each fit was
		// more than a 352 MiB heap could hold on the 22,864 labelled complaints, and one
		// standardised copy more than 384 MiB could on the 32,064.
		StandardisedColumns meaning = StandardisedColumns
			.of(features.stream().map(ComplaintFeatures::meaning).toList());
		List<float[]> severityRows = new ArrayList<>();
		List<float[]> teamRows = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			ComplaintFeatures read = features.get(i);
			severityRows.add(read.forSeverityBesideMeaning(closeness.get(i),
					severityWords.evidenceLeavingOut(read.words(), severities[i])));
			teamRows.add(read.forTeamBesideMeaning(teams, teamWords.evidenceLeavingOut(read.words(), teamLabels[i])));
		}
		// The two fits share nothing they change: the team's runs beside the severity's.
		CompletableFuture<SoftmaxClassifier> team = CompletableFuture.supplyAsync(() -> SoftmaxClassifier.fit(meaning,
				teamRows, teamLabels, teams.size(), tuning.penalty(), teamLabels, teams.size()));
		SoftmaxClassifier severity = SoftmaxClassifier.fit(meaning, severityRows, kinds, SeverityKind.values().length,
				tuning.penalty(), severities, Severity.values().length);
		return new FittedClassifierFiles.Fitted(severity, team.join());
	}

	/**
	 * How close each labelled complaint reads to each severity among the others: each is
	 * compared with every other.
	 */
	private static List<double[]> closeness(EmbeddingIndex compared, List<float[]> embeddings, int[] severities) {
		return compared.eachRow(embeddings, (i, similarities) -> {
			// A labelled complaint is not compared with itself: its closeness to each
			// severity reads as a new complaint's would, so the classifier weighs it as
			// it will count when judging.
			similarities[i] = Double.NEGATIVE_INFINITY;
			return severityCloseness(similarities, severities);
		});
	}

	/** Each labelled complaint's severity, as its ordinal. */
	static int[] ordinals(List<LabelledComplaint> examples) {
		return examples.stream().mapToInt(example -> example.severity().ordinal()).toArray();
	}

	/**
	 * The same classifiers with other labelled complaints to compare with: a correction
	 * decides a complaint told the same way at once, while the classifiers are refitted.
	 */
	LearnedModel comparingWith(List<LabelledComplaint> examples, List<ComplaintFeatures> features) {
		return new LearnedModel(severity, team, teams, List.copyOf(examples),
				EmbeddingIndex.of(ComplaintFeatures.wholes(features)), tuning, severityWords, teamWords);
	}

	/**
	 * How close a complaint reads to each severity: the mean similarity of that
	 * severity's few closest labelled complaints. A neighbour vote counts only the ten
	 * closest of any severity; this says, for instance, that the closest SEV1 is far even
	 * when a joke shares a risk's words.
	 * @param similarities to each labelled complaint, in their order
	 * @param severities each one's severity, as its ordinal
	 */
	static double[] severityCloseness(double[] similarities, int[] severities) {
		int classes = Severity.values().length;
		double[][] best = new double[classes][CLOSEST_PER_SEVERITY];
		for (double[] top : best) {
			Arrays.fill(top, Double.NEGATIVE_INFINITY);
		}
		for (int i = 0; i < similarities.length; i++) {
			double[] top = best[severities[i]];
			double similarity = similarities[i];
			// top stays sorted, highest first
			for (int j = 0; j < top.length; j++) {
				if (similarity > top[j]) {
					System.arraycopy(top, j, top, j + 1, top.length - j - 1);
					top[j] = similarity;
					break;
				}
			}
		}
		double[] closeness = new double[classes];
		for (int c = 0; c < classes; c++) {
			double sum = 0;
			int counted = 0;
			for (double similarity : best[c]) {
				if (similarity > Double.NEGATIVE_INFINITY) {
					sum += similarity;
					counted++;
				}
			}
			closeness[c] = counted == 0 ? 0 : sum / counted;
		}
		return closeness;
	}

	Verdict judge(ComplaintFeatures features) {
		return judge(features, embeddings.similarities(features.whole()));
	}

	/**
	 * Each complaint's verdict, in their order, the same as {@link #judge} gives it. The
	 * labelled complaints' embeddings are read once for a few complaints rather than once
	 * for each, and the few are judged side by side: judging thousands one by one (a
	 * cross-validation's folds) is bound by reading them from memory again for each.
	 */
	List<Verdict> judgeAll(List<ComplaintFeatures> complaints) {
		return embeddings.eachRow(ComplaintFeatures.wholes(complaints),
				(i, similarities) -> judge(complaints.get(i), similarities));
	}

	/**
	 * Each complaint's verdict, in their order, the same as {@link #judge} gives it, all
	 * on the caller's thread: the labelled complaints' embeddings are read once for every
	 * {@link EmbeddingIndex#BLOCK} complaints rather than once for each. Rating a backlog
	 * one by one was bound by that reading; it runs on one thread of the lowest priority
	 * and should not spread to others.
	 */
	List<Verdict> judgeInTurn(List<ComplaintFeatures> complaints) {
		double[][] similarities = embeddings.similarities(ComplaintFeatures.wholes(complaints));
		List<Verdict> verdicts = new ArrayList<>(complaints.size());
		for (int i = 0; i < complaints.size(); i++) {
			verdicts.add(judge(complaints.get(i), similarities[i]));
		}
		return verdicts;
	}

	/**
	 * @param similarities the complaint's to each labelled complaint, in their order
	 */
	private Verdict judge(ComplaintFeatures features, double[] similarities) {
		List<Neighbour> closest = closest(similarities);
		double[] kindChances = severity.probabilities(features.forSeverity(severityCloseness(similarities, severities),
				severityWords.evidence(features.words())));
		double[] p = blend(SeverityKind.severityChances(kindChances), tuning.neighbourWeight(),
				votes(closest, Severity.values().length, example -> example.severity().ordinal()));
		Severity floor = rubricFloor(features);
		SeverityChances chances = new SeverityChances(p, floor);
		Severity learned = chances.learnedAt(tuning.missedSev1Cost());
		Severity rated = Severity.mostUrgent(learned, floor);
		double[] t = blend(team.probabilities(features.forTeam(teams, teamWords.evidence(features.words()))),
				tuning.teamNeighbourWeight(), votes(closest, teams.size(), example -> teams.indexOf(example.team())));
		int bestTeam = 0;
		for (int c = 1; c < t.length; c++) {
			if (t[c] > t[bestTeam]) {
				bestTeam = c;
			}
		}
		Neighbour nearest = closest.isEmpty() ? null : closest.getFirst();
		boolean decided = rated == learned;
		SeverityKind kind = decided ? SeverityKind.likeliest(rated, kindChances) : null;
		Severity alsoLikely = decided && rated != chances.likeliest() ? chances.likeliestBeyond(rated) : null;
		Verdict verdict = new Verdict(rated, p[rated.ordinal()], teams.get(bestTeam), t[bestTeam], nearest, chances,
				kind, alsoLikely);
		if (verdict.asCorrected()) {
			// The rubric's floors still hold over a correction, as over every verdict.
			LabelledComplaint corrected = nearest.example();
			Severity severity = Severity.mostUrgent(corrected.severity(), floor);
			return new Verdict(severity, nearest.similarity(), corrected.team(), nearest.similarity(), nearest, chances,
					null, null);
		}
		return verdict;
	}

	/**
	 * The words and pairs of a text that lean furthest towards a severity in the labelled
	 * complaints, a few at most, for a reason staff can read.
	 */
	List<String> wordsLeaningTowards(String text, Severity towards) {
		return severityWords.leaningTowards(text, towards.ordinal(), WORDS_NAMED);
	}

	/**
	 * The rubric's rules that numbers decide always hold: going viral (1,000 shares, or
	 * 500k followers and angry) is SEV1, high reach (50k followers) at least SEV2. The
	 * rules' floors that rest on a phrase (a risk, a life event, a live problem) are only
	 * signals the classifier weighs, since a phrase is often said in jest ("the pilot
	 * should be sued for that landing, 10/10"); a risk phrase still forces SEV1 when the
	 * tuning says so.
	 */
	private Severity rubricFloor(ComplaintFeatures features) {
		double[] s = features.signals();
		PhraseTriage.Reading reading = features.reading();
		boolean viral = s[ComplaintFeatures.VIRAL_SHARES] > 0
				|| (s[ComplaintFeatures.VIRAL_FOLLOWERS] > 0 && reading.angry());
		if (viral || (tuning.riskPhrasesForceSev1() && reading.risk())) {
			return Severity.SEV1;
		}
		return s[ComplaintFeatures.HIGH_REACH] > 0 ? Severity.SEV2 : Severity.SEV4;
	}

	private static double[] blend(double[] probabilities, double weight, double[] votes) {
		for (int c = 0; c < probabilities.length; c++) {
			probabilities[c] = (1 - weight) * probabilities[c] + weight * votes[c];
		}
		return probabilities;
	}

	/**
	 * The ten labelled complaints closest in meaning, closest first; of equally close
	 * ones, the one labelled first. Picked in one pass rather than by sorting all of
	 * them: this runs for every complaint rated.
	 */
	private List<Neighbour> closest(double[] similarities) {
		int kept = Math.min(NEIGHBOURS, similarities.length);
		if (kept == 0) {
			return List.of();
		}
		int[] best = new int[kept];
		int filled = 0;
		for (int i = 0; i < similarities.length; i++) {
			if (filled == kept && similarities[i] <= similarities[best[kept - 1]]) {
				continue;
			}
			// Full, the last kept one makes way. It goes after every kept one at least as
			// close, so ties keep the labelled order.
			int at = filled == kept ? kept - 1 : filled;
			while (at > 0 && similarities[best[at - 1]] < similarities[i]) {
				best[at] = best[at - 1];
				at--;
			}
			best[at] = i;
			filled = Math.min(filled + 1, kept);
		}
		List<Neighbour> closest = new ArrayList<>(kept);
		for (int k = 0; k < kept; k++) {
			closest.add(new Neighbour(examples.get(best[k]), similarities[best[k]]));
		}
		return List.copyOf(closest);
	}

	/**
	 * How the closest labelled complaints were labelled, weighted by their similarity.
	 */
	private static double[] votes(List<Neighbour> closest, int classes, ToIntFunction<LabelledComplaint> label) {
		double[] votes = new double[classes];
		double total = 0;
		for (Neighbour neighbour : closest) {
			double weight = Math.max(0, neighbour.similarity());
			votes[label.applyAsInt(neighbour.example())] += weight;
			total += weight;
		}
		for (int c = 0; c < classes; c++) {
			votes[c] = total == 0 ? 1.0 / classes : votes[c] / total;
		}
		return votes;
	}

}
