package dev.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as shipped, with no secret and no token set: the API, intake and the
 * management endpoints are closed; only the health probes answer, with no details.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "frontline.console.enabled=false",
		"frontline.data-dir=target/closed-by-default-${random.uuid}" })
class ClosedByDefaultTest {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void readsAreRefusedNamingTheTokenVariable() throws Exception {
		HttpResponse<String> response = get("/api/v1/cases/1001");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("FRONTLINE_API_TOKEN");
	}

	@Test
	void intakeIsRefusedNamingTheSecretVariable() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/v1/complaints"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"source\": \"x\", \"externalId\": \"1\", \"text\": \"SEV1 please: the plane is on fire\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("FRONTLINE_WEBHOOK_SECRET");
	}

	@Test
	void healthAndItsProbesAreOpenWithoutDetails() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> response = get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"status\"").doesNotContain("components");
		}
	}

	@Test
	void everyOtherManagementEndpointNeedsTheToken() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
				"/actuator/info", "/actuator/prometheus", "/actuator/health/db", "/actuator/env" }) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(401);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
