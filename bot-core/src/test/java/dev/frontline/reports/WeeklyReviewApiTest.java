package dev.frontline.reports;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.cases.CaseActions;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/reports/weekly} over real HTTP, from complaints taken in through
 * intake and acknowledged in the week, asked once the week has ended.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "frontline.test.clock-start=2026-11-25T08:00:00Z" })
class WeeklyReviewApiTest {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	CaseActions actions;

	IntakeClient http;

	@BeforeEach
	void connect() {
		http = new IntakeClient(port);
	}

	@Test
	void aTeamsWeekAsJsonPngAndCsvWithoutAnythingACustomerWrote() throws Exception {
		clock.set(Instant.parse("2026-11-25T08:00:00Z"));
		long number = http
			.post(complaint("review-1").by("@hidden-handle").text("My purple suitcase never arrived in Denver").json())
			.json()
			.get("caseNumber")
			.asLong();
		String team = http.get("/api/v1/cases/" + number).json().get("team").asString();
		String severity = http.get("/api/v1/cases/" + number).json().get("severity").asString();
		clock.advance(Duration.ofMinutes(4));
		actions.acknowledge(number, People.STAFF);
		clock.set(Instant.parse("2026-11-30T09:00:00Z"));

		JsonNode review = http.get("/api/v1/reports/weekly?team=" + team).json();

		assertThat(review.get("week").asString()).isEqualTo("2026-W48");
		assertThat(review.get("days")).hasSize(7);
		assertThat(review.get("days").get(2).get("complaints").get(severity).asInt()).isGreaterThanOrEqualTo(1);
		JsonNode acknowledged = null;
		for (JsonNode figure : review.get("acknowledgement")) {
			if (figure.get("severity").asString().equals(severity)) {
				acknowledged = figure;
			}
		}
		if (!severity.equals("SEV4")) {
			assertThat(acknowledged).isNotNull();
			assertThat(acknowledged.get("medianMinutes").asDouble()).isEqualTo(4.0);
		}

		Response csv = http.get("/api/v1/reports/weekly.csv?team=" + team + "&week=2026-W48");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("team,week,figure,item,value\n")
			.contains(team + ",2026-W48,complaints,2026-11-25 " + severity + ",1");
		assertThat(csv.body() + review).doesNotContain("hidden-handle", "purple", "Denver");

		HttpResponse<byte[]> png = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(
						"http://127.0.0.1:" + port + "/api/v1/reports/weekly.png?team=" + team + "&week=2026-11-25"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		BufferedImage image = image(png.body());
		assertThat(image.getWidth()).isEqualTo(1080);
	}

	@Test
	void everyTeamSideBySideWithoutATeam() throws Exception {
		JsonNode all = http.get("/api/v1/reports/weekly?week=2026-W47").json();

		assertThat(all.get("week").asString()).isEqualTo("2026-W47");
		assertThat(all.get("teams")).extracting(team -> team.get("team").asString())
			.containsExactly("baggage", "care-social", "digital", "flight-ops", "loyalty");
		HttpResponse<byte[]> png = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/reports/weekly.png")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(image(png.body()).getWidth()).isEqualTo(1080);
	}

	@Test
	void aBadWeekOrTeamIsA400NamingTheParameter() {
		Response badWeek = http.get("/api/v1/reports/weekly?team=baggage&week=last");
		Response badTeam = http.get("/api/v1/reports/weekly.csv?team=nobody");

		assertThat(badWeek.status()).isEqualTo(400);
		assertThat(badWeek.contentType()).startsWith("application/problem+json");
		assertThat(badWeek.json().get("parameter").asString()).isEqualTo("week");
		assertThat(badWeek.json().get("detail").asString()).contains("2026-W48");
		assertThat(badTeam.status()).isEqualTo(400);
		assertThat(badTeam.json().get("parameter").asString()).isEqualTo("team");
		assertThat(badTeam.json().get("detail").asString()).contains("baggage");
	}

	private static BufferedImage image(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image).as("a PNG").isNotNull();
		return image;
	}

}
