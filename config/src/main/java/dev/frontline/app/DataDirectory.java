package dev.frontline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * work.
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String RESOLVED = "frontline.data-dir-path";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Path directory = Path.of(environment.getProperty("frontline.data-dir", "./data")).toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("frontline.data-dir: cannot create " + directory, ex);
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("frontlineDataDirectory", Map.of(RESOLVED, directory.toString())));
	}

	@Override
	public int getOrder() {
		// After the configuration files are read, so FRONTLINE_DATA_DIR and
		// --frontline.data-dir are seen.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
