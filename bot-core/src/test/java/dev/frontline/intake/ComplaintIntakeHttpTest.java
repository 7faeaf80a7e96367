package dev.frontline.intake;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.testing.Complaints;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/complaints} over real HTTP, as spec §3 defines it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ComplaintIntakeHttpTest {

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
	void acceptsOneComplaintAndAnswersWithItsCase() {
		Response response = intake.post(complaint("one-1").json());

		assertThat(response.status()).isEqualTo(202);
		JsonNode receipt = response.json();
		assertThat(receipt.get("caseNumber").asLong()).isGreaterThanOrEqualTo(1001);
		assertThat(receipt.get("severity").asString()).matches("SEV[1-4]");
		assertThat(receipt.get("status").asString()).isEqualTo("OPEN");
		assertThat(receipt.get("duplicate").asBoolean()).isFalse();
	}

	@Test
	void acceptsAnArrayAndAnswersWithAnArrayInOrder() {
		Response response = intake.post(Complaints.array(complaint("arr-1").by("@a1"), complaint("arr-2").by("@a2")));

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().isArray()).isTrue();
		assertThat(response.json().size()).isEqualTo(2);
		assertThat(response.json().get(0).get("caseNumber").asLong())
			.isNotEqualTo(response.json().get(1).get("caseNumber").asLong());
	}

	@Test
	void replayingAComplaintReturnsTheSameCaseAsDuplicateAndChangesNothing() {
		String body = complaint("replay-1").by("@replayer").json();
		JsonNode first = intake.post(body).json();
		long complaintsBefore = count("complaint");
		long historyBefore = count("case_history");

		Response again = intake.post(body);

		assertThat(again.status()).isEqualTo(202);
		assertThat(again.json().get("caseNumber").asLong()).isEqualTo(first.get("caseNumber").asLong());
		assertThat(again.json().get("duplicate").asBoolean()).isTrue();
		assertThat(count("complaint")).isEqualTo(complaintsBefore);
		assertThat(count("case_history")).isEqualTo(historyBefore);
	}

	@Test
	void malformedJsonIsA400Problem() {
		Response response = intake.post("{\"source\": \"x\", \"text\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Malformed JSON");
	}

	@Test
	void malformedJsonIsExplainedInWordsWithWhereItBroke() {
		Response response = intake.post("{\"source\": \"x\",\n \"text\": \"late\",}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString())
			.isEqualTo("the JSON breaks at line 2, column 17: '}' was not expected here; a field name in double"
					+ " quotes was expected (a trailing comma, or single quotes?)")
			.doesNotContain("code")
			.doesNotContain("jackson");
	}

	@Test
	void invalidFieldsAreA422NamingEachField() {
		String body = complaint("bad-1").without("text")
			.with("source", "Not A Source!")
			.with("url", "javascript:alert(1)")
			.with("author", Map.of("followers", -5))
			.with("createdAt", "yesterday")
			.json();

		Response response = intake.post(body);

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("source",
				"text", "url", "createdAt", "author.followers");
	}

	@Test
	void anArrayWithOneBadElementStoresNoneOfIt() {
		long complaintsBefore = count("complaint");
		long casesBefore = count("support_case");

		Response response = intake.post(Complaints.array(complaint("all-1").by("@all1"),
				complaint("all-2").by("@all2").text(""), complaint("all-3").by("@all3")));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("[1].text");
		assertThat(count("complaint")).isEqualTo(complaintsBefore);
		assertThat(count("support_case")).isEqualTo(casesBefore);
	}

	@Test
	void textLongerThanTenThousandCharactersIsRejected() {
		Response response = intake.post(complaint("long-1").text("a".repeat(10_001)).json());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
	}

	@Test
	void aBodyOverOneMebibyteIsA413() {
		byte[] body = ("[" + (complaint("big").json() + ",").repeat(4_000) + complaint("big").json() + "]")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body.length).isGreaterThan(1024 * 1024);

		Response response = intake.post(body, "application/json", Map.of());

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aBodyThatIsNotJsonIsA415() {
		Response response = intake.post("source=x&text=hello", "application/x-www-form-urlencoded", Map.of());

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aReplyJoinsTheCaseOfTheComplaintItAnswers() {
		long original = intake.post(complaint("thread-1").by("@first").json()).json().get("caseNumber").asLong();

		JsonNode reply = intake.post(complaint("thread-2").by("@someone.else").inReplyTo("thread-1").json()).json();

		assertThat(reply.get("caseNumber").asLong()).isEqualTo(original);
		assertThat(reply.get("duplicate").asBoolean()).isFalse();
	}

	@Test
	void theSameAuthorWithinADayJoinsTheirOpenCase() {
		long original = intake.post(complaint("author-1").by("@again").with("createdAt", "2026-11-20T07:00:00Z").json())
			.json()
			.get("caseNumber")
			.asLong();

		long second = intake.post(complaint("author-2").by("@again").with("createdAt", "2026-11-20T07:50:00Z").json())
			.json()
			.get("caseNumber")
			.asLong();

		assertThat(second).isEqualTo(original);
	}

	@Test
	void theSameAuthorAfterMoreThanADayOpensANewCase() {
		long original = intake.post(complaint("late-1").by("@later").with("createdAt", "2026-11-18T07:00:00Z").json())
			.json()
			.get("caseNumber")
			.asLong();

		long second = intake.post(complaint("late-2").by("@later").with("createdAt", "2026-11-20T07:50:00Z").json())
			.json()
			.get("caseNumber")
			.asLong();

		assertThat(second).isNotEqualTo(original);
	}

	@Test
	void differentAuthorsOpenSeparateCases() {
		long first = intake.post(complaint("sep-1").by("@one").json()).json().get("caseNumber").asLong();
		long second = intake.post(complaint("sep-2").by("@two").json()).json().get("caseNumber").asLong();

		assertThat(second).isNotEqualTo(first);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
