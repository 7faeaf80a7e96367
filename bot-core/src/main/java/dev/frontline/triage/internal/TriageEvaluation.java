package dev.frontline.triage.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.nio.file.Path;
import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.function.SingletonSupplier;

import dev.frontline.triage.TriageSettings;

import dev.frontline.triage.Severity;

/**
 * Honest figures for triage: stratified k-fold cross-validation, so no labelled complaint
 * is ever judged by classifiers fitted on it. Each fold fits the learned layer on the
 * other folds and judges the held-out one; the figures add up over all folds. With
 * {@code --held-out}, a set is judged once by the learned layer fitted on all the others:
 * how a writer the examples never saw is read.
 */
public final class TriageEvaluation {

	/**
	 * {@code ./triage-eval [--file labelled.jsonl]… [--held-out labelled.jsonl]… [--folds 10]
	 * [--by-set] [--misses]}: the configured labelled complaints (or the files given),
	 * cross-validated, or the held-out files judged by a fit on them. With
	 * {@code --by-set} each labelled set is wholly in one fold: no complaint is judged by
	 * a fit on its own writer's others, as complaints from a new writer will not be. With
	 * {@code --keep-embeddings} it judges nothing: it only embeds them into the cache
	 * triage reads at start-up and keeps the fit a start makes on them there, as the
	 * container image's build does.
	 */
	public static void main(String[] args) {
		quietLogs();
		List<String> files = new ArrayList<>();
		List<String> heldOutFiles = new ArrayList<>();
		int folds = 10;
		boolean showMisses = false;
		boolean bySet = false;
		boolean embeddingsOnly = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--file" -> files.add(next(args, ++i, "--file needs a labelled JSONL file"));
				case "--held-out" -> heldOutFiles.add(next(args, ++i, "--held-out needs a labelled JSONL file"));
				case "--folds" -> folds = Integer.parseInt(next(args, ++i, "--folds needs a number, e.g. 10"));
				case "--by-set" -> bySet = true;
				case "--misses" -> showMisses = true;
				case "--keep-embeddings" -> embeddingsOnly = true;
				default -> {
					System.err.println("Unknown argument '" + args[i]
							+ "'. Usage: ./triage-eval [--file labelled.jsonl]… [--held-out labelled.jsonl]… [--folds 10]"
							+ " [--by-set] [--misses] [--keep-embeddings]");
					System.exit(2);
				}
			}
		}
		if (folds < 2) {
			System.err.println("--folds: at least 2");
			System.exit(2);
		}
		ExampleConfiguration configuration = ExampleConfiguration.load();
		PhraseTriage rules = new PhraseTriage(configuration.triage(), configuration.teams());
		List<String> locations = files.isEmpty() ? configuration.triage().model().examples() : locationsOf(files);
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		List<LabelledComplaint> examples = TriageConfiguration.labelled(locations, resources);
		List<LabelledComplaint> heldOut = TriageConfiguration.labelled(locationsOf(heldOutFiles), resources);
		System.out.printf("Reading %d labelled complaints with the embedding model…%n",
				examples.size() + heldOut.size());
		try (TextEmbeddings embeddings = TextEmbeddings.rememberedIn(configuration.cacheDir());
				Progress progress = Progress.of(embeddings)) {
			TriageSettings.Model model = configuration.triage().model();
			List<String> teams = List.copyOf(configuration.teams().names());
			LearnedModel.Tuning tuning = LearnedModel.Tuning.of(model);
			if (embeddingsOnly) {
				// What fitting reads of each, so a start finds every text it embeds, and
				// the fit a start on these complaints makes, so it reads that back too.
				List<ComplaintFeatures> read = ComplaintFeatures.ofLabelled(examples, rules, embeddings);
				LearnedModel.fit(examples, read, teams, tuning, FittedClassifierFiles.in(configuration.cacheDir()));
				System.out.printf(
						"Kept the embeddings of %d labelled complaints and the classifiers fitted on them in %s%n",
						examples.size(), configuration.cacheDir());
				return;
			}
			int named = examples.size() - fittedBeside(examples, heldOut).size();
			if (named > 0) {
				System.out.printf("%d of the examples are held out too: the fit leaves them out%n", named);
			}
			Figures figures = heldOut.isEmpty()
					? crossValidate(examples, rules, embeddings, teams, folds, bySet, tuning,
							FittedClassifierFiles.ofFoldsIn(configuration.cacheDir()))
					: judgeHeldOut(examples, heldOut, rules, embeddings, teams, tuning);
			figures.print(System.out);
			if (showMisses) {
				System.out.println("  misses:");
				figures.misses().forEach(miss -> System.out.println("    " + miss));
			}
			else {
				System.out.printf("  %d misses: --misses lists them with their reasons%n", figures.misses().size());
			}
		}
	}

	/**
	 * Says every so often how many texts were embedded: on a machine's first run they
	 * take minutes, and nothing else is printed meanwhile. Silent when they are read
	 * back.
	 */
	private record Progress(ScheduledExecutorService clock) implements AutoCloseable {

		private static final Duration EVERY = Duration.ofSeconds(20);

		static Progress of(TextEmbeddings embeddings) {
			ScheduledExecutorService clock = Executors
				.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("triage-eval-progress").daemon().factory());
			AtomicLong said = new AtomicLong();
			clock.scheduleAtFixedRate(() -> {
				long embedded = embeddings.embedded();
				if (embedded > said.getAndSet(embedded)) {
					System.out.printf("  %,d texts embedded so far (a machine's first run embeds each once; later"
							+ " runs read them back)%n", embedded);
				}
			}, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
			return new Progress(clock);
		}

		@Override
		public void close() {
			clock.shutdownNow();
		}

	}

	/**
	 * Outside the application nothing configures logging: the model's start-up chatter
	 * goes, and, as in the application's configuration, so do its library's warnings that
	 * it found no GPU, which it does not need.
	 */
	private static void quietLogs() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
			context.getLogger("ai.djl").setLevel(Level.ERROR);
		}
	}

	private static String next(String[] args, int i, String problem) {
		if (i >= args.length) {
			System.err.println(problem);
			System.exit(2);
		}
		return args[i];
	}

	/**
	 * The costs of a missed SEV1 {@code ./triage-eval} shows beside the configured one:
	 * from none (a SEV1 missed costs only the levels it is off) to three levels more.
	 */
	static final double[] OTHER_MISSED_SEV1_COSTS = { 0, 0.5, 1, 1.5, 2, 3 };

	/**
	 * What the same folds' verdicts come to had a missed SEV1 cost another amount.
	 *
	 * @param missedSev1Cost the cost
	 * @param sev1Found labelled SEV1 rated SEV1
	 * @param exact rated as labelled
	 * @param withinOne at most one level off
	 * @param sev2Paged labelled SEV2 rated SEV1
	 * @param ordinaryPaged labelled SEV3 or SEV4 rated SEV1: two levels off or more
	 */
	record Sev1Cost(double missedSev1Cost, int sev1Found, int exact, int withinOne, int sev2Paged, int ordinaryPaged) {
	}

	/** Cross-validated figures. */
	record Figures(int total, int folds, boolean bySet, int exact, int withinOne, int sev1, int sev1Found,
			int rightTeam, int[][] confusion, List<String> misses, Map<String, int[]> perSet, int[] rulesAlone,
			double configuredMissedSev1Cost, List<Sev1Cost> sev1Costs) {

		double exactShare() {
			return (double) exact / total;
		}

		double withinOneShare() {
			return (double) withinOne / total;
		}

		double teamShare() {
			return (double) rightTeam / total;
		}

		void print(PrintStream out) {
			if (folds == 0) {
				out.printf("%d held-out labelled complaints, judged by a fit on all the others%n", total);
			}
			else {
				out.printf("%d labelled complaints, %d-fold %s cross-validation%n", total, folds,
						bySet ? "by set (each set's complaints in one fold)" : "stratified");
			}
			out.printf("  severity exact     %5.1f%%  (%d)%n", 100 * exactShare(), exact);
			out.printf("  within one level   %5.1f%%  (%d)%n", 100 * withinOneShare(), withinOne);
			out.printf("  SEV1 found         %d of %d%n", sev1Found, sev1);
			out.printf("  team               %5.1f%%  (%d)%n", 100 * teamShare(), rightTeam);
			out.println("  confusion (rows: labelled, columns: rated SEV1 SEV2 SEV3 SEV4)");
			for (Severity severity : Severity.values()) {
				int[] row = confusion[severity.ordinal()];
				out.printf("    %s %5d %5d %5d %5d%n", severity, row[0], row[1], row[2], row[3]);
			}
			out.println("  per set: exact / within one / team / total");
			perSet.forEach((set, f) -> out.printf("    %-32s %4d %4d %4d %4d%n", set, f[0], f[1], f[2], f[3]));
			out.printf("  the rules alone: exact %.1f%%, within one %.1f%%, SEV1 found %d of %d, team %.1f%%%n",
					100.0 * rulesAlone[0] / total, 100.0 * rulesAlone[1] / total, rulesAlone[2], sev1,
					100.0 * rulesAlone[3] / total);
			out.println("  rated at other costs of a missed SEV1 (missed-sev1-cost), the same folds; a value chosen"
					+ " from these rows is fitted to these complaints");
			out.println("    missed-sev1-cost  SEV1 found  exact  within one  SEV2 as SEV1  SEV3/SEV4 as SEV1");
			for (Sev1Cost row : sev1Costs) {
				String cost = BigDecimal.valueOf(row.missedSev1Cost()).stripTrailingZeros().toPlainString();
				out.printf("    %-17s %10d %6d %11d %13d %18d%n",
						cost + (row.missedSev1Cost() == configuredMissedSev1Cost ? " (set)" : ""), row.sev1Found(),
						row.exact(), row.withinOne(), row.sev2Paged(), row.ordinaryPaged());
			}
		}

	}

	private TriageEvaluation() {
	}

	/**
	 * @param fits where each fold's fit is kept and read back from: a fold is judged the
	 * same either way, since a fit is read back only for the same complaints, labels and
	 * fitting code ({@link FittedClassifierFiles})
	 */
	static Figures crossValidate(List<LabelledComplaint> examples, PhraseTriage rules, TextEmbeddings embeddings,
			List<String> teams, int folds, boolean bySet, LearnedModel.Tuning tuning, FittedClassifierFiles fits) {
		int[] fold = bySet ? foldsBySet(examples, folds) : stratifiedFolds(examples, folds);
		return judge(examples, fold, folds, folds, bySet, rules, embeddings, teams, tuning, fits);
	}

	/**
	 * The held-out complaints judged once, by the learned layer fitted on all the
	 * examples but those also held out (the same text): a set named both ways is never
	 * judged by a fit on itself.
	 */
	static Figures judgeHeldOut(List<LabelledComplaint> examples, List<LabelledComplaint> heldOut, PhraseTriage rules,
			TextEmbeddings embeddings, List<String> teams, LearnedModel.Tuning tuning) {
		List<LabelledComplaint> all = new ArrayList<>(heldOut);
		all.addAll(fittedBeside(examples, heldOut));
		int[] fold = new int[all.size()];
		// Fold 0 is judged; the examples, in no fold that is judged, are always fitted
		// on.
		Arrays.fill(fold, heldOut.size(), all.size(), -1);
		return judge(all, fold, 1, 0, false, rules, embeddings, teams, tuning, FittedClassifierFiles.NONE);
	}

	/** The examples a held-out set is judged by: all but those with a held-out text. */
	static List<LabelledComplaint> fittedBeside(List<LabelledComplaint> examples, List<LabelledComplaint> heldOut) {
		Set<String> heldOutTexts = new HashSet<>();
		heldOut.forEach(example -> heldOutTexts.add(example.signals().text()));
		return examples.stream().filter(example -> !heldOutTexts.contains(example.signals().text())).toList();
	}

	/** Files named on the command line, as locations the configuration would name. */
	private static List<String> locationsOf(List<String> files) {
		return files.stream().map(file -> "file:" + Path.of(file).toAbsolutePath()).toList();
	}

	/**
	 * Judges each of the first {@code judgedFolds} folds by a fit on every complaint
	 * outside it; {@code folds} is what the figures report (0: a held-out set).
	 */
	private static Figures judge(List<LabelledComplaint> examples, int[] fold, int judgedFolds, int folds,
			boolean bySet, PhraseTriage rules, TextEmbeddings embeddings, List<String> teams,
			LearnedModel.Tuning tuning, FittedClassifierFiles fits) {
		List<ComplaintFeatures> features = ComplaintFeatures.ofLabelled(examples, rules, embeddings);
		// Folds are fitted on nearly the same complaints: each complaint's closest of
		// each severity are found once, not again in every fold, and not at all when
		// every fold's fit is read back.
		SingletonSupplier<ClosestBySeverity> closest = judgedFolds < 2 ? null
				: SingletonSupplier.of(() -> ClosestBySeverity.among(examples, ComplaintFeatures.wholes(features)));
		int judged = 0;
		int[][] confusion = new int[4][4];
		int sev1 = 0;
		int rightTeam = 0;
		int[] rulesAlone = new int[4];
		for (int i = 0; i < examples.size(); i++) {
			if (fold[i] < 0 || fold[i] >= judgedFolds) {
				continue;
			}
			judged++;
			// The phrase lists were never fitted per fold: the same for every fold.
			var byRules = features.get(i).reading().assessment();
			int off = Math.abs(byRules.severity().ordinal() - examples.get(i).severity().ordinal());
			rulesAlone[0] += off == 0 ? 1 : 0;
			rulesAlone[1] += off <= 1 ? 1 : 0;
			rulesAlone[2] += examples.get(i).severity() == Severity.SEV1 && byRules.severity() == Severity.SEV1 ? 1 : 0;
			rulesAlone[3] += byRules.team().equals(examples.get(i).team()) ? 1 : 0;
		}
		List<String> misses = new ArrayList<>();
		Map<String, int[]> perSet = new LinkedHashMap<>();
		double[] costs = DoubleStream
			.concat(Arrays.stream(OTHER_MISSED_SEV1_COSTS), DoubleStream.of(tuning.missedSev1Cost()))
			.distinct()
			.sorted()
			.toArray();
		List<CostTally> atCost = Arrays.stream(costs).mapToObj(CostTally::new).toList();
		// Each fold's fit reads only the other folds: they run side by side, and judging
		// goes fold by fold as before, so the figures and the misses' order are the same.
		List<LearnedModel> fitted = IntStream.range(0, judgedFolds).parallel().mapToObj(k -> {
			int[] train = IntStream.range(0, examples.size()).filter(i -> fold[i] != k).toArray();
			Supplier<List<double[]>> trainCloseness = closest == null ? null
					: () -> Arrays.stream(train).mapToObj(i -> closest.get().closeness(i, j -> fold[j] != k)).toList();
			return LearnedModel.fit(Arrays.stream(train).mapToObj(examples::get).toList(),
					Arrays.stream(train).mapToObj(features::get).toList(), teams, tuning, trainCloseness, fits);
		}).toList();
		for (int k = 0; k < judgedFolds; k++) {
			int judgedFold = k;
			int[] inFold = IntStream.range(0, examples.size()).filter(i -> fold[i] == judgedFold).toArray();
			List<LearnedModel.Verdict> verdicts = fitted.get(k)
				.judgeAll(Arrays.stream(inFold).mapToObj(features::get).toList());
			for (int n = 0; n < inFold.length; n++) {
				int i = inFold[n];
				LabelledComplaint example = examples.get(i);
				LearnedModel.Verdict verdict = verdicts.get(n);
				int off = Math.abs(verdict.severity().ordinal() - example.severity().ordinal());
				boolean teamRight = verdict.team().equals(example.team());
				confusion[example.severity().ordinal()][verdict.severity().ordinal()]++;
				rightTeam += teamRight ? 1 : 0;
				sev1 += example.severity() == Severity.SEV1 ? 1 : 0;
				for (CostTally tally : atCost) {
					tally.add(example.severity(), verdict.severityAt(tally.missedSev1Cost));
				}
				int[] set = perSet.computeIfAbsent(example.set(), name -> new int[4]);
				set[0] += off == 0 ? 1 : 0;
				set[1] += off <= 1 ? 1 : 0;
				set[2] += teamRight ? 1 : 0;
				set[3]++;
				if (off > 0 || !teamRight) {
					misses.add("%s labelled %s/%s rated %s/%s (%s) %s: %s".formatted(example.id(), example.severity(),
							example.team(), verdict.severity(), verdict.team(), chances(verdict),
							features.get(i).reading().assessment().reasons(),
							abbreviate(example.signals().text(), 100)));
				}
			}
		}
		List<Sev1Cost> sev1Costs = atCost.stream().map(CostTally::row).toList();
		// The configured cost's row is the verdicts as rated.
		Sev1Cost rated = sev1Costs.stream()
			.filter(row -> row.missedSev1Cost() == tuning.missedSev1Cost())
			.findFirst()
			.orElseThrow();
		return new Figures(judged, folds, bySet, rated.exact(), rated.withinOne(), sev1, rated.sev1Found(), rightTeam,
				confusion, misses, perSet, rulesAlone, tuning.missedSev1Cost(), sev1Costs);
	}

	/**
	 * The rated severity's probability, and when the costs rated other than the
	 * likeliest, the two severities it was rated between: "p 0.05: likeliest SEV3 0.55,
	 * SEV1 0.40".
	 */
	static String chances(LearnedModel.Verdict verdict) {
		String rated = "p %.2f".formatted(verdict.severityProbability());
		if (verdict.alsoLikely() == null) {
			return rated;
		}
		LearnedModel.SeverityChances chances = verdict.chances();
		Severity likeliest = chances.likeliest();
		return "%s: likeliest %s %.2f, %s %.2f".formatted(rated, likeliest, chances.of(likeliest), verdict.alsoLikely(),
				chances.of(verdict.alsoLikely()));
	}

	/**
	 * What the verdicts come to at one cost of a missed SEV1, added up verdict by
	 * verdict.
	 */
	private static final class CostTally {

		private final double missedSev1Cost;

		private int sev1Found;

		private int exact;

		private int withinOne;

		private int sev2Paged;

		private int ordinaryPaged;

		CostTally(double missedSev1Cost) {
			this.missedSev1Cost = missedSev1Cost;
		}

		void add(Severity labelled, Severity rated) {
			int off = Math.abs(rated.ordinal() - labelled.ordinal());
			exact += off == 0 ? 1 : 0;
			withinOne += off <= 1 ? 1 : 0;
			if (rated == Severity.SEV1) {
				switch (labelled) {
					case SEV1 -> sev1Found++;
					case SEV2 -> sev2Paged++;
					case SEV3, SEV4 -> ordinaryPaged++;
				}
			}
		}

		Sev1Cost row() {
			return new Sev1Cost(missedSev1Cost, sev1Found, exact, withinOne, sev2Paged, ordinaryPaged);
		}

	}

	/**
	 * Each labelled set wholly in one fold, the sets dealt to the folds in a fixed
	 * shuffled order. A writer's complaints share words, habits and the judgement of one
	 * person: judged by a fit on the same writer's others, a complaint is easier than one
	 * from a writer never seen.
	 */
	static int[] foldsBySet(List<LabelledComplaint> examples, int folds) {
		List<String> sets = new ArrayList<>(examples.stream().map(LabelledComplaint::set).distinct().sorted().toList());
		Collections.shuffle(sets, new Random(17));
		int[] fold = new int[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			fold[i] = sets.indexOf(examples.get(i).set()) % folds;
		}
		return fold;
	}

	/**
	 * Each severity's complaints spread evenly over the folds, in a fixed shuffled order.
	 */
	static int[] stratifiedFolds(List<LabelledComplaint> examples, int folds) {
		int[] fold = new int[examples.size()];
		Random random = new Random(17);
		for (Severity severity : Severity.values()) {
			List<Integer> indexes = new ArrayList<>();
			for (int i = 0; i < examples.size(); i++) {
				if (examples.get(i).severity() == severity) {
					indexes.add(i);
				}
			}
			Collections.shuffle(indexes, random);
			for (int j = 0; j < indexes.size(); j++) {
				fold[indexes.get(j)] = j % folds;
			}
		}
		return fold;
	}

	static String abbreviate(String text, int length) {
		String flat = text.replaceAll("\\s+", " ").strip();
		return flat.length() <= length ? flat : flat.substring(0, length - 1) + "…";
	}

}
