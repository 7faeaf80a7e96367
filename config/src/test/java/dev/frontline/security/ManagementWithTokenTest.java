package dev.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the API token, the management endpoints open and health shows each component (such
 * as a chat platform and why it is degraded).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "frontline.console.enabled=false", "frontline.data-dir=target/management-token-${random.uuid}",
				"frontline.api.tokens=" + ManagementWithTokenTest.TOKEN })
class ManagementWithTokenTest {

	static final String TOKEN = "management-token-0123456789";

	@LocalServerPort
	int port;

	@Test
	void metricsAndHealthDetailsOpenWithTheToken() throws Exception {
		HttpClient http = HttpClient.newHttpClient();

		HttpResponse<String> metrics = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics"))
				.header("Authorization", "Bearer " + TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> health = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
				.header("Authorization", "Bearer " + TOKEN)
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("components");
	}

}
