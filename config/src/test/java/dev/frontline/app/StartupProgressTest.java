package dev.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.FrontlineApplication;

/**
 * A local run says what it is doing while it starts, step by step, and when it is ready.
 */
class StartupProgressTest {

	@TempDir
	Path dataDir;

	@Test
	void saysEachStepOfTheStartAndThenReadyWithWhereIntakeListens() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		SpringApplication application = new SpringApplication(FrontlineApplication.class);
		application.addListeners(new StartupProgress(new PrintStream(printed, true, StandardCharsets.UTF_8)));
		try (ConfigurableApplicationContext context = application.run("--frontline.data-dir=" + dataDir,
				"--server.port=0", "--frontline.console.enabled=false", "--frontline.startup-progress=true",
				"--frontline.triage.model.enabled=true",
				// What is said while triage is prepared does not depend on how much it
				// learns from: one writer's hundred complaints fit in a moment.
				"--frontline.triage.model.examples[0]=classpath:example/triage/writer-a.jsonl",
				"--frontline.triage.model.examples[1]=")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();

			assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
					"Frontline: starting, with its data in " + dataDir + "…", "Frontline: loading the configuration…",
					"Frontline: opening the database…", "Frontline: preparing triage…",
					"Frontline: ready. Intake: http://localhost:" + port + "/api/v1/complaints.",
					"Frontline: triage is learning from its labelled complaints: seconds, or a few minutes on a machine's"
							+ " first start, which embeds them once. Complaints are taken meanwhile and rated once it has learned.");
		}
	}

	@Test
	void saysNothingUnlessAskedTo() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		SpringApplication application = new SpringApplication(FrontlineApplication.class);
		application.addListeners(new StartupProgress(new PrintStream(printed, true, StandardCharsets.UTF_8)));
		try (ConfigurableApplicationContext context = application.run("--frontline.data-dir=" + dataDir,
				"--server.port=0", "--frontline.console.enabled=false")) {
			assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
		}
	}

}
