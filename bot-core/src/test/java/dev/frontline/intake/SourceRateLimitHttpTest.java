package dev.frontline.intake;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;
import dev.frontline.testing.Signals;

/**
 * A source that sends more than its share a minute is asked to wait (429 with
 * Retry-After); what it sent is not half-stored, and other sources are not held up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.intake.limits.complaints-per-minute=3")
class SourceRateLimitHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	IntakeClient intake;

	@BeforeEach
	void connect() {
		intake = new IntakeClient(port);
	}

	@Test
	void aSourceOverItsLimitIsToldToWaitAndNothingOfTheRequestIsStored() {
		String four = "[" + complaint("flood-1").with("source", "flood").json() + ","
				+ complaint("flood-2").with("source", "flood").json() + ","
				+ complaint("flood-3").with("source", "flood").json() + ","
				+ complaint("flood-4").with("source", "flood").json() + "]";

		Response response = intake.post(four);

		assertThat(response.status()).isEqualTo(429);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(jdbc.sql("select count(*) from complaint where source = 'flood'").query(Integer.class).single())
			.isZero();
		assertThat(intake.post(complaint("calm-1").with("source", "calm").json()).status()).isEqualTo(202);
	}

	@Test
	void signalsOverTheLimitAreToldToWaitWithoutHoldingUpComplaints() {
		// Three a minute: within seven posts one is refused, even if a minute turns
		// between them.
		Response refused = null;
		int sent = 0;
		while (refused == null && sent < 7) {
			sent++;
			String signal = Signals.signal("LK96" + sent).json();
			Response response = intake.postTo("/api/v1/signals", signal.getBytes(StandardCharsets.UTF_8),
					"application/json", Map.of());
			if (response.status() == 429) {
				refused = response;
			}
			else {
				assertThat(response.status()).as(response.body()).isEqualTo(202);
			}
		}

		assertThat(refused).as("a 429 within 7 signals").isNotNull();
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(jdbc.sql("select count(*) from incident_signal where key_value = ?")
			.param("flight:LK96" + sent)
			.query(Integer.class)
			.single()).isZero();
		assertThat(intake.post(complaint("calm-2").with("source", "calm").json()).status()).isEqualTo(202);
	}

}
