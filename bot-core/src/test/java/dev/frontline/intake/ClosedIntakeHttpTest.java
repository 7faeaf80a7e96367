package dev.frontline.intake;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.testing.IntakeClient.Response;
import dev.frontline.testing.IntakeClient;

/**
 * Without a signing secret and without the explicit opt-out, intake is closed: nobody can
 * page the on-call or write into a customer's case by posting.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "frontline.intake.allow-unsigned=false")
class ClosedIntakeHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUnsignedComplaintIsA401NamingTheSecretsVariable() {
		Response response = new IntakeClient(port).post(complaint("closed-1").text("URGENT safety issue").json());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(IntakeSettings.SECRET_VARIABLE)
			.contains(IntakeSettings.ALLOW_UNSIGNED_VARIABLE);
		assertThat(
				jdbc.sql("select count(*) from complaint where external_id = 'closed-1'").query(Integer.class).single())
			.isZero();
	}

}
