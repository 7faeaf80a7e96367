package dev.frontline.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.intake.WebhookSignature;
import dev.frontline.replies.DraftStatus;
import dev.frontline.replies.ReplyDraft;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An approved reply reaches the outbound connector as one signed POST, and after an
 * outage still once. Time is moved for the back-off, never slept.
 */
@SpringBootTest
class ReplyPublishingTest {

	static final Connector CONNECTOR = new Connector();

	static final String SECRET = "connector-secret";

	static final String GOOD = "Hi Mara, we're so sorry your bag hasn't arrived. Please send us a private message with"
			+ " your bag tag and we'll trace it today.";

	@DynamicPropertySource
	static void connector(DynamicPropertyRegistry properties) {
		properties.add("frontline.replies.connector.url", CONNECTOR::url);
		properties.add("frontline.replies.connector.secret", () -> SECRET);
	}

	@Autowired
	ReplyDrafts drafts;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	Cases cases;

	@Autowired
	MutableClock clock;

	@AfterAll
	static void stop() {
		CONNECTOR.server.stop(0);
	}

	@Test
	void anApprovedReplyIsOneSignedPostAnsweringTheComplaint() {
		long number = openCase("pub-1");
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, "never sent: a note for reviewers");

		drafts.approve(draft.id(), People.SUPERVISOR, true);

		Received received = await().atMost(Duration.ofSeconds(10))
			.until(() -> CONNECTOR.taken("frontline-reply-" + draft.id()), found -> !found.isEmpty())
			.getFirst();
		assertThat(new WebhookSignature(SECRET, Duration.ofMinutes(5), clock).problemWith(received.timestamp(),
				received.signature(), received.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.isNull();
		JsonNode body = JsonMapper.builder().build().readTree(received.body());
		assertThat(body.get("inReplyTo").asString()).isEqualTo("pub-1");
		assertThat(body.get("text").asString()).isEqualTo(GOOD);
		assertThat(received.body()).doesNotContain("never sent");
		await().atMost(Duration.ofSeconds(10)).until(() -> cases.get(number).status() == CaseStatus.REPLIED);
		assertThat(drafts.ofCase(number).getFirst().status()).isEqualTo(DraftStatus.PUBLISHED);
		assertThat(cases.get(number).history()).extracting(HistoryEntry::action).containsOnlyOnce("REPLIED");
	}

	@Test
	void afterAConnectorOutageTheReplyStillArrivesOnce() {
		long number = openCase("pub-2");
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, null);
		String key = "frontline-reply-" + draft.id();
		CONNECTOR.failNext(2);

		drafts.approve(draft.id(), People.SUPERVISOR, true);

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			clock.advance(Duration.ofSeconds(2));
			return !CONNECTOR.taken(key).isEmpty();
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> cases.get(number).status() == CaseStatus.REPLIED);
		for (int i = 0; i < 3; i++) {
			clock.advance(Duration.ofMinutes(10));
		}
		await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(4)).until(() -> true);
		assertThat(CONNECTOR.attempts(key)).isEqualTo(3);
		assertThat(CONNECTOR.taken(key)).hasSize(1);
	}

	private long openCase(String id) {
		return intake.submit(List
			.of(new IncomingComplaint("x", id, "My bag didn't come off the belt and the baggage desk can't find it.",
					URI.create("https://social.example/x/" + id), clock.instant(),
					new IncomingComplaint.Author("@" + id, "Mara Tell", 860), IncomingComplaint.Engagement.NONE, null,
					IncomingComplaint.Customer.UNKNOWN, "en")))
			.getFirst()
			.caseNumber();
	}

	/** One request the connector answered. */
	record Received(String key, String timestamp, String signature, String body, int status) {
	}

	/** The social tool's endpoint on loopback: it records requests and can be down. */
	static final class Connector {

		final HttpServer server;

		final List<Received> received = new ArrayList<>();

		final AtomicInteger failures = new AtomicInteger();

		Connector() {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			server.createContext("/replies", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8);
				int status = failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 202;
				synchronized (received) {
					received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
							exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
							exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body, status));
				}
				exchange.sendResponseHeaders(status, -1);
				exchange.close();
			});
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/replies";
		}

		void failNext(int count) {
			failures.set(count);
		}

		List<Received> taken(String key) {
			synchronized (received) {
				return received.stream().filter(r -> key.equals(r.key()) && r.status() / 100 == 2).toList();
			}
		}

		long attempts(String key) {
			synchronized (received) {
				return received.stream().filter(r -> key.equals(r.key())).count();
			}
		}

	}

}
