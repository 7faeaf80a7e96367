package dev.frontline.cases;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/cases} and {@code /api/v1/cases/{number}} for integrations. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CasesApiTest {

	@LocalServerPort
	int port;

	IntakeClient http;

	@BeforeEach
	void connect() {
		http = new IntakeClient(port);
	}

	@Test
	void oneCaseHasItsComplaintsReasonsAndHistory() {
		long number = http.post(complaint("api-1").by("@api1").json()).json().get("caseNumber").asLong();

		Response response = http.get("/api/v1/cases/" + number);

		assertThat(response.status()).isEqualTo(200);
		JsonNode view = response.json();
		assertThat(view.get("number").asLong()).isEqualTo(number);
		assertThat(view.get("status").asString()).isEqualTo("OPEN");
		assertThat(view.get("complaints").get(0).get("externalId").asString()).isEqualTo("api-1");
		assertThat(view.get("complaints").get(0).get("author").get("handle").asString()).isEqualTo("@api1");
		assertThat(view.get("history").get(0).get("action").asString()).isEqualTo("OPENED");
		assertThat(view.get("openedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
	}

	@Test
	void aSearchIsBoundedInWordsAndLengthWithAClear400() {
		Response tooManyWords = http.get("/api/v1/cases?q=a%20b%20c%20d%20e%20f");
		Response tooLongAWord = http.get("/api/v1/cases?q=" + "w".repeat(41));
		Response tooLong = http.get("/api/v1/cases?q=" + "ab%20".repeat(200));

		assertThat(tooManyWords.status()).isEqualTo(400);
		assertThat(tooManyWords.json().get("detail").asString()).isEqualTo("q: search for at most 5 words, not 6");
		assertThat(tooLongAWord.status()).isEqualTo(400);
		assertThat(tooLongAWord.json().get("detail").asString())
			.isEqualTo("q: a search word may be at most 40 characters, not 41");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("parameter").asString()).isEqualTo("q");
		assertThat(http.get("/api/v1/cases?q=a%20b%20c%20d%20e").status()).isEqualTo(200);
	}

	@Test
	void whatAwaitsTheLearnedRatingSaysWhetherTheLearnedLayerIsOn() {
		JsonNode awaiting = http.get("/api/v1/cases/awaiting-rating").json();

		assertThat(awaiting.get("awaitingRating").asLong()).isZero();
		assertThat(awaiting.get("learnedLayer").asString()).isEqualTo("off");
	}

	@Test
	void anUnknownCaseIsA404Problem() {
		Response response = http.get("/api/v1/cases/424242");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).isEqualTo("There is no case 424242.");
	}

	@Test
	void theListFiltersByStatusTeamAndWords() {
		long number = http.post(complaint("api-2").by("@api2").text("The purple umbrella was taken from my bag").json())
			.json()
			.get("caseNumber")
			.asLong();
		String team = http.get("/api/v1/cases/" + number).json().get("team").asString();

		JsonNode found = http.get("/api/v1/cases?status=open&team=" + team + "&q=purple%20umbrella").json();

		assertThat(found.size()).isEqualTo(1);
		assertThat(found.get(0).get("number").asLong()).isEqualTo(number);
		assertThat(http.get("/api/v1/cases?status=resolved&q=purple%20umbrella").json().size()).isZero();
	}

	@Test
	void anUnknownStatusIsA400NamingTheParameter() {
		Response response = http.get("/api/v1/cases?status=sleeping");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("parameter").asString()).isEqualTo("status");
	}

	@Test
	void anUnknownTeamIsA400NamingTheParameter() {
		Response response = http.get("/api/v1/cases?team=nobody");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("parameter").asString()).isEqualTo("team");
	}

}
