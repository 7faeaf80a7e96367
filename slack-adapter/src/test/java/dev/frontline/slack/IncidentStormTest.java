package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.Cases;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.Incidents;
import dev.frontline.slack.FakeSlack.Call;
import tools.jackson.databind.json.JsonMapper;

/**
 * A storm: 2,000 complaints about one flight, posted over HTTP as fast as intake takes
 * them, against a fake Slack that refuses a second message to a channel within a second.
 * The team sees one incident card updated now and then, Slack never answers 429, and the
 * incident counts every complaint.
 * <p>
 * The learned layer is off: this is about incident cards and Slack's pace. With it on, a
 * build once waited past the minute for the last card update while the layer fitted on
 * four thousand labelled complaints and rated the storm on the build's two busy cores
 * (the likely cause; the log said nothing more). The bench's storm (B4) keeps it on.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "frontline.incidents.update-every=3s",
		"frontline.slack.pace-per-channel=250ms", "frontline.triage.model.enabled=false" })
class IncidentStormTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final int COMPLAINTS = 2_000;

	static final Duration UPDATE_EVERY = Duration.ofSeconds(3);

	static final List<String> TEXTS = List.of("LK412 delayed again, we've been at the gate for three hours.",
			"Stuck on the tarmac on flight LK 412 for two hours now, no updates at all.",
			"@LarkspurAir lk412 cancelled and the rebooking line won't pick up. Missing my connection.",
			"Why is nobody at gate B12 telling LK412 passengers what is going on? Delayed with no info.",
			"LK412: third delay announcement in an hour. I'll miss my meeting in Boston.");

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	Incidents incidents;

	@Autowired
	DeliveryQueue delivery;

	@AfterAll
	static void stopSlack() {
		SLACK.close();
	}

	@Test
	void twoThousandComplaintsAboutOneFlightAreOneIncidentCardUpdatedAtABoundedRateWithinSlackLimits()
			throws Exception {
		// Slack allows about one message a second to a channel; the pace and the limit
		// are
		// both a quarter of that here, so the storm takes seconds, not minutes.
		SLACK.enforcePerChannelInterval(Duration.ofMillis(225));
		long started = System.nanoTime();
		Instant postedFrom = Instant.now();

		List<Long> caseNumbers = postStorm(postedFrom);

		long postedInMillis = (System.nanoTime() - started) / 1_000_000;
		Long incident = cases.get(caseNumbers.getLast()).incident();
		assertThat(incident).isNotNull();
		assertThat(caseNumbers.stream().map(number -> cases.get(number).incident()).distinct())
			.containsExactly(incident);
		IncidentView view = incidents.get(incident);
		assertThat(view.counts().complaints()).isEqualTo(COMPLAINTS);
		assertThat(view.counts().customers()).isEqualTo(COMPLAINTS);

		String title = "INCIDENT " + incident + " · flight LK412";
		// How long a busy machine is given, not a speed this test measures (the bench
		// does): alone here it is done in seconds, but beside a test that fits the
		// learned layer on every labelled complaint it once took more than a minute.
		Call finalCard = await().atMost(Duration.ofMinutes(3))
			.until(() -> SLACK.calls("chat.update")
				.stream()
				.filter(call -> call.param("blocks").contains(title))
				.filter(call -> call.param("blocks").contains("Complaints: 2,000 from 2,000 customers"))
				.findFirst()
				.orElse(null), call -> call != null);
		await().atMost(Duration.ofMinutes(1)).until(() -> delivery.pendingCount() == 0);
		long tookMillis = (System.nanoTime() - started) / 1_000_000;

		List<Call> posts = SLACK.calls("chat.postMessage");
		List<Call> incidentCards = posts.stream()
			.filter(call -> call.param("thread_ts").isEmpty() && call.param("blocks").contains(title))
			.toList();
		assertThat(incidentCards).as("one incident card").hasSize(1);
		String incidentTs = finalCard.param("ts");
		List<Call> incidentUpdates = SLACK.calls("chat.update")
			.stream()
			.filter(call -> call.param("ts").equals(incidentTs))
			.toList();
		// At most one update per update-every while complaints arrive, and the last one.
		assertThat(incidentUpdates).hasSizeLessThanOrEqualTo((int) (tookMillis / UPDATE_EVERY.toMillis()) + 2);
		List<Call> caseCards = posts.stream()
			.filter(call -> call.param("thread_ts").isEmpty() && call.param("blocks").contains("· Case "))
			.toList();
		assertThat(caseCards)
			.as("cards posted before the fifth complaint formed the incident: %s",
					caseCards.stream().map(call -> call.param("text")).toList())
			.hasSizeLessThanOrEqualTo(4);
		assertThat(SLACK.rateLimitedCount()).as("429s from Slack").isZero();
		long channelMessages = posts.size() + SLACK.calls("chat.update").size();
		System.out.printf(
				"storm: %d complaints posted in %d ms; incident %d: 1 card, %d updates, %d case cards before it;"
						+ " %d messages to Slack in %d ms; 429s: %d%n",
				COMPLAINTS, postedInMillis, incident, incidentUpdates.size(), caseCards.size(), channelMessages,
				tookMillis, SLACK.rateLimitedCount());
	}

	private List<Long> postStorm(Instant postedFrom) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Long>> posts = new ArrayList<>();
			for (int i = 0; i < COMPLAINTS; i++) {
				// Posted over two minutes, as a storm builds.
				Instant postedAt = postedFrom.plusMillis(i * 60L);
				String body = JSON.writeValueAsString(Map.of("source", "x", "externalId", "storm-" + i, "text",
						TEXTS.get(i % TEXTS.size()), "postedAt", postedAt.toString(), "author",
						Map.of("handle", "@traveller" + i, "followers", 50 + i % 400), "url",
						"https://social.example/x/storm-" + i));
				posts.add(() -> post(http, body));
			}
			List<Long> numbers = new ArrayList<>();
			for (Future<Long> number : pool.invokeAll(posts)) {
				numbers.add(number.get());
			}
			return numbers;
		}
		finally {
			pool.shutdown();
		}
	}

	private long post(HttpClient http, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JSON.readTree(response.body()).get("caseNumber").asLong();
	}

}
