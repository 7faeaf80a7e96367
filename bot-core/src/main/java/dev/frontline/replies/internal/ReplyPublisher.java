package dev.frontline.replies.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.CaseActions;
import dev.frontline.scheduling.FinishingOnStop;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Publishes approved replies through the outbound connector: a JSON POST signed as intake
 * requests are, retried with back-off until the connector answers 2xx. The request is
 * made outside any transaction; a crash between its answer and the record of it sends it
 * again with the same {@code Idempotency-Key}, so the connector can take it once. The key
 * names the draft and the version approved: a reply edited and approved again while the
 * old text was on its way is a new publication, sent with its own key. Stopping, it
 * finishes the reply on its way and sends no other.
 */
@Component
class ReplyPublisher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReplyPublisher.class);

	private static final int BATCH = 20;

	/** Stopping, the reply on its way finishes and no other goes. */
	private final FinishingOnStop finishing = new FinishingOnStop("A reply", Duration.ofSeconds(10));

	private final PublicationStore publications;

	private final DraftStore drafts;

	private final CaseActions caseActions;

	private final OutboundConnector connector;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReplyPublisher(PublicationStore publications, DraftStore drafts, CaseActions caseActions,
			OutboundConnector connector, TransactionTemplate transactions, Clock clock) {
		this.publications = publications;
		this.drafts = drafts;
		this.caseActions = caseActions;
		this.connector = connector;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Every second, on one instance at a time. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	@SchedulerLock(name = "frontline-replies")
	void publishDueLogged() {
		if (finishing.stopping()) {
			return;
		}
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
		if (!connector.configured()) {
			return 0;
		}
		return finishing.finishing(() -> {
			int published = 0;
			for (PublicationStore.Publication publication : publications.due(clock.instant(), BATCH)) {
				if (finishing.stopping()) {
					break;
				}
				published += publish(publication) ? 1 : 0;
			}
			return published;
		});
	}

	@Override
	public void start() {
		finishing.start();
	}

	/**
	 * Sends no other reply and waits for the one on its way, so that a reply the
	 * connector took is recorded before the database pool closes.
	 */
	@Override
	public void stop() {
		finishing.stop();
	}

	@Override
	public boolean isRunning() {
		return finishing.isRunning();
	}

	private boolean publish(PublicationStore.Publication publication) {
		try {
			OutboundConnector.Answer answer = connector.post(publication.idempotencyKey(), publication.payload());
			if (answer.taken()) {
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
			retryLater(publication, String.valueOf(answer.error()), answer.retryAfter());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private void retryLater(PublicationStore.Publication publication, String error, @Nullable Duration retryAfter) {
		Duration wait = OutboundConnector.backoff(publication.attempts(), retryAfter);
		log.info("The connector did not take reply {} ({}); retrying in {}", publication.draftId(), error, wait);
		publications.failed(publication, error, clock.instant().plus(wait));
	}

}
