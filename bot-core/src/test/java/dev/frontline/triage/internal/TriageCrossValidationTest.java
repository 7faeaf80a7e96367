package dev.frontline.triage.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;

import dev.frontline.teams.Teams;
import dev.frontline.teams.TeamsSettings;
import dev.frontline.triage.TriageSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds triage at the figures it reaches under cross-validation on every labelled set in
 * the repository, so a change that makes it worse fails the build. The figures are
 * honest: each complaint is judged by classifiers fitted on the other folds only. The
 * folds' fits are kept on the machine and read back by the next build while the labelled
 * complaints and the code that fits are the same: any change to either is another digest,
 * fitted and judged anew.
 */
class TriageCrossValidationTest {

	static final Path LABELLED = Path.of("../config/src/main/resources/example/triage");

	/**
	 * The first 26 writers' sets (2,600 complaints), for tests that need the real learned
	 * layer but not every labelled complaint: each fit on them takes a fraction of one on
	 * all, which this test and {@link LearningInTheApplicationTest} do.
	 */
	static final String FIRST_WRITERS = "writer-?.jsonl";

	@Test
	void crossValidatedTriageHoldsItsFigures() throws IOException {
		var binder = ExampleTriage.binder(java.util.Map.of());
		TriageSettings settings = binder.bind("frontline.triage", TriageSettings.class).get();
		Teams teams = new Teams(binder.bind("frontline", TeamsSettings.class).get());
		List<LabelledComplaint> examples;
		try (Stream<Path> files = Files.list(LABELLED)) {
			examples = files.filter(file -> file.toString().endsWith(".jsonl"))
				.sorted()
				.flatMap(file -> LabelledComplaint.read(new FileSystemResource(file)).stream())
				.toList();
		}
		TriageEvaluation.Figures figures;
		try (TextEmbeddings embeddings = TextEmbeddings.rememberedIn(TriageConfiguration.DEFAULT_CACHE)) {
			figures = TriageEvaluation.crossValidate(examples, new PhraseTriage(settings, teams), embeddings,
					List.copyOf(teams.names()), 10, false, LearnedModel.Tuning.of(settings.model()),
					FittedClassifierFiles.ofFoldsIn(TriageConfiguration.DEFAULT_CACHE));
		}
		figures.print(System.out);
		assertThat(figures.total()).as("labelled complaints").isGreaterThanOrEqualTo(34864);
		assertThat(figures.exact()).as("same severity").isGreaterThanOrEqualTo(EXACT);
		assertThat(figures.withinOne()).as("within one level").isGreaterThanOrEqualTo(WITHIN_ONE);
		assertThat(figures.sev1Found()).as("SEV1 found").isGreaterThanOrEqualTo(SEV1_FOUND);
		assertThat(figures.rightTeam()).as("right team").isGreaterThanOrEqualTo(RIGHT_TEAM);
	}

	// Reached with bge-small-en-v1.5, the writer-g to writer-mh sets, the penalty in the
	// features' own units, the classifiers fitted by limited-memory BFGS, engagement read
	// up to 30 shares, the features held as floats and read as they are, the words'
	// evidence beside the meaning, the severity learned as the rubric's kinds, links read
	// as links and each severity rated at its least expected cost (2026-12-08, on an
	// Intel Xeon with AVX-512 VNNI; an AMD EPYC with it gave the 32,064 the same figures
	// as one without): 97.3%, 99.6%, 5,701 of 5,817 and 96.4% (33,913, 34,708 and 33,616
	// of 34,864), less about a tenth of a percent (a quarter for SEV1). New sets move
	// the figures either way, harder ones and the folds reshuffled: the floor follows
	// what is reached (docs/triage-history.md). The model is quantised, and its integer
	// arithmetic takes other vector instructions on other processors (with or without
	// AVX-512 VNNI): the embeddings can differ enough to move a few complaints across a
	// boundary, either way. On the 29,664 a processor with VNNI gave 28,781 exact, 29,506
	// within one, 4,920 SEV1 and 28,623 teams, one without 28,776, 29,504, 4,914 and
	// 28,622: the margin is wider than that, so that the build passes on either.
	// Raise them when triage gets better.
	private static final int EXACT = 33883;

	private static final int WITHIN_ONE = 34693;

	private static final int SEV1_FOUND = 5689;

	private static final int RIGHT_TEAM = 33586;

}
