package dev.frontline.reports.internal;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import dev.frontline.cases.CaseActions;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import tools.jackson.databind.JsonNode;

/** The domain metrics from what is recorded: totals, levels and acknowledgement times. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DomainMetricsTest {

	final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@LocalServerPort
	int port;

	@Autowired
	DomainMetrics metrics;

	@Autowired
	CaseActions actions;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void observe() {
		Metrics.addRegistry(registry);
	}

	@AfterEach
	void stopObserving() {
		Metrics.removeRegistry(registry);
	}

	@Test
	void countsComplaintsAndCasesAndTimesTheAcknowledgementOnce() {
		JsonNode receipt = new IntakeClient(port).post(complaint("metrics-1").by("@metrics_handle").json()).json();
		long number = receipt.get("caseNumber").asLong();
		String severity = receipt.get("severity").asString();
		clock.advance(Duration.ofMinutes(7));

		actions.acknowledge(number, People.STAFF);
		actions.resolve(number, People.STAFF, "Bag delivered to the hotel");
		metrics.refresh();

		// Other application contexts of the test run record into the global registry
		// too; what this one recorded is read where it records.
		Timer acknowledged = metrics.registry()
			.find("frontline.acknowledgement")
			.tag("severity", severity)
			.tag("team", "baggage")
			.timers()
			.stream()
			.filter(timer -> timer.count() > 0)
			.findFirst()
			.orElse(null);
		assertThat(acknowledged).isNotNull();
		assertThat(acknowledged.count()).isEqualTo(1);
		assertThat(acknowledged.totalTime(TimeUnit.MINUTES)).isEqualTo(7.0);
		assertThat(registry.find("frontline.complaints.received").tag("source", "x").functionCounter().count())
			.isGreaterThanOrEqualTo(1);
		assertThat(registry.find("frontline.cases").tag("status", "RESOLVED").gauge().value())
			.isGreaterThanOrEqualTo(1);
		assertThat(registry.getMeters())
			.allSatisfy(meter -> assertThat(meter.getId().toString()).doesNotContain("metrics_handle"));
	}

}
