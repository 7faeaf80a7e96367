package dev.frontline.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;

import dev.frontline.intake.IntakeSettings;
import dev.frontline.intake.WebhookSignature;
import dev.frontline.triage.Triage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays the example airline's demo feed into the running bot through its own intake
 * endpoint, the way an integration would post, paced over about a minute. The demo's data
 * directory starts empty ({@link DemoDataDirectory}), so the feed's own ids are posted as
 * written; when the last run's data is kept, a feed replayed into it completely is not
 * replayed again, and one cut short is completed (intake answers the complaints it
 * already holds as duplicates).
 */
class DemoReplay {

	private static final Logger log = LoggerFactory.getLogger(DemoReplay.class);

	static final String FEED = "demo/larkspur-air-demo.jsonl";

	private final DemoSettings settings;

	private final JsonMapper json;

	private final @Nullable WebhookSignature signature;

	private final Clock clock;

	private final Triage triage;

	private final Path replayedMarker;

	private final CountDownLatch finished = new CountDownLatch(1);

	DemoReplay(DemoSettings settings, JsonMapper json, IntakeSettings intake, Clock clock, Triage triage,
			Path dataDirectory) {
		this.settings = settings;
		this.triage = triage;
		this.json = json;
		this.clock = clock;
		this.replayedMarker = dataDirectory.resolve(DemoDataDirectory.REPLAYED);
		this.signature = intake.webhookSecret() == null ? null
				: new WebhookSignature(intake.webhookSecret(), intake.signatureTolerance(), clock);
	}

	/** Whether the feed was already replayed completely into the kept data. */
	boolean alreadyReplayed() {
		return settings.keepData() && Files.isRegularFile(replayedMarker);
	}

	@EventListener
	void onServerReady(WebServerInitializedEvent event) {
		if (alreadyReplayed()) {
			log.info("Demo feed already replayed into the kept data; not replaying it");
			finished.countDown();
			return;
		}
		int port = event.getWebServer().getPort();
		Thread replay = new Thread(() -> replay(port), "frontline-demo");
		replay.setDaemon(true);
		replay.start();
	}

	/** Waits until the whole feed was posted. */
	void awaitFinished() throws InterruptedException {
		finished.await();
	}

	private void replay(int port) {
		try {
			HttpClient http = HttpClient.newHttpClient();
			URI intake = URI.create("http://127.0.0.1:" + port + "/api/v1/complaints");
			// Triage learns beside the start; the demo's cards show its verdicts from the
			// first one, as they would once Frontline has been running a while.
			triage.ready().exceptionally(failure -> null).join();
			double elapsed = 0;
			for (JsonNode line : lines()) {
				double at = line.path("atSecond").asDouble(elapsed);
				long waitMillis = Math.round((at - elapsed) * 1000 / settings.speed());
				if (waitMillis > 0) {
					Thread.sleep(waitMillis);
				}
				elapsed = Math.max(elapsed, at);
				post(http, intake, (ObjectNode) line.get("complaint"));
			}
			Files.writeString(replayedMarker, clock.instant() + "\n", StandardCharsets.UTF_8);
			log.info("Demo feed replayed");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException ex) {
			log.error("The demo feed could not be replayed", ex);
		}
		finally {
			finished.countDown();
		}
	}

	private List<JsonNode> lines() throws IOException {
		List<JsonNode> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(FEED).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					lines.add(json.readTree(line));
				}
			}
		}
		return lines;
	}

	private void post(HttpClient http, URI intake, ObjectNode complaint) throws IOException, InterruptedException {
		byte[] body = json.writeValueAsBytes(complaint);
		HttpRequest.Builder request = HttpRequest.newBuilder(intake)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			long now = clock.instant().getEpochSecond();
			request.header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now))
				.header(WebhookSignature.SIGNATURE_HEADER, signature.sign(now, body));
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 202) {
			log.warn("Demo complaint {} was refused: {} {}", complaint.get("externalId").asString(),
					response.statusCode(), response.body());
		}
	}

}
