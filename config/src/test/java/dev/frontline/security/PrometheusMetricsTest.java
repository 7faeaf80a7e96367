package dev.frontline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/prometheus} needs the API token like the other management endpoints,
 * and shows the domain's metrics labelled by severity, team, source and status, never by
 * anything a customer wrote.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "frontline.console.enabled=false", "frontline.data-dir=target/prometheus-${random.uuid}",
				"frontline.intake.allow-unsigned=true", "frontline.api.tokens=" + PrometheusMetricsTest.TOKEN })
class PrometheusMetricsTest {

	static final String TOKEN = "prometheus-token-0123456789";

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theDomainMetricsWithTheTokenOnly() throws Exception {
		HttpResponse<String> complaint = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"source": "x", "externalId": "prom-1", "text": "My purple suitcase never reached Denver",
						 "author": {"handle": "@hidden_handle", "displayName": "Hidden Name", "followers": 10}}"""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(complaint.statusCode()).isEqualTo(202);

		assertThat(scrape(null).statusCode()).isEqualTo(401);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(scrape(TOKEN).body()).contains("frontline_complaints_received_total{")
				.contains("source=\"x\"")
				.contains("frontline_cases{status=\"OPEN\"}")
				.contains("frontline_delivery_queue_depth{platform=")
				.contains("frontline_cards_before_learned_rating_total"));
		String metrics = scrape(TOKEN).body();
		assertThat(metrics).doesNotContain("purple", "Denver", "hidden_handle", "Hidden Name");
	}

	private HttpResponse<String> scrape(String token) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
