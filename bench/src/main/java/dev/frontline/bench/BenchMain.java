package dev.frontline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.slack.api.app_backend.SlackSignature;

import dev.frontline.bench.floor.FloorSlackApp;

/**
 * The bench: starts the packaged Frontline jar and the floor apps, loads cases, runs
 * B1…B6 and prints each figure's median beside its floor; the same goes to
 * {@code bench/results/<date>.json}. With {@code floor-app} as its first argument it runs
 * the floor Slack app instead (the bench starts it so as a child process).
 */
public final class BenchMain {

	static final String SIGNING_SECRET = "bench-signing-secret";

	static final String BOT_TOKEN = "xoxb-bench-token";

	static final String USER = "U0BENCH";

	static final int[] CONCURRENCY = { 1, 8, 32 };

	static final int INTAKE_CONCURRENCY = 16;

	static final int BATCH = 100;

	/** How long intake is warmed up before B2 measures it. */
	static final Duration INTAKE_WARM_UP = Duration.ofSeconds(20);

	private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*(\\d+)");

	private static final Pattern SEVERITY = Pattern.compile("\"severity\"\\s*:\\s*\"(SEV\\d)\"");

	private final Options options;

	private final BlockingHttp http = new BlockingHttp(Duration.ofSeconds(5));

	private final SlackSignature.Generator signer = new SlackSignature.Generator(SIGNING_SECRET);

	private final List<Figure> figures = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	/**
	 * What the learned layer was once Frontline had fitted it: the targets set for it
	 * (intake's rate, the card's p99, the storm rated) are only met with it "ready". A
	 * layer that failed (a heap too small for its fit) leaves the rules' ratings, which
	 * are quicker, and the figures would otherwise read as met with the model on.
	 */
	private String learnedLayerOnceFitted = "not fitted yet";

	/** Complaints stored so far (each its own case), and the highest case number seen. */
	private int stored;

	private long highestCase = 1000;

	private final AtomicInteger ids = new AtomicInteger();

	private BenchMain(Options options) {
		this.options = options;
	}

	/** What the command line asked for. */
	record Options(Path jar, @Nullable Path aotCache, List<Integer> stages, int runs, Duration b1Run,
			List<String> jvmOptions, List<String> frontlineJvmOptions, Path results, @Nullable Path recording,
			Set<String> only) {

		/** Whether this run measures the scenario ({@code b1} … {@code b6}). */
		boolean measures(String scenario) {
			return only.isEmpty() || only.contains(scenario);
		}

		static Options parse(String[] args) {
			Path jar = Path.of("config/target/frontline.jar");
			Path aotCache = null;
			List<Integer> stages = List.of(10_000, 100_000);
			int runs = 3;
			Duration b1Run = Duration.ofSeconds(4);
			List<String> jvmOptions = List.of("-Xmx384m", "-XX:+UseG1GC");
			List<String> frontlineJvmOptions = List.of();
			Path results = Path.of("bench/results");
			Path recording = null;
			Set<String> only = Set.of();
			for (String arg : args) {
				String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
				if (arg.equals("--quick")) {
					stages = List.of(10_000);
					b1Run = Duration.ofSeconds(3);
				}
				else if (arg.startsWith("--cases=")) {
					stages = Arrays.stream(value.split(",")).map(Integer::parseInt).sorted().toList();
				}
				else if (arg.startsWith("--runs=")) {
					runs = Integer.parseInt(value);
				}
				else if (arg.startsWith("--jar=")) {
					jar = Path.of(value);
				}
				else if (arg.startsWith("--aot-cache=")) {
					aotCache = value.isEmpty() ? null : Path.of(value);
				}
				else if (arg.startsWith("--xmx=")) {
					jvmOptions = List.of("-Xmx" + value, "-XX:+UseG1GC");
				}
				else if (arg.startsWith("--jvm=")) {
					jvmOptions = List.of(value.trim().split("\\s+"));
				}
				else if (arg.startsWith("--frontline-jvm=")) {
					frontlineJvmOptions = value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
				}
				else if (arg.startsWith("--results=")) {
					results = Path.of(value);
				}
				else if (arg.startsWith("--jfr=")) {
					recording = Path.of(value).toAbsolutePath();
				}
				else if (arg.startsWith("--only=")) {
					only = Set.of(value.toLowerCase(Locale.ROOT).split(","));
				}
				else {
					throw new IllegalArgumentException("unknown argument " + arg
							+ "; use --quick, --cases=10000,100000,1000000, --runs=3, --jar=…, --aot-cache=…, --xmx=384m,"
							+ " --jvm='-Xmx384m -XX:+UseG1GC', --frontline-jvm=@scripts/java-options, --results=…,"
							+ " --jfr=frontline.jfr, --only=b2,b3,b4");
				}
			}
			return new Options(jar, aotCache, stages, runs, b1Run, jvmOptions, frontlineJvmOptions, results, recording,
					only);
		}

	}

	/**
	 * Runs the bench, with {@code floor-app} the floor's Slack app, with
	 * {@code scale-check} the check of two instances on one database.
	 */
	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("floor-app")) {
			FloorSlackApp.main(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		if (args.length > 0 && args[0].equals("scale-check")) {
			System.exit(ScaleCheck.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		new BenchMain(Options.parse(args)).run();
	}

	private void run() throws Exception {
		if (!Files.isRegularFile(options.jar())) {
			throw new IllegalStateException(options.jar() + " is missing: build it with ./mvnw -DskipTests package");
		}
		Map<String, String> machine = machine();
		machine.forEach((name, value) -> System.out.printf("%-10s %s%n", name + ":", value));
		Path work = Files.createTempDirectory("frontline-bench");
		long started = System.nanoTime();
		// The floor app starts first: Frontline keeps fitting its learned layer after
		// it is ready, and a floor started beside that would start slower than it can.
		try (BenchSlack slack = new BenchSlack();
				ChildProcess floorApp = startFloorApp(slack, work);
				ChildProcess app = startFrontline(slack, work);
				JdbcFloor jdbc = new JdbcFloor(Files.createDirectories(work.resolve("jdbc-floor")))) {
			progress("Frontline ready in %d ms (pid %d, port %d); floor app on port %d", app.readyMillis(), app.pid(),
					app.port(), floorApp.port());
			awaitFitted(app);
			Map<Integer, Double> rssByStage = new LinkedHashMap<>();
			Map<Integer, Map<String, Double>> growth = new LinkedHashMap<>();
			// B3, B4 and B5 need no stored cases: measured alone, they start at once.
			boolean withCases = options.measures("b1") || options.measures("b2") || options.measures("b6");
			for (int stage : withCases ? options.stages() : List.<Integer>of()) {
				load(app, stage);
				Map<String, Double> atStage = new LinkedHashMap<>();
				// Loading leaves the learned layer a backlog that keeps a core busy for a
				// minute or more; /case and intake are measured once it is rated, as a
				// team
				// would meet them on an ordinary day.
				awaitRated(app, "after loading " + count(stage));
				if (options.measures("b1") || options.measures("b6")) {
					caseCommands(app, floorApp, stage, atStage);
					rssByStage.put(stage, app.rssMib());
				}
				if (options.measures("b2") || options.measures("b6")) {
					// B2 measures intake with only its own complaints being rated beside
					// it.
					awaitRated(app, "before B2 at " + count(stage));
					intake(app, jdbc, stage, atStage);
				}
				growth.put(stage, atStage);
			}
			if (options.measures("b5") && !rssByStage.isEmpty()) {
				int rssStage = rssByStage.keySet().stream().filter(n -> n <= 100_000).reduce((a, b) -> b).orElseThrow();
				double rss = rssByStage.get(rssStage);
				// Issue 22's goal holds at 100k cases; a --quick run reads it at 10k.
				figures.add(Figure.of("B5", "RSS after B1 with " + count(rssStage) + " cases (MiB)", rss,
						"≤ 384 at 100k", rss <= 384));
			}
			if (options.measures("b5")) {
				// The floor app's start (Spring Boot, Tomcat and Bolt alone) shows how
				// busy the machine was.
				figures.add(Figure.withFloor("B5",
						"time to ready, empty database (ms, one start"
								+ (options.aotCache() == null ? "" : ", AOT cache") + ")",
						app.readyMillis(), floorApp.readyMillis(), "≤ 1.0× the floor app",
						app.readyMillis() <= floorApp.readyMillis()));
			}
			if (options.measures("b3")) {
				awaitRated(app, "before B3");
				cardLatency(app, slack);
			}
			if (options.measures("b4")) {
				awaitRated(app, "before B4");
				storm(app, slack);
			}
			if (options.measures("b6")) {
				growth(growth);
			}
		}
		finally {
			deleteTree(work);
		}
		long tookSeconds = (System.nanoTime() - started) / 1_000_000_000;
		machine.put("bench wall time", tookSeconds + " s");
		report(machine);
	}

	// ---- start-up ------------------------------------------------------------------

	private ChildProcess startFrontline(BenchSlack slack, Path work) throws Exception {
		Path data = Files.createDirectories(work.resolve("frontline-data"));
		List<String> args = new ArrayList<>(List.of("-jar", options.jar().toString(),
				"--frontline.people.roles.slack." + USER + "=staff", "--logging.level.root=WARN",
				// Measured on loopback: unsigned intake and open reads, no per-source
				// limit.
				"--frontline.intake.allow-unsigned=true", "--frontline.api.open-without-token=true",
				"--frontline.intake.limits.complaints-per-minute=1000000000",
				// The weekly review a fresh database owes is posted a minute after the
				// start: its charts share each channel's pace with the cards, and once a
				// week would land in whichever scenario runs then (B3's slowest cards).
				"--frontline.reports.post-weekly=false"));
		String[][] teams = { { "baggage", "C0BAGGAGE" }, { "flight-ops", "C0FLIGHTOPS" }, { "loyalty", "C0LOYALTY" },
				{ "digital", "C0DIGITAL" }, { "care-social", "C0CARE" } };
		for (String[] team : teams) {
			args.add("--frontline.teams." + team[0] + ".channels.slack=" + team[1]);
		}
		progress("starting %s", options.jar());
		List<String> jvmArgs = new ArrayList<>(jvmArgs());
		// What Frontline is run with beyond the options the floor shares: its launch
		// options, which only lower the learned layer's threads below everything else.
		jvmArgs.addAll(options.frontlineJvmOptions());
		if (options.aotCache() != null) {
			// Refused by the JVM, with a warning in the log, if it was made for another
			// JDK or classpath: Frontline then starts without it.
			jvmArgs.add("-XX:AOTCache=" + options.aotCache().toAbsolutePath());
		}
		if (options.recording() != null) {
			// A profile of the whole run, for finding what limits a missed target.
			jvmArgs.add("-XX:StartFlightRecording=settings=profile,filename=" + options.recording());
		}
		return ChildProcess.start("Frontline", jvmArgs, args,
				Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET, "FRONTLINE_SLACK_API_URL",
						slack.apiUrl(), "FRONTLINE_DATA_DIR", data.toString(), "FRONTLINE_CONSOLE_ENABLED", "false"),
				work.resolve("frontline.log"), "/actuator/health", 200, Duration.ofSeconds(120));
	}

	private ChildProcess startFloorApp(BenchSlack slack, Path work) throws Exception {
		Path benchJar = benchJar();
		return ChildProcess.start("floor app", jvmArgs(),
				List.of("-jar", benchJar.toString(), "floor-app", "--floor.signing-secret=" + SIGNING_SECRET,
						"--floor.bot-token=" + BOT_TOKEN, "--floor.api-url=" + slack.apiUrl()),
				Map.of(), work.resolve("floor-app.log"), "/slack/events", 405, Duration.ofSeconds(120));
	}

	private List<String> jvmArgs() {
		return options.jvmOptions();
	}

	private static Path benchJar() throws URISyntaxException {
		String location = BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toString();
		// Inside Spring Boot's executable jar the location is nested:
		// jar:nested:/…/frontline-bench.jar/!BOOT-INF/classes/!/
		Matcher jar = Pattern.compile("(/[^!]*?\\.jar)").matcher(location);
		if (jar.find()) {
			// Still URL-encoded: a folder "new comer" is "new%20comer" here.
			return Path.of(new URI("file://" + jar.group(1)));
		}
		return Path.of(new URI(location));
	}

	// ---- loading -------------------------------------------------------------------

	/**
	 * Stores minor complaints in batches of 500 until {@code target} cases are stored.
	 */
	private void load(ChildProcess app, int target) throws Exception {
		int missing = target - stored;
		if (missing <= 0) {
			return;
		}
		int perBatch = 500;
		int batches = (missing + perBatch - 1) / perBatch;
		long started = System.nanoTime();
		AtomicInteger done = new AtomicInteger();
		Load.Run run = Load.run(4, Duration.ofHours(2), batches, index -> {
			int count = Math.min(perBatch, missing - index * perBatch);
			boolean ok = postBatch(app, "load", ids.getAndAdd(count), count);
			int total = done.addAndGet(count);
			if (total % 50_000 < count) {
				progress("  loaded %,d of %,d", total, missing);
			}
			return ok;
		});
		if (run.failures() > 0) {
			throw new IllegalStateException(run.failures() + " load batches failed");
		}
		stored += missing;
		double seconds = (System.nanoTime() - started) / 1e9;
		progress("loaded %,d cases in %.1f s (%,.0f/s); %,d stored", missing, seconds, missing / seconds, stored);
		notes.add(String.format(Locale.ROOT, "loaded %,d cases in batches of 500 at concurrency 4: %.1f s (%,.0f/s)",
				missing, seconds, missing / seconds));
	}

	private boolean postBatch(ChildProcess app, String prefix, int from, int count) throws Exception {
		return postBatch(app, prefix, from, count, false);
	}

	private boolean postBatch(ChildProcess app, String prefix, int from, int count, boolean distinct) throws Exception {
		BlockingHttp.Answer answer = postComplaints(app, Complaints.minorBatch(prefix, from, count, distinct));
		if (answer.status() != 202) {
			return false;
		}
		noteCaseNumbers(answer.body());
		return true;
	}

	private synchronized void noteCaseNumbers(String body) {
		Matcher number = CASE_NUMBER.matcher(body);
		while (number.find()) {
			highestCase = Math.max(highestCase, Long.parseLong(number.group(1)));
		}
	}

	private BlockingHttp.Answer postComplaints(ChildProcess app, String body) throws Exception {
		return http.post(app.port(), "/api/v1/complaints", Map.of("Content-Type", "application/json"), body,
				Duration.ofSeconds(60));
	}

	// ---- B1 ------------------------------------------------------------------------

	private void caseCommands(ChildProcess app, ChildProcess floorApp, int stage, Map<String, Double> atStage)
			throws Exception {
		long lowest = 1001;
		long highest;
		synchronized (this) {
			highest = highestCase;
		}
		Load.Request product = index -> slashCase(app, ThreadLocalRandom.current().nextLong(lowest, highest + 1));
		Load.Request floor = index -> slashCase(floorApp, ThreadLocalRandom.current().nextLong(lowest, highest + 1));
		for (int concurrency : CONCURRENCY) {
			// Warm both up: JIT, connection pools, Bolt's auth.test and the users.info
			// cache.
			Load.run(concurrency, Duration.ofSeconds(2), Integer.MAX_VALUE, product);
			Load.run(concurrency, Duration.ofSeconds(2), Integer.MAX_VALUE, floor);
			List<Load.Run> productRuns = new ArrayList<>();
			List<Load.Run> floorRuns = new ArrayList<>();
			for (int r = 0; r < options.runs(); r++) {
				// Alternated, so both see the same noise from the rest of the machine.
				productRuns.add(Load.run(concurrency, options.b1Run(), Integer.MAX_VALUE, product));
				floorRuns.add(Load.run(concurrency, options.b1Run(), Integer.MAX_VALUE, floor));
			}
			int failures = productRuns.stream().mapToInt(Load.Run::failures).sum();
			if (failures > 0) {
				notes.add("B1 at " + count(stage) + ", c=" + concurrency + ": " + failures + " /case requests failed");
			}
			double p50 = median(productRuns, Load.Run::p50Millis);
			double p99 = median(productRuns, Load.Run::p99Millis);
			double rps = median(productRuns, Load.Run::perSecond);
			double floorP50 = median(floorRuns, Load.Run::p50Millis);
			double floorP99 = median(floorRuns, Load.Run::p99Millis);
			double floorRps = median(floorRuns, Load.Run::perSecond);
			String at = " at c=" + concurrency + ", " + count(stage) + " cases";
			boolean primary = stage == primaryStage();
			if (primary) {
				figures.add(Figure.withFloor("B1", "/case p50" + at + " (ms)", p50, floorP50, "", null));
				String target = concurrency == 32 ? "≤ 1.5× floor; < 50 ms" : "≤ 1.5× floor";
				figures.add(Figure.withFloor("B1", "/case p99" + at + " (ms)", p99, floorP99, target,
						p99 <= 1.5 * floorP99 && (concurrency != 32 || p99 < 50)));
				figures.add(Figure.withFloor("B1", "/case req/s" + at, rps, floorRps, "", null));
			}
			atStage.put("b1.p99.c" + concurrency, p99);
			atStage.put("b1.floorP99.c" + concurrency, floorP99);
			progress("B1 %s: p50 %.1f ms (floor %.1f), p99 %.1f ms (floor %.1f), %.0f req/s (floor %.0f)", at, p50,
					floorP50, p99, floorP99, rps, floorRps);
		}
	}

	private boolean slashCase(ChildProcess target, long caseNumber) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", "legacy");
		form.put("team_id", "T0TEAM");
		form.put("channel_id", "C0CARE");
		form.put("user_id", USER);
		form.put("user_name", "bench");
		form.put("command", "/case");
		form.put("text", String.valueOf(caseNumber));
		form.put("response_url", "http://127.0.0.1:1/respond");
		form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
		form.put("api_app_id", "A0APP");
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
		BlockingHttp.Answer answer = http.post(
				target.port(), "/slack/events", Map.of("Content-Type", "application/x-www-form-urlencoded",
						"X-Slack-Request-Timestamp", timestamp, "X-Slack-Signature", signer.generate(timestamp, body)),
				body, Duration.ofSeconds(30));
		return answer.status() == 200;
	}

	// ---- B2 ------------------------------------------------------------------------

	private void intake(ChildProcess app, JdbcFloor jdbc, int stage, Map<String, Double> atStage) throws Exception {
		int singles = 3_000;
		int batches = 40;
		List<Double> single = new ArrayList<>();
		List<Double> singleFloor = new ArrayList<>();
		List<Double> batched = new ArrayList<>();
		List<Double> batchedFloor = new ArrayList<>();
		// Unmeasured, as B1 and B3 warm up. On two cores the JIT took a minute of load to
		// compile intake's path while the model rated each complaint: before that, intake
		// ran at a fraction of its rate. The texts repeat, so the model rates them from
		// the embeddings it remembers and the wait for their rating is short.
		int firstWarm = ids.get();
		Load.Run warm = Load.run(INTAKE_CONCURRENCY, INTAKE_WARM_UP, Integer.MAX_VALUE,
				index -> postBatch(app, "warm", firstWarm + index, 1, false));
		ids.addAndGet(warm.nanos().length + warm.failures());
		stored += warm.nanos().length;
		awaitRatedQuietly(app);
		Load.run(INTAKE_CONCURRENCY, INTAKE_WARM_UP, singles, index -> jdbc.store("warm", firstWarm + index, 1));
		for (int r = 0; r < options.runs(); r++) {
			// The floor runs once the learned layer has rated what Frontline just took:
			// Frontline competes with the rating of its own complaints, the floor with
			// nothing of Frontline's.
			int firstSingle = ids.getAndAdd(singles);
			Load.Run productSingle = Load.run(INTAKE_CONCURRENCY, Duration.ofMinutes(5), singles,
					index -> postBatch(app, "single", firstSingle + index, 1, true));
			awaitRatedQuietly(app);
			Load.Run floorSingle = Load.run(INTAKE_CONCURRENCY, Duration.ofMinutes(5), singles,
					index -> jdbc.store("single", firstSingle + index, 1));
			int firstBatched = ids.getAndAdd(batches * BATCH);
			Load.Run productBatched = Load.run(INTAKE_CONCURRENCY, Duration.ofMinutes(5), batches,
					index -> postBatch(app, "batched", firstBatched + index * BATCH, BATCH, true));
			awaitRatedQuietly(app);
			Load.Run floorBatched = Load.run(INTAKE_CONCURRENCY, Duration.ofMinutes(5), batches,
					index -> jdbc.store("batched", firstBatched + index * BATCH, BATCH));
			int failures = productSingle.failures() + productBatched.failures();
			if (failures > 0) {
				notes.add("B2 at " + count(stage) + ": " + failures + " intake requests failed");
			}
			stored += productSingle.nanos().length + productBatched.nanos().length * BATCH;
			single.add(productSingle.perSecond());
			singleFloor.add(floorSingle.perSecond());
			batched.add(productBatched.perSecond() * BATCH);
			batchedFloor.add(floorBatched.perSecond() * BATCH);
		}
		double singleRate = median(single);
		double singleFloorRate = median(singleFloor);
		double batchedRate = median(batched);
		double batchedFloorRate = median(batchedFloor);
		String at = ", " + count(stage) + " cases";
		if (stage == primaryStage()) {
			// Issue 22's goals against the floor, and issue 17's rate with the learned
			// layer on.
			figures.add(Figure.withFloor("B2", "intake single, c=16" + at + " (complaints/s)", singleRate,
					singleFloorRate, "≥ 1.0× floor", singleRate >= singleFloorRate));
			figures.add(Figure.of("B2", "intake single, learned layer on" + at + " (complaints/s)", singleRate,
					"≥ 1,000/s", singleRate >= 1000 && learnedLayerReady()));
			figures.add(Figure.withFloor("B2", "intake batches of 100, c=16" + at + " (complaints/s)", batchedRate,
					batchedFloorRate, "≥ 0.8× floor", batchedRate >= 0.8 * batchedFloorRate));
		}
		atStage.put("b2.single", singleRate);
		atStage.put("b2.batched", batchedRate);
		atStage.put("b2.floor.single", singleFloorRate);
		atStage.put("b2.floor.batched", batchedFloorRate);
		progress("B2%s: single %.0f/s (floor %.0f/s), batched %.0f/s (floor %.0f/s)", at, singleRate, singleFloorRate,
				batchedRate, batchedFloorRate);
	}

	// ---- B3 ------------------------------------------------------------------------

	/** Intake's steady rate while B3 measures cards. */
	static final int STEADY_PER_SECOND = 50;

	/** Every this many complaints of B3 is card-worthy; the rest are minor. */
	static final int CARDED_EVERY = 15;

	/**
	 * B3 names the cards slower than this, with their team: a tail has a cause to look
	 * for, such as another message just before in the same channel, which the channel's
	 * pace makes the card wait behind.
	 */
	static final Duration SLOW_CARD = Duration.ofMillis(150);

	/**
	 * A card-worthy complaint B3 sent: its case, when intake answered (in
	 * {@link System#nanoTime()}), and the team whose channel its card goes to.
	 */
	private record SentCard(long caseNumber, long answeredNanos, String team) {
	}

	/** Frontline's count of cards whose wait for the learned rating ran out. */
	private static final String CARDS_BEFORE_RATING = "frontline_cards_before_learned_rating_total";

	/**
	 * Complaints at a steady {@value #STEADY_PER_SECOND} a second, every
	 * {@value #CARDED_EVERY}th card-worthy, rotating over the five teams so that no
	 * channel is congested (each channel gets one every 1.5 s, above Slack's pace); each
	 * rated by the learned layer too when it is on. The figure is the time from a
	 * card-worthy complaint's {@code 202} to its card at the fake Slack.
	 */
	private void cardLatency(ChildProcess app, BenchSlack slack) throws Exception {
		int perRun = STEADY_PER_SECOND * 30;
		List<Double> p50s = new ArrayList<>();
		List<Double> p99s = new ArrayList<>();
		int lost = 0;
		int lowered = 0;
		int failed = 0;
		// A first run is not measured: it warms the path up (the JIT, the model's first
		// sentences, connections), as B1 warms up before it measures. Without it, the
		// first eleven cards of a run took 0.3 to 1.3 s.
		for (int r = -1; r < options.runs(); r++) {
			boolean warmingUp = r < 0;
			List<SentCard> sent = new ArrayList<>();
			slack.resetCounts();
			double beforeRatingAtStart = counter(app, CARDS_BEFORE_RATING);
			int first = ids.getAndAdd(perRun);
			long started = System.nanoTime();
			long spacing = 1_000_000_000L / STEADY_PER_SECOND;
			Load.Run run = Load.run(INTAKE_CONCURRENCY, Duration.ofMinutes(5), perRun, index -> {
				long wait = started + index * spacing - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(Duration.ofNanos(wait));
				}
				boolean carded = index % CARDED_EVERY == 0;
				String id = (carded ? "card-" : "steady-") + (first + index);
				Complaints.Carded kind = Complaints.CARDED.get((index / CARDED_EVERY) % Complaints.CARDED.size());
				String text = carded ? kind.text() : Complaints.MINOR.get(index % Complaints.MINOR.size());
				BlockingHttp.Answer answer = postComplaints(app,
						Complaints.json(id, Complaints.tagged(text, first + index)));
				long answered = System.nanoTime();
				if (answer.status() != 202) {
					return false;
				}
				if (carded) {
					Matcher number = CASE_NUMBER.matcher(answer.body());
					Matcher severity = SEVERITY.matcher(answer.body());
					if (!number.find() || !severity.find() || severity.group(1).equals("SEV4")) {
						throw new IllegalStateException("B3 complaint was not carded: " + answer.body());
					}
					synchronized (sent) {
						sent.add(new SentCard(Long.parseLong(number.group(1)), answered, kind.team()));
					}
				}
				return true;
			});
			if (warmingUp) {
				progress("B3 warm-up: %d complaints at %d/s in %.1f s", perRun, STEADY_PER_SECOND,
						run.elapsedNanos() / 1e9);
				awaitRated(app, "after B3's warm-up");
				continue;
			}
			failed += run.failures();
			long[] latencies = new long[sent.size()];
			List<String> slowest = new ArrayList<>();
			int n = 0;
			for (SentCard card : sent) {
				long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
				long arrived;
				while ((arrived = slack.cardArrivedNanos(card.caseNumber())) < 0 && System.nanoTime() < deadline) {
					Thread.sleep(5);
				}
				if (arrived < 0) {
					// The learned layer may have judged it minor before its card
					// went out: then no card is right, and it is not lost.
					Matcher severity = SEVERITY.matcher(get(app, "/api/v1/cases/" + card.caseNumber()));
					if (severity.find() && severity.group(1).equals("SEV4")) {
						lowered++;
					}
					else {
						lost++;
					}
					continue;
				}
				long latency = arrived - card.answeredNanos();
				latencies[n++] = Math.max(0, latency);
				if (latency > SLOW_CARD.toNanos()) {
					slowest.add(String.format(Locale.ROOT, "case %d (%s) %.0f ms", card.caseNumber(), card.team(),
							latency / 1e6));
				}
			}
			Load.Run cards = new Load.Run(Arrays.copyOf(latencies, n), 1, 0);
			p50s.add(cards.p50Millis());
			p99s.add(cards.p99Millis());
			// More messages than cards measured: minor complaints the learned layer rated
			// up, cards updated by a late rating; each channel takes one a second.
			progress(
					"B3 run %d: %d complaints at %d/s in %.1f s, %d cards: p50 %.1f ms, p99 %.1f ms;"
							+ " messages by channel %s",
					r + 1, perRun, STEADY_PER_SECOND, run.elapsedNanos() / 1e9, n, cards.p50Millis(), cards.p99Millis(),
					slack.messagesByChannel());
			int beforeRating = (int) (counter(app, CARDS_BEFORE_RATING) - beforeRatingAtStart);
			if (beforeRating > 0) {
				progress("B3 run %d: %d cards went out before their learned rating, which then updated them", r + 1,
						beforeRating);
			}
			if (!slowest.isEmpty()) {
				progress("B3 run %d: cards slower than %d ms: %s", r + 1, SLOW_CARD.toMillis(),
						String.join(", ", slowest));
			}
		}
		stored += perRun * (options.runs() + 1);
		if (lost > 0) {
			notes.add("B3: " + lost + " cards did not reach the fake Slack within 10 s and are left out");
		}
		if (lowered > 0) {
			notes.add("B3: " + lowered + " card-worthy complaints were rated SEV4 by the learned layer before their"
					+ " card went out, so had none; left out");
		}
		if (failed > 0) {
			notes.add("B3: " + failed + " intake requests failed");
		}
		double p99 = median(p99s);
		String at = " at a steady " + STEADY_PER_SECOND + " complaints/s";
		figures.add(Figure.of("B3", "intake → card on Slack p50" + at + " (ms)", median(p50s), "", null));
		figures.add(Figure.of("B3", "intake → card on Slack p99" + at + " (ms)", p99, "< 250",
				p99 < 250 && learnedLayerReady()));
		progress("B3: card p50 %.1f ms, p99 %.1f ms", median(p50s), p99);
	}

	/**
	 * Waits until the learned layer has rated every stored complaint, so each scenario
	 * starts without the previous one's backlog.
	 * @return seconds waited
	 */
	private double awaitRated(ChildProcess app, String when) throws Exception {
		long started = System.nanoTime();
		long first = awaitingRating(app);
		long awaiting = first > 0 ? awaitRatedQuietly(app) : 0;
		double seconds = (System.nanoTime() - started) / 1e9;
		if (first > 0) {
			notes.add(String.format(Locale.ROOT, "%s: waited %.1f s for the learned layer to rate %,d complaints%s",
					when, seconds, first, awaiting > 0 ? " (" + awaiting + " still waiting)" : ""));
			progress("%s: %,d complaints awaited the learned rating; %.1f s", when, first, seconds);
		}
		return seconds;
	}

	/**
	 * Waits until the learned layer has fitted (it fits once Frontline is ready): until
	 * then it rates nothing, and every scenario would measure the fit beside it.
	 */
	private void awaitFitted(ChildProcess app) throws Exception {
		long started = System.nanoTime();
		String layer;
		while ((layer = learnedLayer(app)).equals("fitting")
				&& System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
			Thread.sleep(100);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		learnedLayerOnceFitted = layer;
		notes.add(String.format(Locale.ROOT, "the learned layer was %s %.1f s after Frontline was ready%s", layer,
				seconds, learnedLayerReady() ? "" : ": the targets that need it on are MISSED"));
		progress("learned layer %s after %.1f s more", layer, seconds);
	}

	private boolean learnedLayerReady() {
		return learnedLayerOnceFitted.equals("ready");
	}

	private static final Pattern LEARNED_LAYER = Pattern.compile("\"learnedLayer\"\\s*:\\s*\"(\\w+)\"");

	private String learnedLayer(ChildProcess app) throws Exception {
		Matcher layer = LEARNED_LAYER.matcher(get(app, "/api/v1/cases/awaiting-rating"));
		if (!layer.find()) {
			throw new IllegalStateException("no learnedLayer in /api/v1/cases/awaiting-rating");
		}
		return layer.group(1);
	}

	/**
	 * Waits, at most 15 minutes, until the learned layer has rated every complaint
	 * waiting for it; without a note, for the runs B2 repeats.
	 * @return how many still wait
	 */
	private long awaitRatedQuietly(ChildProcess app) throws Exception {
		long started = System.nanoTime();
		long awaiting;
		while ((awaiting = awaitingRating(app)) > 0 && System.nanoTime() - started < Duration.ofMinutes(15).toNanos()) {
			Thread.sleep(200);
		}
		return awaiting;
	}

	private static final Pattern AWAITING = Pattern.compile("\"awaitingRating\"\\s*:\\s*(\\d+)");

	private long awaitingRating(ChildProcess app) throws Exception {
		Matcher count = AWAITING.matcher(get(app, "/api/v1/cases/awaiting-rating"));
		if (!count.find()) {
			throw new IllegalStateException("no awaitingRating in /api/v1/cases/awaiting-rating");
		}
		return Long.parseLong(count.group(1));
	}

	// ---- B4 ------------------------------------------------------------------------

	private static final Pattern INCIDENT = Pattern.compile("\"incident\"\\s*:\\s*(\\d+)");

	private static final Pattern COMPLAINTS_COUNT = Pattern.compile("\"complaints\"\\s*:\\s*(\\d+)");

	/**
	 * 10,000 complaints about one flight over 60 s, against a fake Slack that refuses a
	 * second message to a channel within 0.9 s.
	 */
	private void storm(ChildProcess app, BenchSlack slack) throws Exception {
		int complaints = 10_000;
		Duration over = Duration.ofSeconds(60);
		Thread.sleep(2_000);
		Duration interval = Duration.ofMillis(900);
		slack.perChannelInterval(interval);
		slack.resetCounts();
		long started = System.nanoTime();
		long spacing = over.toNanos() / complaints;
		int first = ids.getAndAdd(complaints);
		long[] lastCase = { 0 };
		Load.Run run = Load.run(INTAKE_CONCURRENCY, over.plusMinutes(5), complaints, index -> {
			long due = started + index * spacing;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(Duration.ofNanos(wait));
			}
			BlockingHttp.Answer answer = postComplaints(app, Complaints.json("storm-" + (first + index),
					Complaints.tagged(Complaints.STORM.get(index % Complaints.STORM.size()), first + index)));
			Matcher number = CASE_NUMBER.matcher(answer.body());
			if (answer.status() != 202 || !number.find()) {
				return false;
			}
			synchronized (lastCase) {
				lastCase[0] = Math.max(lastCase[0], Long.parseLong(number.group(1)));
			}
			return true;
		});
		double postedSeconds = (System.nanoTime() - started) / 1e9;
		stored += complaints;
		long awaiting = awaitingRating(app);
		while (awaiting > 0 && System.nanoTime() - started < Duration.ofMinutes(10).toNanos()) {
			Thread.sleep(200);
			awaiting = awaitingRating(app);
		}
		double ratedSeconds = (System.nanoTime() - started) / 1e9;
		String caseJson = get(app, "/api/v1/cases/" + lastCase[0]);
		Matcher incident = INCIDENT.matcher(caseJson);
		long counted = -1;
		String incidentNumber = "none";
		if (incident.find()) {
			incidentNumber = incident.group(1);
			Matcher count = COMPLAINTS_COUNT.matcher(get(app, "/api/v1/incidents/" + incidentNumber));
			counted = count.find() ? Long.parseLong(count.group(1)) : -1;
		}
		// Let the last card update go out: the card is refreshed at most every
		// update-every.
		long settled = started + Duration.ofSeconds((long) Math.ceil(postedSeconds) + 35).toNanos();
		Thread.sleep(Duration.ofNanos(Math.max(Duration.ofSeconds(5).toNanos(), settled - System.nanoTime())));
		double windowSeconds = (System.nanoTime() - started) / 1e9;
		Map<String, Integer> messages = slack.messagesByChannel();
		int busiest = messages.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		int allowed = (int) (windowSeconds / (interval.toMillis() / 1000.0)) + 1;
		slack.perChannelInterval(Duration.ZERO);
		figures.add(Figure.of("B4", String.format(Locale.ROOT, "storm: %,d complaints posted in %.1f s (failed %d)",
				complaints, postedSeconds, run.failures()), postedSeconds, "≤ 60 s", postedSeconds <= 61));
		figures.add(Figure.of("B4",
				String.format(Locale.ROOT, "storm: all %,d rated by the learned layer, s from the first%s", complaints,
						awaiting > 0 ? " (" + awaiting + " not yet)" : ""),
				ratedSeconds, "≤ 300 s", awaiting == 0 && ratedSeconds <= 300 && learnedLayerReady()));
		figures.add(Figure.of("B4", "storm: 429s from the fake Slack", slack.rateLimitedCount(), "0",
				slack.rateLimitedCount() == 0));
		figures.add(Figure.of("B4", String.format(Locale.ROOT,
				"storm: messages on the busiest channel in %.0f s (allowed %d)", windowSeconds, allowed), busiest,
				"≤ limit", busiest <= allowed));
		figures.add(Figure.of("B4", "storm: complaints counted on incident " + incidentNumber, counted,
				String.format(Locale.ROOT, "= %,d", complaints), counted == complaints));
		progress("B4: %d complaints in %.1f s, incident %s counts %d, 429s %d, messages by channel %s", complaints,
				postedSeconds, incidentNumber, counted, slack.rateLimitedCount(), messages);
	}

	private String get(ChildProcess app, String path) throws Exception {
		return http.get(app.port(), path).body();
	}

	/** A counter's value from Frontline's metrics, or 0 before anything counted it. */
	private double counter(ChildProcess app, String name) throws Exception {
		Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)$")
			.matcher(get(app, "/actuator/prometheus"));
		return value.find() ? Double.parseDouble(value.group(1)) : 0;
	}

	// ---- B6 ------------------------------------------------------------------------

	/**
	 * B6 compares each figure's distance from its floor at every stage with the smallest
	 * stage's: the stages run minutes apart, and on a shared machine the raw figures move
	 * with everyone else's load while the ratio to the floor measured beside them holds.
	 */
	private void growth(Map<Integer, Map<String, Double>> growth) {
		if (growth.size() < 2) {
			notes.add("B6 needs two stages; this run had " + growth.keySet() + " (drop --quick)");
			return;
		}
		int smallest = growth.keySet().iterator().next();
		Map<String, Double> base = growth.get(smallest);
		for (Map.Entry<Integer, Map<String, Double>> stage : growth.entrySet()) {
			if (stage.getKey() == smallest) {
				continue;
			}
			Map<String, Double> at = stage.getValue();
			String vs = count(stage.getKey()) + " (value) vs " + count(smallest) + " (floor)";
			for (int concurrency : CONCURRENCY) {
				double now = at.get("b1.p99.c" + concurrency) / at.get("b1.floorP99.c" + concurrency);
				double then = base.get("b1.p99.c" + concurrency) / base.get("b1.floorP99.c" + concurrency);
				figures.add(new Figure("B6", "/case p99 ÷ its floor, c=" + concurrency + ", " + vs, now, then,
						now / then, "≤ 1.2× (flat)", now / then <= 1.2));
			}
			for (String kind : List.of("single", "batched")) {
				double now = at.get("b2." + kind) / at.get("b2.floor." + kind);
				double then = base.get("b2." + kind) / base.get("b2.floor." + kind);
				figures.add(new Figure("B6", "intake " + kind + " ÷ its floor, " + vs, now, then, now / then,
						"≥ 0.83× (flat)", now / then >= 1 / 1.2));
			}
			String raw = "raw figures at " + count(smallest) + " → " + count(stage.getKey()) + ": /case p99 c=32 "
					+ number(base.get("b1.p99.c32")) + " → " + number(at.get("b1.p99.c32")) + " ms (floor "
					+ number(base.get("b1.floorP99.c32")) + " → " + number(at.get("b1.floorP99.c32"))
					+ " ms); intake single " + number(base.get("b2.single")) + " → " + number(at.get("b2.single"))
					+ "/s, batched " + number(base.get("b2.batched")) + " → " + number(at.get("b2.batched")) + "/s";
			notes.add("B6 " + raw);
		}
	}

	// ---- report --------------------------------------------------------------------

	/** The stage whose figures are B1 and B2: 100k cases if it ran, else the largest. */
	private int primaryStage() {
		return options.stages().contains(100_000) ? 100_000 : options.stages().getLast();
	}

	private void report(Map<String, String> machine) throws IOException {
		System.out.println();
		String header = String.format("| %-3s | %-62s | %10s | %10s | %6s | %-26s | %-6s |", "#",
				"figure (median of " + options.runs() + ")", "value", "floor", "ratio", "target", "");
		System.out.println(header);
		System.out.println(header.replaceAll("[^|]", "-"));
		for (Figure figure : figures) {
			System.out.println(row(figure));
		}
		for (String note : notes) {
			System.out.println("note: " + note);
		}
		String date = LocalDate.now(ZoneOffset.UTC).toString();
		Files.createDirectories(options.results());
		Path json = options.results().resolve(date + ".json");
		Files.writeString(json, json(machine, date));
		System.out.println("written to " + json);
	}

	private static String row(Figure figure) {
		return String.format(Locale.ROOT, "| %-3s | %-62s | %10s | %10s | %6s | %-26s | %-6s |", figure.id(),
				figure.what(), number(figure.value()), figure.floor() == null ? "" : number(figure.floor()),
				figure.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", figure.ratio()), figure.target(),
				figure.verdict());
	}

	private static String number(double value) {
		return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

	private String json(Map<String, String> machine, String date) {
		StringBuilder out = new StringBuilder("{\n  \"date\": \"" + date + "\",\n  \"runs\": " + options.runs()
				+ ",\n  \"stages\": " + options.stages() + ",\n  \"machine\": {");
		out.append(machine.entrySet()
			.stream()
			.map(e -> "\n    " + Complaints.quoted(e.getKey()) + ": " + Complaints.quoted(e.getValue()))
			.collect(Collectors.joining(",")));
		out.append("\n  },\n  \"figures\": [");
		out.append(figures.stream()
			.map(f -> String.format(Locale.ROOT,
					"\n    {\"id\": \"%s\", \"what\": %s, \"value\": %s, \"floor\": %s, \"ratio\": %s, \"target\": %s, \"met\": %s}",
					f.id(), Complaints.quoted(f.what()), jsonNumber(f.value()),
					f.floor() == null ? "null" : jsonNumber(f.floor()),
					f.ratio() == null ? "null" : jsonNumber(f.ratio()), Complaints.quoted(f.target()), f.met()))
			.collect(Collectors.joining(",")));
		out.append("\n  ],\n  \"notes\": [");
		out.append(notes.stream().map(n -> "\n    " + Complaints.quoted(n)).collect(Collectors.joining(",")));
		return out.append("\n  ]\n}\n").toString();
	}

	private static String jsonNumber(double value) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null";
	}

	private static Map<String, String> machine() {
		Map<String, String> machine = new LinkedHashMap<>();
		machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
		machine.put("jdk", System.getProperty("java.vendor") + " " + Runtime.version());
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		try {
			String memory = Files.readAllLines(Path.of("/proc/meminfo")).getFirst().replaceAll("\\s+", " ");
			machine.put("memory", memory);
		}
		catch (IOException ex) {
			machine.put("memory", "unknown");
		}
		return machine;
	}

	private static double median(List<Load.Run> runs, ToDoubleFunction<Load.Run> figure) {
		return median(runs.stream().map(figure::applyAsDouble).toList());
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static String count(int cases) {
		return cases >= 1_000_000 && cases % 1_000_000 == 0 ? cases / 1_000_000 + "M"
				: cases >= 1_000 && cases % 1_000 == 0 ? cases / 1_000 + "k" : String.valueOf(cases);
	}

	private static void progress(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[%tT] %s%n", System.currentTimeMillis(),
				String.format(Locale.ROOT, format, args));
	}

	private static void deleteTree(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
