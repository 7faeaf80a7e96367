package dev.frontline.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 202 means the complaint is on disk: kill the JVM with SIGKILL in the middle of a
 * stream of posts, start it again on the same data, and every complaint that got a 202 is
 * there, exactly once, on the case it was promised.
 */
class IntakeSurvivesKillIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Intake without a signature (as on a private network), and no per-source limit in
	 * the way of the stream of posts this test needs. Triage by the rules: what a 202
	 * promises is the complaint on disk, which the learned layer does not change (it
	 * rates after the commit), and the demo's tests run the packaged jar with it.
	 */
	static final Map<String, String> UNSIGNED_UNLIMITED = Map.of("FRONTLINE_INTAKE_ALLOW_UNSIGNED", "true",
			"FRONTLINE_INTAKE_LIMITS_COMPLAINTSPERMINUTE", "1000000", "FRONTLINE_TRIAGE_MODEL", "false");

	/**
	 * Generous: a busy machine has taken over a minute to start the packaged jar.
	 */
	static final Duration STARTS_WITHIN = Duration.ofMinutes(3);

	@TempDir
	Path dataDir;

	@Test
	void everyAcceptedComplaintSurvivesAKillNineExactlyOnce() throws Exception {
		Map<String, Long> accepted = new ConcurrentHashMap<>();
		AtomicInteger failedAfterKill = new AtomicInteger();
		try (RunningJar first = RunningJar.start(dataDir, UNSIGNED_UNLIMITED, "--frontline.console.enabled=false")) {
			first.awaitHealthy(STARTS_WITHIN);
			ExecutorService posters = Executors.newFixedThreadPool(4);
			AtomicInteger next = new AtomicInteger();
			for (int t = 0; t < 4; t++) {
				posters.submit(() -> postUntilRefused(first.port(), next, accepted, failedAfterKill));
			}
			awaitAtLeast(accepted, 200, Duration.ofSeconds(60));
			first.killHard();
			posters.shutdown();
			assertThat(posters.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(accepted).hasSizeGreaterThanOrEqualTo(200);

		try (RunningJar second = RunningJar.start(dataDir, UNSIGNED_UNLIMITED, "--frontline.console.enabled=false")) {
			second.awaitHealthy(STARTS_WITHIN);
			HttpClient http = HttpClient.newHttpClient();
			for (Map.Entry<String, Long> complaint : accepted.entrySet()) {
				HttpResponse<String> replay = post(http, second.port(), body(complaint.getKey()));
				JsonNode receipt = JSON.readTree(replay.body());
				assertThat(replay.statusCode()).isEqualTo(202);
				assertThat(receipt.get("duplicate").asBoolean()).as("complaint %s was stored", complaint.getKey())
					.isTrue();
				assertThat(receipt.get("caseNumber").asLong()).isEqualTo(complaint.getValue());
			}
			second.stop();
		}

		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("frontline"), "sa", "")) {
			for (String externalId : accepted.keySet()) {
				assertThat(countOf(db, externalId)).as("copies of %s", externalId).isEqualTo(1);
			}
		}
		System.out.printf("kill -9 after %d accepted complaints (%d requests cut off): all %d found exactly once%n",
				accepted.size(), failedAfterKill.get(), accepted.size());
	}

	private static void postUntilRefused(int port, AtomicInteger next, Map<String, Long> accepted,
			AtomicInteger failed) {
		HttpClient http = HttpClient.newHttpClient();
		while (true) {
			String externalId = "kill-" + next.incrementAndGet();
			try {
				HttpResponse<String> response = post(http, port, body(externalId));
				if (response.statusCode() == 202) {
					accepted.put(externalId, JSON.readTree(response.body()).get("caseNumber").asLong());
				}
			}
			catch (IOException | InterruptedException killed) {
				failed.incrementAndGet();
				return;
			}
		}
	}

	private static HttpResponse<String> post(HttpClient http, int port, String body)
			throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String body(String externalId) {
		return JSON.writeValueAsString(Map.of("source", "x", "externalId", externalId, "text",
				"Flight LK" + externalId.hashCode() % 900 + " was delayed and nobody told us why", "author",
				Map.of("handle", "@" + externalId, "followers", 100)));
	}

	private static void awaitAtLeast(Map<String, Long> accepted, int count, Duration limit)
			throws InterruptedException {
		Instant giveUp = Instant.now().plus(limit);
		while (accepted.size() < count && Instant.now().isBefore(giveUp)) {
			Thread.sleep(10);
		}
	}

	private static int countOf(Connection db, String externalId) throws SQLException {
		try (PreparedStatement query = db
			.prepareStatement("select count(*) from complaint where source = 'x' and external_id = ?")) {
			query.setString(1, externalId);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

}
