package dev.frontline.triage.internal;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints judged many at once are judged exactly as each alone: cross-validation
 * judges its folds that way, and its figures are the application's.
 */
class LearnedModelTest {

	static TextEmbeddings embeddings;

	static LearnedModel model;

	static List<ComplaintFeatures> judged;

	@BeforeAll
	static void fit() {
		PhraseTriage rules = ExampleTriage.engine();
		embeddings = TextEmbeddings.rememberedIn(TriageConfiguration.DEFAULT_CACHE);
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		String folder = "file:" + TriageCrossValidationTest.LABELLED.toAbsolutePath() + "/";
		List<LabelledComplaint> examples = TriageConfiguration.labelled(List.of(folder + "complaints-labelled.jsonl"),
				resources);
		model = LearnedModel.fit(examples, ComplaintFeatures.ofLabelled(examples, rules, embeddings),
				List.copyOf(ExampleTriage.teams().names()), LearnedModel.Tuning.DEFAULT);
		// More than a few blocks of them, and not a whole number of blocks.
		List<LabelledComplaint> others = TriageConfiguration.labelled(List.of(folder + "writer-a.jsonl"), resources)
			.subList(0, 7 * EmbeddingIndex.BLOCK + 3);
		judged = ComplaintFeatures.ofLabelled(others, rules, embeddings);
	}

	@AfterAll
	static void close() {
		embeddings.close();
	}

	@Test
	void judgingManyAtOnceGivesEachTheVerdictItGetsAlone() {
		assertEachAsAlone(model.judgeAll(judged));
	}

	@Test
	void judgingSeveralInTurnOnOneThreadGivesEachTheVerdictItGetsAlone() {
		assertEachAsAlone(model.judgeInTurn(judged));
	}

	private static void assertEachAsAlone(List<LearnedModel.Verdict> together) {
		assertThat(together).hasSameSizeAs(judged);
		for (int i = 0; i < judged.size(); i++) {
			assertThat(together.get(i)).as("complaint %d", i)
				.usingRecursiveComparison()
				.isEqualTo(model.judge(judged.get(i)));
		}
	}

}
