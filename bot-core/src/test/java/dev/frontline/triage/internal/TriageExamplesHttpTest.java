package dev.frontline.triage.internal;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;

import dev.frontline.cases.CaseCorrections;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;
import dev.frontline.testing.People;
import dev.frontline.triage.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corrections made in chat come out as a labelled set, behind the API's bearer token,
 * in the format the labelled sets and {@code ./triage-eval --file} read.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "frontline.api.open-without-token=false",
		"frontline.api.tokens=" + TriageExamplesHttpTest.TOKEN })
class TriageExamplesHttpTest {

	static final String TOKEN = "examples-token-0123456789abcdef";

	@LocalServerPort
	int port;

	@Autowired
	CaseCorrections corrections;

	IntakeClient api;

	@BeforeEach
	void connect() {
		api = new IntakeClient(port);
	}

	@Test
	void withoutATokenTheExamplesAreNotShown() {
		Response response = api.get("/api/v1/triage/examples");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("expected");
	}

	@Test
	void withATokenEachCorrectedCaseIsOneLabelledLine() {
		String text = "My flight LK88 was delayed two hours and nobody explained why.";
		long number = api
			.post(complaint("export-1").by("@export1")
				.text(text)
				.with("author", Map.of("handle", "@export1", "displayName", "Eva Export", "followers", 1200))
				.with("customer", Map.of("tier", "gold"))
				.json())
			.json()
			.get("caseNumber")
			.asLong();
		corrections.changeSeverity(number, People.STAFF, "SEV2", "she misses her daughter's graduation");

		Response response = api.get("/api/v1/triage/examples", Map.of("Authorization", "Bearer " + TOKEN));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/jsonl");
		JsonNode line = response.body()
			.lines()
			.map(json -> JsonMapper.builder().build().readTree(json))
			.filter(node -> node.path("case").asLong() == number)
			.findFirst()
			.orElseThrow();
		assertThat(line.path("text").asString()).isEqualTo(text);
		assertThat(line.path("author").path("followers").asLong()).isEqualTo(1200);
		assertThat(line.path("customer").path("tier").asString()).isEqualTo("gold");
		assertThat(line.path("expected").path("severity").asString()).isEqualTo("SEV2");
		assertThat(line.path("expected").path("team").asString()).isEqualTo("flight-ops");
		assertThat(line.path("expected").path("why").asString()).isEqualTo("she misses her daughter's graduation");
		assertThat(line.path("correctedBy").asString()).isEqualTo("Sam Staff (slack:U-STAFF)");
		assertThat(response.body()).as("who the customer is stays out").doesNotContain("export1", "Eva Export");

		List<LabelledComplaint> read = LabelledComplaint
			.read(new ByteArrayResource(response.body().getBytes(StandardCharsets.UTF_8), "corrections"));
		assertThat(read).anySatisfy(example -> {
			assertThat(example.id()).isEqualTo("correction-" + number);
			assertThat(example.severity()).isEqualTo(Severity.SEV2);
			assertThat(example.signals().customerTier()).isEqualTo("gold");
		});
	}

}
