package dev.frontline.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.FrontlineApplication;

/**
 * A chat platform that is DEGRADED shows in the overall health above UP, still answered
 * with 200, while DOWN keeps its 503.
 */
class HealthStatusTest {

	@TempDir
	Path dataDir;

	@Test
	void degradedOutranksUpAndAnswers200WhileDownKeeps503() {
		SpringApplication application = new SpringApplication(FrontlineApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run("--frontline.data-dir=" + dataDir,
				"--frontline.console.enabled=false")) {
			StatusAggregator aggregator = context.getBean(StatusAggregator.class);
			HttpCodeStatusMapper codes = context.getBean(HttpCodeStatusMapper.class);
			Status degraded = new Status("DEGRADED");

			assertThat(aggregator.getAggregateStatus(Set.of(Status.UP, degraded))).isEqualTo(degraded);
			assertThat(aggregator.getAggregateStatus(Set.of(Status.DOWN, degraded))).isEqualTo(Status.DOWN);
			assertThat(codes.getStatusCode(degraded)).isEqualTo(200);
			assertThat(codes.getStatusCode(Status.DOWN)).isEqualTo(503);
		}
	}

}
