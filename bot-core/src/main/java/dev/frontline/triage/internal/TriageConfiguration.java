package dev.frontline.triage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import dev.frontline.teams.Teams;
import dev.frontline.triage.Triage;
import dev.frontline.triage.TriageSettings;

/**
 * Builds triage from the configuration: the rules alone, or the rules with the learned
 * layer fitted on the labelled complaints the configuration names.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TriageSettings.class)
class TriageConfiguration {

	/**
	 * Embeddings depend only on the model and the text, so every run on this machine
	 * (demo, tests, evaluation) shares them.
	 */
	static final Path DEFAULT_CACHE = Path.of(System.getProperty("user.home"), ".cache", "frontline", "triage");

	private static final Logger log = LoggerFactory.getLogger(TriageConfiguration.class);

	@Bean
	Triage triage(TriageSettings settings, Teams teams, ResourcePatternResolver resources,
			CorrectionStore corrections) {
		PhraseTriage rules = new PhraseTriage(settings, teams);
		TriageSettings.Model model = settings.model();
		if (!model.enabled()) {
			return rules;
		}
		List<LabelledComplaint> examples = labelled(model.examples(), resources);
		// What staff corrected in chat before this start teaches it again.
		corrections.latestPerCase()
			.stream()
			.filter(correction -> teams.exists(correction.team()))
			.map(LearningFromCorrections::labelled)
			.forEach(examples::add);
		Path cache = model.cacheDir() != null ? model.cacheDir() : DEFAULT_CACHE;
		log.info(
				"Triage: learning from {} labelled complaints (the first start on a machine embeds them, a few minutes);"
						+ " complaints are taken meanwhile and rated when it is done",
				examples.size());
		LearnedTriage triage = new LearnedTriage(rules, () -> embeddingsIn(cache), examples, List.copyOf(teams.names()),
				LearnedModel.Tuning.of(model), FittedClassifierFiles.in(cache));
		triage.ready().whenComplete((done, failure) -> {
			if (failure != null) {
				log.error("Triage: the learned layer could not be fitted; complaints keep the rules' rating", failure);
			}
			else {
				log.info("Triage: ready, learned from {} labelled complaints", examples.size());
			}
		});
		return triage;
	}

	/**
	 * Starts fitting the learned layer once the application is up, web server and all:
	 * fitting takes both cores for seconds, and beside the start it would slow everything
	 * still starting.
	 */
	@Bean
	ApplicationListener<ContextRefreshedEvent> learnedLayerFitting(Triage triage) {
		return refreshed -> {
			if (triage instanceof LearnedTriage learned) {
				learned.startFitting();
			}
		};
	}

	private static TextEmbeddings embeddingsIn(Path cache) {
		try {
			return TextEmbeddings.rememberedIn(cache);
		}
		catch (UncheckedIOException ex) {
			// Only start-up time depends on the cache: without it, embeddings are
			// computed.
			log.warn("Triage: cannot keep embeddings in {} ({}); computing them at each start", cache,
					ex.getCause().getMessage());
			return TextEmbeddings.inMemory();
		}
	}

	static List<LabelledComplaint> labelled(List<String> locations, ResourcePatternResolver resources) {
		List<LabelledComplaint> examples = new ArrayList<>();
		for (String location : locations) {
			try {
				// A bare path (FRONTLINE_TRIAGE_EXAMPLES=ours.jsonl) is a file.
				Resource[] found = resources
					.getResources(location.contains(":") ? location : "file:" + Path.of(location).toAbsolutePath());
				if (found.length == 0 || !found[0].exists()) {
					throw new IllegalArgumentException(
							"frontline.triage.model.examples: nothing found at '" + location + "'");
				}
				for (Resource resource : found) {
					examples.addAll(LabelledComplaint.read(resource));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("frontline.triage.model.examples: cannot read '" + location + "'", ex);
			}
		}
		return examples;
	}

}
