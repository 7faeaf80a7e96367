package dev.frontline.triage.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fitted classifiers kept on disk: read back, they judge exactly as the fit they were
 * kept from; other labelled complaints are another file; a damaged file is fitted again.
 */
class FittedClassifierFilesTest {

	static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	/** The file's format and the digest it was kept under. */
	static final int HEADER = Integer.BYTES + 32;

	static final List<String> TEAMS = List.copyOf(ExampleTriage.teams().names());

	static TextEmbeddings embeddings;

	static List<LabelledComplaint> examples;

	static List<ComplaintFeatures> features;

	static PhraseTriage rules;

	@TempDir
	Path directory;

	@BeforeAll
	static void read() {
		rules = ExampleTriage.engine();
		embeddings = TextEmbeddings.rememberedIn(TriageConfiguration.DEFAULT_CACHE);
		examples = TriageConfiguration.labelled(
				List.of("file:" + TriageCrossValidationTest.LABELLED.toAbsolutePath() + "/complaints-labelled.jsonl"),
				new PathMatchingResourcePatternResolver());
		features = ComplaintFeatures.ofLabelled(examples, rules, embeddings);
	}

	@AfterAll
	static void close() {
		embeddings.close();
	}

	@Test
	void aFitKeptAndReadBackJudgesEveryComplaintAsTheFitItself() throws IOException {
		FittedClassifierFiles fits = FittedClassifierFiles.in(directory);
		LearnedModel fitted = LearnedModel.fit(examples, features, TEAMS, LearnedModel.Tuning.DEFAULT);
		LearnedModel kept = fit(fits);
		assertThat(fitsIn(directory)).hasSize(1);

		LearnedModel readBack = fit(fits);

		assertThat(fitsIn(directory)).hasSize(1);
		for (ComplaintFeatures complaint : judged()) {
			assertThat(kept.judge(complaint)).usingRecursiveComparison().isEqualTo(fitted.judge(complaint));
			assertThat(readBack.judge(complaint)).usingRecursiveComparison().isEqualTo(fitted.judge(complaint));
		}
	}

	@Test
	void whatIsReadBackIsTheFileNotAFitAgain() throws IOException {
		FittedClassifierFiles fits = FittedClassifierFiles.in(directory);
		LearnedModel fitted = fit(fits);
		Path file = fitsIn(directory).getFirst();
		byte[] swapped = swappedForAFitOnMildLabels(file);
		Files.write(file, swapped);

		LearnedModel readBack = fit(fits);

		assertThat(Arrays.equals(Files.readAllBytes(file), swapped)).as("read, not fitted again and replaced").isTrue();
		assertRatesOtherwise(readBack, fitted, "the swapped classifiers rate");
	}

	@Test
	void otherLabelsAreAnotherFit() throws IOException {
		FittedClassifierFiles fits = FittedClassifierFiles.in(directory);
		fit(fits);
		List<LabelledComplaint> relabelled = new ArrayList<>(examples);
		relabelled.set(0, asMild(examples.getFirst()));

		LearnedModel.fit(relabelled, features, TEAMS, LearnedModel.Tuning.DEFAULT, fits);
		LearnedModel.fit(examples, features, TEAMS, new LearnedModel.Tuning(0.4, false, 0.2, 0.4, 0.6), fits);

		assertThat(fitsIn(directory)).as("one label changed, then the penalty").hasSize(3);
	}

	@Test
	void aDamagedFileIsFittedAgainAndReplaced() throws IOException {
		FittedClassifierFiles fits = FittedClassifierFiles.in(directory);
		LearnedModel fitted = fit(fits);
		Path file = fitsIn(directory).getFirst();
		byte[] whole = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(whole, whole.length / 2));

		LearnedModel refitted = fit(fits);

		assertThat(Arrays.equals(Files.readAllBytes(file), whole)).as("fitted again and kept whole").isTrue();
		ComplaintFeatures complaint = judged().getFirst();
		assertThat(refitted.judge(complaint)).usingRecursiveComparison().isEqualTo(fitted.judge(complaint));
	}

	@Test
	void aFileClaimingMoreThanAnyFitHasIsFittedAgainNotAllocated() throws IOException {
		FittedClassifierFiles fits = FittedClassifierFiles.in(directory);
		fit(fits);
		Path file = fitsIn(directory).getFirst();
		byte[] whole = Files.readAllBytes(file);
		byte[] damaged = whole.clone();
		// The severity classifier's class count, right after the header.
		ByteBuffer.wrap(damaged).putInt(HEADER, Integer.MAX_VALUE);
		Files.write(file, damaged);

		fit(fits);

		assertThat(Arrays.equals(Files.readAllBytes(file), whole)).as("fitted again and kept whole").isTrue();
	}

	@Test
	void aFitWhereNothingMayBeChangedIsStillRead() throws IOException {
		FittedClassifierFiles fits = FittedClassifierFiles.in(directory);
		LearnedModel fitted = fit(fits);
		Path file = fitsIn(directory).getFirst();
		byte[] swapped = swappedForAFitOnMildLabels(file);
		// A read-only file system (as an image's may be): not even its time can be
		// changed, and that must not make the fit unreadable.
		Path archive = directory.resolve("fits.zip");
		try (FileSystem writing = FileSystems.newFileSystem(archive, Map.of("create", "true"))) {
			Files.write(writing.getPath(file.getFileName().toString()), swapped);
		}
		try (FileSystem readOnly = FileSystems.newFileSystem(archive, Map.of("accessMode", "readOnly"))) {
			LearnedModel readBack = fit(FittedClassifierFiles.in(readOnly.getPath("/")));

			assertRatesOtherwise(readBack, fitted, "the swapped classifiers were read, not fitted again");
		}
	}

	@Test
	void onlyTheMostRecentlyUsedFitsAreKept() throws IOException {
		FittedClassifierFiles fits = FittedClassifierFiles.in(directory);
		FittedClassifierFiles.Fitted fitted = new FittedClassifierFiles.Fitted(fitOnTwoExamples(), fitOnTwoExamples());
		for (int i = 0; i < FittedClassifierFiles.KEPT + 3; i++) {
			byte[] digest = new byte[32];
			digest[0] = (byte) i;
			fits.keep(new FittedClassifierFiles.Key(digest), fitted);
		}

		assertThat(fitsIn(directory)).hasSize(FittedClassifierFiles.KEPT);
		assertThat(fits.read(new FittedClassifierFiles.Key(new byte[32]))).as("the first, least recently used")
			.isEmpty();
	}

	private static SoftmaxClassifier fitOnTwoExamples() {
		return SoftmaxClassifier.fit(StandardisedColumns.of(List.of(new float[] { 0, 1 }, new float[] { 1, 0 })),
				List.of(new float[] { 1 }, new float[] { 0 }), new int[] { 0, 1 }, 2, 0.05, new int[] { 0, 1 }, 2);
	}

	private static LearnedModel fit(FittedClassifierFiles fits) {
		return LearnedModel.fit(examples, features, TEAMS, LearnedModel.Tuning.DEFAULT, fits);
	}

	/** That a model rates some complaint otherwise than the fit on the true labels. */
	private static void assertRatesOtherwise(LearnedModel readBack, LearnedModel fitted, String why) {
		assertThat(judged()).as(why)
			.anySatisfy(complaint -> assertThat(readBack.judge(complaint).severity())
				.isNotEqualTo(fitted.judge(complaint).severity()));
	}

	/**
	 * The file's classifiers swapped for a fit on every complaint labelled SEV4, under
	 * the same digest: read back, they rate as no fit on the true labels would.
	 */
	private byte[] swappedForAFitOnMildLabels(Path file) throws IOException {
		Path other = Files.createDirectory(directory.resolve("other"));
		LearnedModel.fit(examples.stream().map(FittedClassifierFilesTest::asMild).toList(), features, TEAMS,
				LearnedModel.Tuning.DEFAULT, FittedClassifierFiles.in(other));
		byte[] mild = Files.readAllBytes(fitsIn(other).getFirst());
		byte[] swapped = Arrays.copyOf(Files.readAllBytes(file), mild.length);
		System.arraycopy(mild, HEADER, swapped, HEADER, mild.length - HEADER);
		return swapped;
	}

	private static LabelledComplaint asMild(LabelledComplaint example) {
		return new LabelledComplaint(example.id(), example.set(), example.signals(), Severity.SEV4, example.team(),
				"a mild gripe");
	}

	/** Complaints not among the labelled ones, of every severity. */
	private static List<ComplaintFeatures> judged() {
		return Stream
			.of("The cabin filled with smoke after take-off and my son could not breathe; we were taken to hospital.",
					"My solicitor will be writing to you about the refund you still owe me.",
					"Missed my sister's wedding because the connection was cancelled and nobody rebooked us.",
					"The app logged me out three times while I tried to choose a seat.",
					"Coffee on board was lukewarm again, as ever.")
			.map(text -> ComplaintFeatures.of(
					new ComplaintSignals("x", text, 200, 1, 0, 0, "none", NOW.minusSeconds(600), 0), NOW, rules,
					embeddings::embed))
			.toList();
	}

	private static List<Path> fitsIn(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().startsWith("fitted-")).sorted().toList();
		}
	}

}
