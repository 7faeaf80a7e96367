package dev.frontline.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.incidents.Incidents;
import dev.frontline.intake.IntakeSettings;
import dev.frontline.triage.Triage;
import tools.jackson.databind.json.JsonMapper;

/** The demo replay and the exit on end of input, for local runs on the console. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoSettings.class)
class LocalRunConfiguration {

	@Bean
	@ConditionalOnProperty(name = "frontline.demo.enabled", havingValue = "true")
	DemoReplay demoReplay(DemoSettings settings, JsonMapper json, IntakeSettings intake, Clock clock, Triage triage,
			Environment environment) {
		Path dataDirectory = Path.of(environment.getRequiredProperty(DataDirectory.RESOLVED));
		return new DemoReplay(settings, json, intake, clock, triage, dataDirectory);
	}

	@Bean
	@ConditionalOnProperty(name = "frontline.console.enabled", havingValue = "true")
	LocalRun localRun(Optional<DemoReplay> demo, DeliveryQueue delivery, Incidents incidents,
			ConfigurableApplicationContext context) {
		return new LocalRun(demo, delivery, incidents, context);
	}

}
