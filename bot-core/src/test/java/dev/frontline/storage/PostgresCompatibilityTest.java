package dev.frontline.storage;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseCommands;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.incidents.IncidentNotices;
import dev.frontline.incidents.NoticeDraft;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.Incidents;
import dev.frontline.replies.DraftStatus;
import dev.frontline.replies.DraftRef;
import dev.frontline.replies.ReplyDraft;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.People;
import dev.frontline.testing.Signals;
import dev.frontline.testing.TestPostgres;
import tools.jackson.databind.JsonNode;

/**
 * The migrations and every query run on PostgreSQL too (the scaled-out mode), each run in
 * a schema of its own. Required on CI, where PostgreSQL always runs; skipped on a machine
 * without it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PostgresCompatibilityTest {

	static final String SCHEMA = TestPostgres.newSchemaName();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		TestPostgres.createOrSkip(SCHEMA);
		TestPostgres.properties(SCHEMA).forEach((key, value) -> properties.add(key, () -> value));
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	CaseActions actions;

	@Autowired
	CaseCommands commands;

	@Autowired
	Incidents incidents;

	@Autowired
	ReplyDrafts drafts;

	@Autowired
	IncidentActions incidentActions;

	@Autowired
	IncidentNotices notices;

	IntakeClient intake;

	@BeforeEach
	void connect() {
		intake = new IntakeClient(port);
	}

	@Test
	void complaintsCasesHistoryAndListsWorkOnPostgres() {
		JsonNode first = intake.post(complaint("pg-1").by("@pg").text("My suitcase vanished at Lisbon").json()).json();
		JsonNode reply = intake.post(complaint("pg-2").by("@other").inReplyTo("pg-1").json()).json();
		JsonNode replay = intake.post(complaint("pg-1").by("@pg").text("My suitcase vanished at Lisbon").json()).json();
		long number = first.get("caseNumber").asLong();

		assertThat(reply.get("caseNumber").asLong()).isEqualTo(number);
		assertThat(replay.get("duplicate").asBoolean()).isTrue();
		actions.acknowledge(number, People.STAFF);
		actions.escalate(number, People.STAFF, "second contact");
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(cases.get(number).complaints()).hasSize(2);
		assertThat(commands.caseCommand(People.STAFF, "search suitcase lisbon").text()).contains(" " + number + " ");
		assertThat(commands.casesCommand(People.STAFF, "escalated").text()).contains(" " + number + " ");
		assertThat(intake.get("/api/v1/cases?status=acknowledged&q=suitcase").json().size()).isEqualTo(1);

		ReplyDraft draft = drafts.submit(number, People.STAFF,
				"Sorry about your suitcase! Please send us a private message and we'll trace it today.", null);
		assertThat(drafts.approve(new DraftRef(draft.id(), draft.version()), People.SUPERVISOR, true).status())
			.isEqualTo(DraftStatus.APPROVED);
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.REPLY_APPROVED);
	}

	@Test
	void incidentsFormCountAndActOnTheirCasesOnPostgres() {
		long last = 0;
		for (int i = 1; i <= 6; i++) {
			last = intake.post(complaint("pg-inc-" + i).by("@pginc" + i).text("LK 515 delayed again, no news").json())
				.json()
				.get("caseNumber")
				.asLong();
		}
		Long incident = cases.get(last).incident();
		assertThat(incident).isNotNull();

		IncidentView view = incidents.get(incident);
		assertThat(view.counts().complaints()).isEqualTo(6);
		assertThat(view.counts().customers()).isEqualTo(6);
		assertThat(view.topComplaints()).hasSize(3);
		assertThat(incidents.affected(incident).customers()).hasSize(6);
		incidentActions.acknowledge(incident, People.STAFF);
		incidentActions.listAffected(incident, People.STAFF);
		incidentActions.resolve(incident, People.STAFF, "LK515 left at 20:05");
		assertThat(cases.membersOf(incident)).hasSize(6)
			.allSatisfy(number -> assertThat(cases.get(number).status()).isEqualTo(CaseStatus.RESOLVED));
		assertThat(intake.get("/api/v1/incidents/" + incident).json().get("status").asString()).isEqualTo("RESOLVED");
	}

	@Test
	void signalsOpenUpdateAndGatherIncidentsOnPostgres() {
		String body = Signals.signal("LK516").json();
		JsonNode opened = postSignal(body);
		long incident = opened.get("incidentNumber").asLong();

		assertThat(opened.get("created").asBoolean()).isTrue();
		assertThat(postSignal(body).get("duplicate").asBoolean()).isTrue();
		assertThat(postSignal(Signals.signal("LK516").with("at", "2026-12-03T15:00:00Z").json()).get("created")
			.asBoolean()).isFalse();
		long joined = intake.post(complaint("pg-sig-1").text("LK516 cancelled and no hotel for us").json())
			.json()
			.get("caseNumber")
			.asLong();
		assertThat(cases.get(joined).incident()).isEqualTo(incident);
		assertThat(incidents.get(incident).operations().signals()).isEqualTo(2);
	}

	@Test
	void noticesAreApprovedQueuedMarkedAndMeasuredOnPostgres() {
		long incident = postSignal(Signals.signal("LK517").json()).get("incidentNumber").asLong();
		long first = intake
			.post(complaint("pg-notice-1").by("@pgn1").text("LK517 cancelled, where do we sleep?").json())
			.json()
			.get("caseNumber")
			.asLong();
		intake.post(complaint("pg-notice-2").by("@pgn2").text("LK 517 cancelled and nobody here").json());
		NoticeDraft draft = notices.submit(incident, People.STAFF,
				"Hi {name}, we're sorry: {incident} is cancelled. {solution}. Send us a private message.", true);

		assertThat(notices.approve(incident, draft.version(), People.SUPERVISOR)).isEqualTo(2);
		intake.post(complaint("pg-notice-3").by("@pgn3").text("LK517 cancelled?? what now").json());
		assertThat(notices.markNotified(incident, People.STAFF, "all")).isEqualTo(3);

		IncidentView.Notices progress = incidents.get(incident).notices();
		assertThat(progress.sent()).isEqualTo(3);
		assertThat(progress.afterComplaining()).isEqualTo(3);
		assertThat(progress.toFirst()).isNotNull();
		assertThat(cases.get(first).notified().text()).startsWith("Hi @pgn1, we're sorry: flight LK517 is cancelled.");
	}

	private JsonNode postSignal(String body) {
		return intake
			.postTo("/api/v1/signals", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json",
					java.util.Map.of())
			.json();
	}

	@AfterAll
	static void dropSchema() {
		TestPostgres.drop(SCHEMA);
	}

}
