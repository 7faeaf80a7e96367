package dev.frontline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code frontline.data-dir} ({@code FRONTLINE_DATA_DIR}) to an absolute,
 * existing directory before anything opens it: H2 refuses a database path relative to the
 * working directory, and an operator's {@code FRONTLINE_DATA_DIR=data} should simply
 * work. For the demo ({@code frontline.demo.enabled}) it is also the demo's own
 * directory, emptied at each start unless {@code frontline.demo.keep-data}.
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String RESOLVED = "frontline.data-dir-path";

	/**
	 * What the demo found in its directory ({@link DemoDataDirectory.Outcome}), when it
	 * runs.
	 */
	static final String DEMO_OUTCOME = "frontline.data-dir-demo-outcome";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Path directory = Path.of(environment.getProperty("frontline.data-dir", "./data")).toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("frontline.data-dir: cannot create " + directory, ex);
		}
		Map<String, Object> resolved = new HashMap<>(Map.of(RESOLVED, directory.toString()));
		if (environment.getProperty("frontline.demo.enabled", Boolean.class, false)) {
			boolean keep = environment.getProperty("frontline.demo.keep-data", Boolean.class, false);
			resolved.put(DEMO_OUTCOME, DemoDataDirectory.prepare(directory, keep).name());
		}
		environment.getPropertySources().addLast(new MapPropertySource("frontlineDataDirectory", resolved));
	}

	@Override
	public int getOrder() {
		// After the configuration files are read, so FRONTLINE_DATA_DIR and
		// --frontline.data-dir are seen.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
