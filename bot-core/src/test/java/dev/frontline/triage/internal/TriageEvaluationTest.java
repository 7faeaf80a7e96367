package dev.frontline.triage.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.frontline.teams.Teams;
import dev.frontline.teams.TeamsSettings;
import dev.frontline.triage.Severity;
import dev.frontline.triage.TriageSettings;

import static org.assertj.core.api.Assertions.assertThat;

/** A held-out set is judged on its own, by a fit on the other sets only. */
class TriageEvaluationTest {

	@Test
	void aHeldOutSetIsJudgedAloneByAFitOnTheOthers() {
		var binder = ExampleTriage.binder(Map.of());
		TriageSettings settings = binder.bind("frontline.triage", TriageSettings.class).get();
		Teams teams = new Teams(binder.bind("frontline", TeamsSettings.class).get());
		PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
		String folder = "file:" + TriageCrossValidationTest.LABELLED.toAbsolutePath() + "/";
		List<LabelledComplaint> heldOut = TriageConfiguration.labelled(List.of(folder + "held-out-complaints.jsonl"),
				resources);
		List<LabelledComplaint> others = TriageConfiguration.labelled(List.of(folder + "writer-*.jsonl"), resources);

		TriageEvaluation.Figures figures;
		try (TextEmbeddings embeddings = TextEmbeddings.rememberedIn(TriageConfiguration.DEFAULT_CACHE)) {
			figures = TriageEvaluation.judgeHeldOut(others, heldOut, new PhraseTriage(settings, teams),
					embeddings::remembered, List.copyOf(teams.names()), LearnedModel.Tuning.of(settings.model()));
		}

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

}
