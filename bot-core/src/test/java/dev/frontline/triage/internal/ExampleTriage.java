package dev.frontline.triage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import dev.frontline.teams.Teams;
import dev.frontline.teams.TeamsSettings;
import dev.frontline.triage.TriageSettings;

/**
 * The triage engine built from the example airline's configuration, bound the way the
 * application binds it.
 */
final class ExampleTriage {

	static final Path EXAMPLE = Path.of("../config/src/main/resources/example/larkspur-air.yml");

	private ExampleTriage() {
	}

	static PhraseTriage engine() {
		return engine(Map.of());
	}

	/** The engine with some example keys overridden, as an operator's own file would. */
	static PhraseTriage engine(Map<String, Object> overrides) {
		Binder binder = binder(overrides);
		TriageSettings settings = binder.bind("frontline.triage", TriageSettings.class).get();
		TeamsSettings teams = binder.bind("frontline", TeamsSettings.class).get();
		return new PhraseTriage(settings, new Teams(teams));
	}

	/** The example airline's teams. */
	static Teams teams() {
		return new Teams(binder(Map.of()).bind("frontline", TeamsSettings.class).get());
	}

	static Binder binder(Map<String, Object> overrides) {
		try {
			StandardEnvironment environment = new StandardEnvironment();
			environment.getPropertySources().addFirst(new MapPropertySource("overrides", overrides));
			List<PropertySource<?>> example = new YamlPropertySourceLoader().load("example",
					new FileSystemResource(EXAMPLE));
			example.forEach(environment.getPropertySources()::addLast);
			return new Binder(ConfigurationPropertySources.get(environment),
					new PropertySourcesPlaceholdersResolver(environment));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
