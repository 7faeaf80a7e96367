package dev.frontline.replies.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.CaseActions;
import dev.frontline.intake.WebhookSignature;
import dev.frontline.replies.ReplySettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Publishes approved replies through the outbound connector: a JSON POST signed as intake
 * requests are, retried with back-off until the connector answers 2xx. The request is
 * made outside any transaction; a crash between its answer and the record of it sends it
 * again with the same {@code Idempotency-Key}, so the connector can take it once. The key
 * names the draft and the version approved: a reply edited and approved again while the
 * old text was on its way is a new publication, sent with its own key.
 */
@Component
class ReplyPublisher {

	private static final Logger log = LoggerFactory.getLogger(ReplyPublisher.class);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final int BATCH = 20;

	private final PublicationStore publications;

	private final DraftStore drafts;

	private final CaseActions caseActions;

	private final ReplySettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	ReplyPublisher(PublicationStore publications, DraftStore drafts, CaseActions caseActions, ReplySettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.publications = publications;
		this.drafts = drafts;
		this.caseActions = caseActions;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Every second, on one instance at a time. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	@SchedulerLock(name = "frontline-replies")
	void publishDueLogged() {
		try {
			publishDue();
		}
		catch (RuntimeException ex) {
			// The replies are safe in the database; the next poll tries again.
			log.warn("Publishing replies failed", ex);
		}
	}

	/**
	 * Sends every reply that is due.
	 * @return how many the connector took
	 */
	int publishDue() {
		ReplySettings.Connector connector = settings.connector();
		if (!settings.publishes() || connector == null || connector.uri() == null || connector.secret() == null) {
			return 0;
		}
		WebhookSignature signature = new WebhookSignature(connector.secret(), Duration.ofMinutes(5), clock);
		int published = 0;
		for (PublicationStore.Publication publication : publications.due(clock.instant(), BATCH)) {
			published += publish(publication, connector, signature) ? 1 : 0;
		}
		return published;
	}

	private boolean publish(PublicationStore.Publication publication, ReplySettings.Connector connector,
			WebhookSignature signature) {
		byte[] body = publication.payload().getBytes(StandardCharsets.UTF_8);
		long timestamp = clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(connector.uri())
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
			.header(WebhookSignature.SIGNATURE_HEADER, signature.sign(timestamp, body))
			.header("Idempotency-Key", publication.idempotencyKey())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 == 2) {
				transactions.executeWithoutResult(status -> {
					Instant now = clock.instant();
					if (!publications.sent(publication, now)) {
						// Withdrawn by an edit while on its way: the connector has this
						// version, and a version approved since goes under its own key.
						log.info(
								"The connector took reply {} version {}, no longer waiting: withdrawn by an edit on its way",
								publication.draftId(), publication.draftVersion());
					}
					else {
						drafts.published(publication.draftId(), now);
						caseActions.replyPublished(publication.caseNumber(), null,
								"through the connector (draft " + publication.draftId() + ")");
					}
				});
				return true;
			}
			retryLater(publication, "HTTP " + response.statusCode(),
					response.headers().firstValue("Retry-After").flatMap(ReplyPublisher::seconds).orElse(null));
		}
		catch (IOException ex) {
			retryLater(publication, ex.toString(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private void retryLater(PublicationStore.Publication publication, String error, @Nullable Duration retryAfter) {
		Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(publication.attempts(), 20));
		Duration wait = retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
		Duration capped = wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
		log.info("The connector did not take reply {} ({}); retrying in {}", publication.draftId(), error, capped);
		publications.failed(publication, error, clock.instant().plus(capped));
	}

	private static Optional<Duration> seconds(String header) {
		try {
			return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
