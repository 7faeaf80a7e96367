package dev.frontline.incidents;

import static dev.frontline.testing.Complaints.complaint;
import static dev.frontline.testing.Signals.signal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.intake.WebhookSignature;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;

/**
 * {@code POST /api/v1/signals}: signed like intake, an operations event opens or updates
 * the incident of its key before any complaint, a replay changes nothing, and bad fields
 * are named. The token filter leaves the path open, so the signature is the only guard.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "frontline.intake.webhook-secret=" + SignalsHttpTest.SECRET,
				"frontline.api.tokens=t0ken-for-signal-tests", "frontline.api.open-without-token=false" })
class SignalsHttpTest {

	static final String SECRET = "s3cret-for-signal-tests";

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	Incidents incidents;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	IntakeClient http;

	WebhookSignature signer;

	@BeforeEach
	void connect() {
		http = new IntakeClient(port);
		signer = new WebhookSignature(SECRET, Duration.ofMinutes(5), clock);
	}

	@Test
	void aSignedSignalOpensTheIncidentOfItsKeyBeforeAnyComplaint() {
		Response response = signed(signal("LK905").json());

		assertThat(response.status()).as(response.body()).isEqualTo(202);
		assertThat(response.json().get("created").asBoolean()).isTrue();
		assertThat(response.json().get("duplicate").asBoolean()).isFalse();
		IncidentView incident = incidents.get(response.json().get("incidentNumber").asLong());
		assertThat(incident.label()).isEqualTo("flight LK905");
		assertThat(incident.team()).isEqualTo("flight-ops");
		assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
		assertThat(incident.counts().complaints()).isZero();
		assertThat(incident.operations()).isNotNull();
		assertThat(incident.operations().kind()).isEqualTo("cancelled");
		assertThat(incident.operations().solution()).isEqualTo("rebooked on LK907 at 18:10; hotel vouchers at desk B");
		assertThat(incident.history()).extracting(HistoryEntry::action).containsExactly("OPENED");
	}

	@Test
	void aComplaintNamingTheKeyJoinsTheSignalledIncident() {
		long incident = signed(signal("LK906").json()).json().get("incidentNumber").asLong();

		Response complaint = signed("/api/v1/complaints",
				complaint("signal-join-1")
					.text("LK 906 cancelled and nobody at the gate tells us anything about a hotel.")
					.json());

		assertThat(complaint.status()).as(complaint.body()).isEqualTo(202);
		assertThat(cases.get(complaint.json().get("caseNumber").asLong()).incident()).isEqualTo(incident);
		assertThat(incidents.get(incident).counts().complaints()).isEqualTo(1);
	}

	@Test
	void theSameSignalAgainChangesNothing() {
		String body = signal("LK910").json();
		Response first = signed(body);
		long incident = first.json().get("incidentNumber").asLong();
		IncidentView before = incidents.get(incident);

		Response again = signed(body);

		assertThat(again.status()).isEqualTo(202);
		assertThat(again.json().get("incidentNumber").asLong()).isEqualTo(incident);
		assertThat(again.json().get("created").asBoolean()).isFalse();
		assertThat(again.json().get("duplicate").asBoolean()).isTrue();
		assertThat(incidents.get(incident)).isEqualTo(before);
		assertThat(signalsFor("flight:LK910")).isEqualTo(1);
	}

	@Test
	void aNewSignalUpdatesTheOpenIncidentAndItsHistory() {
		long incident = signed(signal("LK911").with("kind", "delayed")
			.with("summary", "LK911 delayed two hours")
			.without("solution")
			.with("at", "2026-12-03T13:00:00Z")
			.json()).json().get("incidentNumber").asLong();

		Response update = signed(signal("lk 911").with("summary", "LK911 now cancelled")
			.with("solution", "rebooked on LK913 tomorrow at 07:00")
			.with("at", "2026-12-03T15:00:00Z")
			.json());

		assertThat(update.status()).as(update.body()).isEqualTo(202);
		assertThat(update.json().get("incidentNumber").asLong()).isEqualTo(incident);
		assertThat(update.json().get("created").asBoolean()).isFalse();
		IncidentView view = incidents.get(incident);
		assertThat(view.operations().kind()).isEqualTo("cancelled");
		assertThat(view.operations().summary()).isEqualTo("LK911 now cancelled");
		assertThat(view.operations().solution()).isEqualTo("rebooked on LK913 tomorrow at 07:00");
		assertThat(view.operations().signals()).isEqualTo(2);
		assertThat(view.history()).extracting(HistoryEntry::action).containsExactly("OPENED", "SIGNAL");
		assertThat(view.history().getLast().detail()).contains("LK911 now cancelled", "LK913");
	}

	@Test
	void anUnsignedSignalIsRefusedAndStoresNothing() {
		Response response = http.postTo("/api/v1/signals", signal("LK920").json().getBytes(StandardCharsets.UTF_8),
				"application/json", Map.of());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(WebhookSignature.SIGNATURE_HEADER);
		assertThat(incidentsFor("flight:LK920")).isZero();
		assertThat(signalsFor("flight:LK920")).isZero();
	}

	@Test
	void aBadlySignedSignalIsRefusedAndStoresNothing() {
		byte[] body = signal("LK921").json().getBytes(StandardCharsets.UTF_8);
		long now = clock.instant().getEpochSecond();
		Response response = http.postTo("/api/v1/signals", body, "application/json",
				Map.of(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now), WebhookSignature.SIGNATURE_HEADER,
						new WebhookSignature("not-the-secret", Duration.ofMinutes(5), clock).sign(now, body)));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("does not match");
		assertThat(incidentsFor("flight:LK921")).isZero();
		assertThat(signalsFor("flight:LK921")).isZero();
	}

	@Test
	void badFieldsAreEachNamedAndNothingIsStored() {
		Response response = signed(signal("LK930").without("key")
			.with("kind", "exploded")
			.with("summary", "x".repeat(501))
			.with("at", "yesterday")
			.with("team", "nobody")
			.json());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Invalid signal");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("key", "kind", "summary",
				"at", "team");
		assertThat(response.body()).contains("is required", "unknown kind 'exploded'", "at most 500 characters",
				"ISO-8601");
		assertThat(signalsFor("flight:LK930")).isZero();
	}

	@Test
	void aKeyNamingNoIncidentKeyIsNamed() {
		Response response = signed(signal("the moon").json());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("key");
	}

	@Test
	void aSignalIsNotJsonIsA400() {
		Response response = signed("{\"key\": \"LK940\",}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("title").asString()).isEqualTo("Malformed JSON");
	}

	private long incidentsFor(String key) {
		return jdbc.sql("select count(*) from incident where key_value = ?").param(key).query(Long.class).single();
	}

	private long signalsFor(String key) {
		return jdbc.sql("select count(*) from incident_signal where key_value = ?")
			.param(key)
			.query(Long.class)
			.single();
	}

	private Response signed(String body) {
		return signed("/api/v1/signals", body);
	}

	private Response signed(String path, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		long now = clock.instant().getEpochSecond();
		return http.postTo(path, bytes, "application/json", Map.of(WebhookSignature.TIMESTAMP_HEADER,
				String.valueOf(now), WebhookSignature.SIGNATURE_HEADER, signer.sign(now, bytes)));
	}

}
