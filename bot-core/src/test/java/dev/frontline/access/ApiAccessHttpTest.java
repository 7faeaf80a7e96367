package dev.frontline.access;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;

/**
 * Every read of the API needs one of the configured bearer tokens, checked before the
 * case or incident is looked up; two tokens can be valid at once while one is rotated.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "frontline.api.open-without-token=false",
		"frontline.api.tokens=" + ApiAccessHttpTest.OLD_TOKEN + "," + ApiAccessHttpTest.NEW_TOKEN })
class ApiAccessHttpTest {

	static final String OLD_TOKEN = "old-token-0123456789abcdef";

	static final String NEW_TOKEN = "new-token-0123456789abcdef";

	@LocalServerPort
	int port;

	IntakeClient api;

	@BeforeEach
	void connect() {
		api = new IntakeClient(port);
	}

	@Test
	void aReadWithoutATokenIsA401ProblemBeforeAnyLookup() {
		Response response = api.get("/api/v1/cases/987654");

		// 401, not 404: whether case 987654 exists is not told to an anonymous caller.
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(response.json().get("detail").asString()).contains("Authorization: Bearer");
	}

	@Test
	void everyReadOfTheApiIsClosed() {
		for (String path : new String[] { "/api/v1/cases?q=wedding", "/api/v1/incidents/1",
				"/api/v1/incidents/1/affected", "/api/v1/reports/weekly", "/api/v1/triage/examples" }) {
			assertThat(api.get(path).status()).as(path).isEqualTo(401);
		}
	}

	@Test
	void aWrongTokenIsRefused() {
		Response response = api.get("/api/v1/cases/987654", Map.of("Authorization", "Bearer " + OLD_TOKEN + "x"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains(ApiSettings.TOKEN_VARIABLE);
	}

	@Test
	void eitherConfiguredTokenReads() {
		for (String token : new String[] { OLD_TOKEN, NEW_TOKEN }) {
			Response response = api.get("/api/v1/cases/987654", Map.of("Authorization", "Bearer " + token));

			assertThat(response.status()).as(token).isEqualTo(404);
		}
	}

	@Test
	void theSignedIntakeNeedsNoBearerToken() {
		assertThat(api.post(complaint("no-bearer-1").json()).status()).isEqualTo(202);
	}

}
