package dev.frontline.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;

/**
 * With no token configured, the API is closed (not open), and the refusal names the
 * variable that opens it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "frontline.api.open-without-token=false")
class NoApiTokenTest {

	@LocalServerPort
	int port;

	@Test
	void readsAreRefusedNamingTheVariable() {
		Response response = new IntakeClient(port).get("/api/v1/cases/1001",
				Map.of("Authorization", "Bearer anything-at-all-0123456789"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("FRONTLINE_API_TOKEN");
	}

}
