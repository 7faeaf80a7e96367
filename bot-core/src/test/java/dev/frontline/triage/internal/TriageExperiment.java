package dev.frontline.triage.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.FileSystemResource;

class TriageExperiment {

	public static void main(String[] args) throws Exception {
		ExampleConfiguration configuration = ExampleConfiguration.load();
		PhraseTriage rules = new PhraseTriage(configuration.triage(), configuration.teams());
		List<LabelledComplaint> examples = new ArrayList<>();
		for (String arg : args) {
			examples.addAll(LabelledComplaint.read(new FileSystemResource(arg)));
		}
		try (TextEmbeddings embeddings = TextEmbeddings.rememberedIn(configuration.cacheDir())) {
			for (String spec : System.getenv("TUNINGS").split(";")) {
				String[] p = spec.split(",");
				var tuning = new LearnedModel.Tuning(Double.parseDouble(p[0]), Boolean.parseBoolean(p[1]),
						Double.parseDouble(p[2]), Double.parseDouble(p[3]));
				var f = TriageEvaluation.crossValidate(examples, rules, embeddings::remembered,
						List.copyOf(configuration.teams().names()), 10, tuning);
				System.out.printf("%s exact %.1f within %.1f sev1 %d/%d team %.1f  confusion %s%n", tuning,
						100 * f.exactShare(), 100 * f.withinOneShare(), f.sev1Found(), f.sev1(), 100 * f.teamShare(),
						java.util.Arrays.deepToString(f.confusion()));
			}
		}
	}

}
