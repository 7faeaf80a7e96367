package dev.frontline.cases;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;
import tools.jackson.databind.JsonNode;

/**
 * However much one author (or someone posing as many) sends, a case stays bounded: in
 * complaints, in the notes its thread gets, and in what a shouted post does to its
 * reasons.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class BoundedCasesTest {

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
	void aCaseHoldsAtMostItsShareOfComplaintsAndTheNextOpensANewCase() {
		List<String> posts = new ArrayList<>();
		for (int i = 0; i <= ComplaintReception.MAX_COMPLAINTS_PER_CASE; i++) {
			posts.add(complaint("many-" + i).by("@many").text("Still no bag, day " + i).json());
		}

		JsonNode receipts = intake.post("[" + String.join(",", posts) + "]").json();

		long first = receipts.get(0).get("caseNumber").asLong();
		assertThat(receipts.get(ComplaintReception.MAX_COMPLAINTS_PER_CASE - 1).get("caseNumber").asLong())
			.isEqualTo(first);
		assertThat(receipts.get(ComplaintReception.MAX_COMPLAINTS_PER_CASE).get("caseNumber").asLong())
			.isNotEqualTo(first);
		assertThat(count("select count(*) from complaint where case_number = " + first))
			.isEqualTo(ComplaintReception.MAX_COMPLAINTS_PER_CASE);
	}

	@Test
	void aBurstOfComplaintsOnOneCaseAddsOnlyAFewNotesToItsThread() {
		List<String> posts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			posts.add(complaint("burst-" + i).by("@burst").text("I am going to sue you, message " + i).json());
		}

		long number = intake.post("[" + String.join(",", posts) + "]").json().get(0).get("caseNumber").asLong();

		assertThat(count("select count(*) from complaint where case_number = " + number)).isEqualTo(20);
		// The first of the minute opens the case (its card); the next four are noted.
		assertThat(count("select count(*) from outbound_message where card_key = 'case-" + number
				+ "' and kind = 'THREAD_NOTE' and payload like '%New message from%'"))
			.isEqualTo(ComplaintReception.MAX_NOTES_PER_CASE_PER_MINUTE - 1);
	}

	@Test
	void postsUnderAGenericAuthorNameAreNotOneCustomer() {
		long first = intake.post(complaint("anon-1").by("Anonymous").text("Lost my bag").json())
			.json()
			.get("caseNumber")
			.asLong();
		long second = intake.post(complaint("anon-2").by("anonymous").text("Rude staff at the gate").json())
			.json()
			.get("caseNumber")
			.asLong();
		long third = intake.post(complaint("anon-3").by("@Anonymous").text("Seat was broken").json())
			.json()
			.get("caseNumber")
			.asLong();

		assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
	}

	@Test
	void aPostOfNineHundredCapitalisedWordsIsTakenInWithAReadableReason() {
		String shouting = "WHERE IS MY LUGGAGE YOU ".repeat(180).strip();

		Response response = intake.post(complaint("caps-1").by("@caps").text(shouting).json());

		assertThat(response.status()).isEqualTo(202);
		JsonNode view = intake.get("/api/v1/cases/" + response.json().get("caseNumber").asLong()).json();
		List<String> labels = new ArrayList<>();
		view.get("reasons").forEach(reason -> labels.add(reason.get("label").asString()));
		assertThat(labels).contains("shouting (WHERE, LUGGAGE, WHERE, LUGGAGE, WHERE and 355 more words in capitals)");
	}

	@Test
	void invisibleCharactersAreRemovedFromWhatTheCustomerSent() {
		Map<String, Object> author = Map.of("handle", "@ma\u200Bra\u202E", "displayName", "Mara\u2066 Tell\u2069");
		long number = intake
			.post(complaint("bidi-1").with("author", author)
				.text("Booking \u202EL2P7XQ\u202C was\uFEFF cancelled")
				.json())
			.json()
			.get("caseNumber")
			.asLong();

		JsonNode complaintView = intake.get("/api/v1/cases/" + number).json().get("complaints").get(0);
		assertThat(complaintView.get("text").asString()).isEqualTo("Booking L2P7XQ was cancelled");
		assertThat(complaintView.get("author").get("handle").asString()).isEqualTo("@mara");
		assertThat(complaintView.get("author").get("displayName").asString()).isEqualTo("Mara Tell");
	}

	private long count(String sql) {
		Long count = jdbc.sql(sql).query(Long.class).single();
		return count == null ? 0 : count;
	}

}
