package dev.frontline.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.intake.WebhookSignature;
import dev.frontline.replies.DraftStatus;
import dev.frontline.replies.DraftRef;
import dev.frontline.replies.ReplyDraft;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.testing.FakeConnector;
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

	static final FakeConnector CONNECTOR = new FakeConnector();

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

	@Autowired
	PublicationStore publications;

	@Autowired
	TransactionTemplate transactions;

	@AfterAll
	static void stop() {
		CONNECTOR.close();
	}

	@Test
	void anApprovedReplyIsOneSignedPostAnsweringTheComplaint() {
		long number = openCase("pub-1");
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, "never sent: a note for reviewers");

		drafts.approve(new DraftRef(draft.id(), draft.version()), People.SUPERVISOR, true);

		FakeConnector.Received received = await().atMost(Duration.ofSeconds(10))
			.until(() -> CONNECTOR.taken("frontline-reply-" + draft.id() + "-v" + draft.version()),
					found -> !found.isEmpty())
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
		String key = "frontline-reply-" + draft.id() + "-v" + draft.version();
		CONNECTOR.failNext(2);

		drafts.approve(new DraftRef(draft.id(), draft.version()), People.SUPERVISOR, true);

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

	@Test
	void aReplyApprovedAgainWhileTheOldTextWasOnItsWayIsPublishedUnderItsOwnKey() {
		long number = openCase("pub-race");
		ReplyDraft first = drafts.submit(number, People.STAFF, GOOD, null);
		CONNECTOR.failNext(1);
		drafts.approve(new DraftRef(first.id(), first.version()), People.SUPERVISOR, true);
		// The publisher has read the first text and is posting it...
		PublicationStore.Publication onItsWay = publications.due(clock.instant().plus(Duration.ofHours(1)), 20)
			.stream()
			.filter(publication -> publication.draftId() == first.id())
			.findFirst()
			.orElseThrow();
		// ...while the draft is edited and approved again.
		String better = GOOD + " Thanks for your patience.";
		ReplyDraft edited = drafts.edit(first.id(), People.STAFF, better, null);
		drafts.approve(new DraftRef(edited.id(), edited.version()), People.SUPERVISOR, true);

		boolean oldAnswerRecorded = transactions.execute(status -> publications.sent(onItsWay, clock.instant()));

		assertThat(oldAnswerRecorded).as("the old text's answer marks nothing sent").isFalse();
		assertThat(publications.isQueued(first.id())).as("the new text still waits").isTrue();
		String newKey = "frontline-reply-" + first.id() + "-v" + edited.version();
		assertThat(newKey).isNotEqualTo(onItsWay.idempotencyKey());
		FakeConnector.Received received = await().atMost(Duration.ofSeconds(20)).until(() -> {
			clock.advance(Duration.ofSeconds(2));
			return CONNECTOR.taken(newKey);
		}, found -> !found.isEmpty()).getFirst();
		assertThat(JsonMapper.builder().build().readTree(received.body()).get("text").asString()).isEqualTo(better);
		await().atMost(Duration.ofSeconds(10)).until(() -> cases.get(number).status() == CaseStatus.REPLIED);
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

}
