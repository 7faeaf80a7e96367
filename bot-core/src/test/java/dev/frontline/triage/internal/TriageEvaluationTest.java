package dev.frontline.triage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.frontline.teams.Teams;
import dev.frontline.teams.TeamsSettings;
import dev.frontline.triage.Severity;
import dev.frontline.triage.TriageSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A held-out set is judged on its own, by a fit on the other sets only; cross-validated
 * by set, no complaint is judged by a fit on its own set's others.
 */
class TriageEvaluationTest {

	static PhraseTriage rules;

	static Teams teams;

	static TriageSettings settings;

	static TextEmbeddings embeddings;

	static List<LabelledComplaint> heldOut;

	static List<LabelledComplaint> others;

	@BeforeAll
	static void read() {
		var binder = ExampleTriage.binder(Map.of());
		settings = binder.bind("frontline.triage", TriageSettings.class).get();
		teams = new Teams(binder.bind("frontline", TeamsSettings.class).get());
		rules = new PhraseTriage(settings, teams);
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		String folder = "file:" + TriageCrossValidationTest.LABELLED.toAbsolutePath() + "/";
		heldOut = TriageConfiguration.labelled(List.of(folder + "held-out-complaints.jsonl"), resources);
		// How a set is held out needs no more examples than these.
		others = TriageConfiguration.labelled(List.of(folder + TriageCrossValidationTest.FIRST_WRITERS), resources);
		embeddings = TextEmbeddings.rememberedIn(TriageConfiguration.DEFAULT_CACHE);
	}

	@AfterAll
	static void close() {
		embeddings.close();
	}

	static TriageEvaluation.Figures judgeHeldOut(List<LabelledComplaint> examples) {
		return TriageEvaluation.judgeHeldOut(examples, heldOut, rules, embeddings, List.copyOf(teams.names()),
				LearnedModel.Tuning.of(settings.model()));
	}

	@Test
	void aHeldOutSetIsJudgedAloneByAFitOnTheOthers() {
		TriageEvaluation.Figures figures = judgeHeldOut(others);

		assertThat(figures.total()).isEqualTo(heldOut.size());
		assertThat(figures.perSet()).containsOnlyKeys("held-out-complaints.jsonl");
		for (Severity severity : Severity.values()) {
			long labelled = heldOut.stream().filter(example -> example.severity() == severity).count();
			assertThat(Arrays.stream(figures.confusion()[severity.ordinal()]).sum()).as(severity.name())
				.isEqualTo((int) labelled);
		}
		assertThat(figures.misses()).allSatisfy(
				miss -> assertThat(heldOut.stream().anyMatch(example -> miss.startsWith(example.id() + " labelled")))
					.isTrue());
	}

	@Test
	void aHeldOutSetAlsoAmongTheExamplesIsNotFittedOn() {
		List<LabelledComplaint> withItself = new ArrayList<>(others);
		withItself.addAll(heldOut);

		TriageEvaluation.Figures apart = judgeHeldOut(others);
		TriageEvaluation.Figures named = judgeHeldOut(withItself);

		assertThat(named.exact()).isEqualTo(apart.exact());
		assertThat(named.rightTeam()).isEqualTo(apart.rightTeam());
		assertThat(named.confusion()).isDeepEqualTo(apart.confusion());
		assertThat(named.misses()).isEqualTo(apart.misses());
	}

	@Test
	void otherCostsOfAMissedSev1AreCountedFromTheSameVerdicts() {
		TriageEvaluation.Figures figures = judgeHeldOut(others);

		double configured = settings.model().missedSev1Cost();
		assertThat(figures.sev1Costs()).extracting(TriageEvaluation.Sev1Cost::missedSev1Cost)
			.contains(configured)
			.isSorted();
		TriageEvaluation.Sev1Cost set = figures.sev1Costs()
			.stream()
			.filter(row -> row.missedSev1Cost() == configured)
			.findFirst()
			.orElseThrow();
		int[][] confusion = figures.confusion();
		assertThat(set.sev1Found()).isEqualTo(figures.sev1Found());
		assertThat(set.exact()).isEqualTo(figures.exact());
		assertThat(set.withinOne()).isEqualTo(figures.withinOne());
		assertThat(set.sev2Paged()).isEqualTo(confusion[Severity.SEV2.ordinal()][0]);
		assertThat(set.ordinaryPaged())
			.isEqualTo(confusion[Severity.SEV3.ordinal()][0] + confusion[Severity.SEV4.ordinal()][0]);
		// A dearer missed SEV1 makes only SEV1 cheaper to rate: it finds every SEV1 a
		// cheaper one finds, and pages every complaint it pages.
		List<TriageEvaluation.Sev1Cost> rows = figures.sev1Costs();
		for (int i = 1; i < rows.size(); i++) {
			assertThat(rows.get(i).sev1Found()).isGreaterThanOrEqualTo(rows.get(i - 1).sev1Found());
			assertThat(rows.get(i).ordinaryPaged()).isGreaterThanOrEqualTo(rows.get(i - 1).ordinaryPaged());
		}
		// (That a dearer one pages on a fainter chance: SeverityChancesTest; on these few
		// complaints the rows may not differ.)
	}

	@Test
	void aMissRatedBetweenTwoSeveritiesNamesBothWithTheirChances() {
		var chances = new LearnedModel.SeverityChances(new double[] { 0.4, 0.05, 0.5, 0.05 }, Severity.SEV4);
		var hedged = new LearnedModel.Verdict(Severity.SEV2, 0.05, "care-social", 0.9, null, chances, null,
				Severity.SEV1);
		var likeliest = new LearnedModel.Verdict(Severity.SEV3, 0.5, "care-social", 0.9, null, chances, null, null);

		assertThat(TriageEvaluation.chances(hedged)).isEqualTo("p 0.05: likeliest SEV3 0.50, SEV1 0.40");
		assertThat(TriageEvaluation.chances(likeliest)).isEqualTo("p 0.50");
	}

	@Test
	void foldsFittedBeforeAreReadBackAndJudgeExactlyAsFittingThemAgain(@TempDir Path directory) throws IOException {
		// Every third is enough to fit three folds on, and quicker.
		List<LabelledComplaint> some = IntStream.range(0, others.size())
			.filter(i -> i % 3 == 0)
			.mapToObj(others::get)
			.toList();
		FittedClassifierFiles fits = FittedClassifierFiles.ofFoldsIn(directory);

		TriageEvaluation.Figures fitted = crossValidate(some, FittedClassifierFiles.NONE);
		TriageEvaluation.Figures kept = crossValidate(some, fits);
		assertThat(foldFilesIn(directory)).as("one fit kept for each fold").hasSize(3);
		TriageEvaluation.Figures readBack = crossValidate(some, fits);

		for (TriageEvaluation.Figures figures : List.of(kept, readBack)) {
			assertThat(figures).usingRecursiveComparison().isEqualTo(fitted);
		}
	}

	private static TriageEvaluation.Figures crossValidate(List<LabelledComplaint> examples,
			FittedClassifierFiles fits) {
		return TriageEvaluation.crossValidate(examples, rules, embeddings, List.copyOf(teams.names()), 3, false,
				LearnedModel.Tuning.of(settings.model()), fits);
	}

	private static List<Path> foldFilesIn(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory.resolve("folds"))) {
			return files.filter(file -> file.getFileName().toString().endsWith(".bin")).toList();
		}
	}

	@Test
	void crossValidatedBySetEachSetIsWhollyInOneFoldAndEveryFoldIsJudged() {
		int[] fold = TriageEvaluation.foldsBySet(others, 3);

		Map<String, Set<Integer>> foldsOfSet = new HashMap<>();
		for (int i = 0; i < others.size(); i++) {
			foldsOfSet.computeIfAbsent(others.get(i).set(), set -> new HashSet<>()).add(fold[i]);
		}
		assertThat(foldsOfSet).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((set, folds) -> assertThat(folds).as(set).hasSize(1));
		assertThat(Arrays.stream(fold).distinct().sorted().toArray()).containsExactly(0, 1, 2);
	}

}
