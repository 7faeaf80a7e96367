package dev.frontline.intake;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;

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

}
