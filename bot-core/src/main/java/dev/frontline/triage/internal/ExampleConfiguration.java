package dev.frontline.triage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import dev.frontline.teams.Teams;
import dev.frontline.teams.TeamsSettings;
import dev.frontline.triage.TriageSettings;

/**
 * The teams and triage settings of the configuration the application would run with
 * ({@code FRONTLINE_CONFIG}, else the example airline's), bound as the application binds
 * them, for {@code ./triage-eval}, which runs without starting the application.
 */
record ExampleConfiguration(TriageSettings triage, Teams teams, Path cacheDir) {

	static ExampleConfiguration load() {
		StandardEnvironment environment = new StandardEnvironment();
		String location = environment.getProperty("FRONTLINE_CONFIG", "classpath:example/larkspur-air.yml");
		Resource resource = new DefaultResourceLoader()
			.getResource(location.startsWith("/") ? "file:" + location : location);
		try {
			List<PropertySource<?>> loaded = new YamlPropertySourceLoader().load(location, resource);
			loaded.forEach(environment.getPropertySources()::addLast);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the configuration " + location, ex);
		}
		Binder binder = new Binder(ConfigurationPropertySources.get(environment),
				new PropertySourcesPlaceholdersResolver(environment));
		TriageSettings triage = binder.bind("frontline.triage", TriageSettings.class)
			.orElseThrow(() -> new IllegalArgumentException(location + ": no frontline.triage settings"));
		Teams teams = new Teams(binder.bind("frontline", TeamsSettings.class).get());
		Path cacheDir = triage.model().cacheDir() != null ? triage.model().cacheDir()
				: TriageConfiguration.DEFAULT_CACHE;
		return new ExampleConfiguration(triage, teams, cacheDir);
	}

}
