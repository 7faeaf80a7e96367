package dev.frontline.triage.internal;

import java.time.Duration;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.cases.CaseCorrections;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.People;
import dev.frontline.triage.Severity;
import dev.frontline.triage.TriageCorrections;

/**
 * The whole loop in the running application with the learned layer on: a case corrected
 * from its card (severity, then team), and the next complaint told the same way in other
 * words arrives rated and routed as staff corrected the first. It learns from the first
 * writers' sets, as {@link CorrectionsTeachTest} does: what is asserted is the loop, and
 * a fit on every labelled set (held to its figures by {@link TriageCrossValidationTest})
 * would only make the build slower.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "FRONTLINE_TRIAGE_MODEL=true",
				"frontline.triage.model.examples[0]=file:../config/src/main/resources/example/triage/"
						+ TriageCrossValidationTest.FIRST_WRITERS,
				"frontline.triage.model.examples[1]=" })
class LearningInTheApplicationTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	TriageCorrections learning;

	@Autowired
	Cases cases;

	IntakeClient intake;

	@BeforeEach
	void connect() {
		intake = new IntakeClient(port);
	}

	@Test
	void aComplaintToldLikeACorrectedCaseArrivesRatedAndRoutedAsCorrected() {
		CaseView first = cases.get(open("learn-1", CorrectionsTeachTest.CORRECTED.text()));
		assertThat(first.severity()).isNotEqualTo(Severity.SEV2);
		assertThat(first.team()).isNotEqualTo("loyalty");

		corrections.changeSeverity(first.number(), People.STAFF, "SEV2", "they missed the conference they flew for");
		corrections.moveTeam(first.number(), People.STAFF, "loyalty", "an award ticket booked with miles");
		((LearningFromCorrections) learning).awaitLearning();

		long next = open("learn-2", CorrectionsTeachTest.TOLD_AGAIN.text());
		// The 202 carries the rules' rating; the learned one follows right after the
		// commit.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			CaseView rated = cases.get(next);
			assertThat(rated.severity()).isEqualTo(Severity.SEV2);
			assertThat(rated.team()).isEqualTo("loyalty");
			assertThat(rated.reasons().getFirst().label())
				.startsWith("reads like SEV2: told like correction-" + first.number());
		});
	}

	private long open(String externalId, String text) {
		return intake
			.post(complaint(externalId).by("@" + externalId)
				.text(text)
				.with("author", Map.of("handle", "@" + externalId, "followers", 300))
				.with("engagement", Map.of("likes", 2, "shares", 0, "replies", 1))
				.with("customer", Map.of("tier", "none"))
				.json())
			.json()
			.get("caseNumber")
			.asLong();
	}

}
