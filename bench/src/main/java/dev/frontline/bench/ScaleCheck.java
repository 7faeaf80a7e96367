package dev.frontline.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.slack.api.app_backend.SlackSignature;

/**
 * {@code deploy/check}: two instances of the packaged jar on one PostgreSQL schema, with
 * intake and Slack-signed traffic sent to both, as a load balancer would. Prints how long
 * a change made through one takes to show through the other, how many cards were posted
 * twice, and how long after one instance is killed (SIGKILL) the other has delivered
 * everything that was accepted. Exits 1 unless staleness is under 1 s, no card is posted
 * twice or missing, and failover is under 30 s.
 */
final class ScaleCheck {

	static final String SIGNING_SECRET = "check-signing-secret";

	static final String USER = "U0CHECK";

	private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*(\\d+)");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final SlackSignature.Generator signer = new SlackSignature.Generator(SIGNING_SECRET);

	private final BenchSlack slack;

	private int complaints;

	private ScaleCheck(BenchSlack slack) {
		this.slack = slack;
	}

	static int run(String[] args) throws Exception {
		Path jar = Path.of(args.length > 0 ? args[0] : "config/target/frontline.jar");
		String server = env("FRONTLINE_CHECK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		String user = env("FRONTLINE_CHECK_DB_USER", "postgres");
		String password = env("FRONTLINE_CHECK_DB_PASSWORD", "");
		String schema = "frontline_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		try (Connection db = DriverManager.getConnection(server, user, password);
				Statement sql = db.createStatement()) {
			sql.execute("create schema " + schema);
		}
		Path work = Files.createTempDirectory("frontline-check");
		System.out.printf("Two instances of %s on %s, schema %s (logs in %s)%n", jar, server, schema, work);
		try (BenchSlack slack = new BenchSlack()) {
			String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema
					+ "&connectTimeout=2&socketTimeout=30";
			Map<String, String> env = new HashMap<>(Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME",
					user, "SPRING_DATASOURCE_PASSWORD", password, "SPRING_FLYWAY_SCHEMAS", schema, "SLACK_BOT_TOKEN",
					BenchMain.BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET, "FRONTLINE_SLACK_API_URL",
					slack.apiUrl(), "FRONTLINE_CONSOLE_ENABLED", "false", "FRONTLINE_TRIAGE_MODEL", "false"));
			try (ChildProcess a = start("instance A", jar, env, work);
					ChildProcess b = start("instance B", jar, env, work)) {
				return new ScaleCheck(slack).check(a, b);
			}
		}
		finally {
			try (Connection db = DriverManager.getConnection(server, user, password);
					Statement sql = db.createStatement()) {
				sql.execute("drop schema if exists " + schema + " cascade");
			}
		}
	}

	private int check(ChildProcess a, ChildProcess b) throws Exception {
		// Spread: complaints over both, as a load balancer would.
		List<Long> spread = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			submit(i % 2 == 0 ? a : b).ifAccepted(spread::add);
		}
		awaitCards(spread, Duration.ofSeconds(90));
		System.out.printf("Spread:          40 complaints over both instances, %d cases, %d with a card%n",
				spread.size(), spread.stream().filter(n -> slack.cardArrivedNanos(n) >= 0).count());

		// Staleness: acknowledged through one (a signed Slack button press), read
		// through the other, which had the case cached.
		List<Long> staleness = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ChildProcess through = i % 2 == 0 ? a : b;
			ChildProcess reader = through == a ? b : a;
			long number = spread.get(i);
			if (!"OPEN".equals(status(reader, number))) {
				throw new IllegalStateException("case " + number + " was not OPEN before the check");
			}
			pressAcknowledge(through, number);
			long changed = System.nanoTime();
			while (!"ACKNOWLEDGED".equals(status(reader, number))) {
				if (System.nanoTime() - changed > Duration.ofSeconds(60).toNanos()) {
					break;
				}
				Thread.sleep(5);
			}
			staleness.add((System.nanoTime() - changed) / 1_000_000);
		}
		long worstStaleness = staleness.stream().mapToLong(Long::longValue).max().orElse(0);
		System.out.printf("Staleness:       acknowledged through one, seen through the other after %s ms (max %d ms)%n",
				staleness, worstStaleness);

		// Failover: a burst over both, one killed in the middle of it.
		List<Long> burst = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			submit(i % 2 == 0 ? a : b).ifAccepted(burst::add);
		}
		long pending = burst.stream().filter(n -> slack.cardArrivedNanos(n) < 0).count();
		ProcessHandle.of(a.pid()).ifPresent(ProcessHandle::destroyForcibly);
		long killed = System.nanoTime();
		for (int i = 0; i < 30; i++) {
			submit(b).ifAccepted(burst::add);
		}
		awaitCards(burst, Duration.ofSeconds(90));
		long lastCard = burst.stream().mapToLong(slack::cardArrivedNanos).max().orElse(killed);
		long firstAfterKill = burst.stream()
			.mapToLong(slack::cardArrivedNanos)
			.filter(at -> at > killed)
			.min()
			.orElse(killed);
		double failoverSeconds = Math.max(0, lastCard - killed) / 1e9;
		System.out.printf(
				"Failover:        A killed (-9) after 30 of 60 complaints, %d of its and B's cards still waiting;"
						+ " cards went out again %.1f s and the last came %.1f s after the kill%n",
				pending, Math.max(0, firstAfterKill - killed) / 1e9, failoverSeconds);

		List<Long> accepted = new ArrayList<>(spread);
		accepted.addAll(burst);
		long missing = accepted.stream().filter(n -> slack.cardArrivedNanos(n) < 0).count();
		int duplicates = slack.cardPostsByCase().values().stream().mapToInt(count -> Math.max(0, count - 1)).sum();
		System.out.printf("Duplicate cards: %d%nMissing cards:   %d (of %d accepted complaints)%n", duplicates, missing,
				accepted.size());
		boolean passed = worstStaleness < 1_000 && duplicates == 0 && missing == 0 && failoverSeconds < 30;
		System.out.println(passed ? "PASS: staleness under 1 s, no duplicate or missing card, failover under 30 s"
				: "FAIL: wanted staleness under 1 s, 0 duplicate and 0 missing cards, failover under 30 s");
		return passed ? 0 : 1;
	}

	private static ChildProcess start(String name, Path jar, Map<String, String> env, Path work) throws Exception {
		Path data = Files.createDirectories(work.resolve(name.replace(' ', '-')));
		Map<String, String> own = new HashMap<>(env);
		own.put("FRONTLINE_DATA_DIR", data.toString());
		List<String> args = new ArrayList<>(List.of("-jar", jar.toString(),
				"--frontline.people.roles.slack." + USER + "=staff", "--logging.level.root=WARN",
				"--frontline.intake.allow-unsigned=true", "--frontline.api.open-without-token=true",
				"--frontline.intake.limits.complaints-per-minute=1000000"));
		String[][] teams = { { "baggage", "C0BAGGAGE" }, { "flight-ops", "C0FLIGHTOPS" }, { "loyalty", "C0LOYALTY" },
				{ "digital", "C0DIGITAL" }, { "care-social", "C0CARE" } };
		for (String[] team : teams) {
			args.add("--frontline.teams." + team[0] + ".channels.slack=" + team[1]);
		}
		ChildProcess started = ChildProcess.start(name, List.of("-Xmx512m"), args, own, data.resolve("frontline.log"),
				"/actuator/health/readiness", 200, Duration.ofSeconds(180));
		System.out.printf("Started %s on port %d in %d ms%n", name, started.port(), started.readyMillis());
		return started;
	}

	private record Submitted(int status, long caseNumber) {

		void ifAccepted(java.util.function.LongConsumer accepted) {
			if (status == 202) {
				accepted.accept(caseNumber);
			}
		}

	}

	private Submitted submit(ChildProcess target) throws Exception {
		complaints++;
		String text = Complaints.tagged(Complaints.CARDED.get(complaints % Complaints.CARDED.size()).text(),
				complaints);
		HttpResponse<String> answer = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + "/api/v1/complaints"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.ofString(Complaints.json("check-" + complaints, text)))
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher number = CASE_NUMBER.matcher(answer.body());
		return new Submitted(answer.statusCode(), number.find() ? Long.parseLong(number.group(1)) : -1);
	}

	private String status(ChildProcess target, long number) throws Exception {
		HttpResponse<String> answer = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + "/api/v1/cases/" + number))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher status = STATUS.matcher(answer.body());
		return status.find() ? status.group(1) : "HTTP " + answer.statusCode();
	}

	/** Presses the card's Acknowledge button, as Slack sends it, signed. */
	private void pressAcknowledge(ChildProcess target, long number) throws Exception {
		String payload = """
				{"type":"block_actions","team":{"id":"T0TEAM","domain":"check"},\
				"user":{"id":"%s","username":"check","team_id":"T0TEAM"},"api_app_id":"A0APP","token":"legacy",\
				"trigger_id":"1.2.3","response_url":"http://127.0.0.1:1/respond",\
				"channel":{"id":"C0BAGGAGE","name":"baggage"},\
				"container":{"type":"message","message_ts":"1700000000.000001","channel_id":"C0BAGGAGE","is_ephemeral":false},\
				"message":{"type":"message","ts":"1700000000.000001","text":"card"},\
				"actions":[{"action_id":"acknowledge","block_id":"case","type":"button","value":"%d","action_ts":"1700000000.1"}]}"""
			.formatted(USER, number);
		String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
		String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
		HttpResponse<String> answer = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + "/slack/events"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Slack-Request-Timestamp", timestamp)
				.header("X-Slack-Signature", signer.generate(timestamp, body))
				.timeout(Duration.ofSeconds(10))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("the button press answered " + answer.statusCode() + ": " + answer.body());
		}
	}

	private void awaitCards(List<Long> cases, Duration limit) throws InterruptedException {
		long giveUp = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < giveUp && cases.stream().anyMatch(n -> slack.cardArrivedNanos(n) < 0)) {
			Thread.sleep(50);
		}
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

}
