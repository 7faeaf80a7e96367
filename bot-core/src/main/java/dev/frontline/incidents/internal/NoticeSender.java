package dev.frontline.incidents.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.Cases;
import dev.frontline.cases.ComplaintView;
import dev.frontline.cases.IncidentMembers;
import dev.frontline.incidents.IncidentSettings;
import dev.frontline.incidents.NoticeChannel;
import dev.frontline.scheduling.FinishingOnStop;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends queued notices through the connector, each customer's copy once: a copy is marked
 * sent only after the connector took it, in the transaction that tells its case; a crash
 * between the two sends it again under the same {@code Idempotency-Key}, which names the
 * incident, the case and the notice, so the connector takes it once. Each source gets at
 * most its pace of copies a second; one the connector refuses waits, with back-off, while
 * the others go on. Stopping, it finishes the copy on its way and sends no other.
 */
@Component
public class NoticeSender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

	/** How many copies one poll reads, across sources. */
	private static final int READ = 1_000;

	/** Stopping, the copy on its way finishes and no other goes. */
	private final FinishingOnStop finishing = new FinishingOnStop("A notice", Duration.ofSeconds(10));

	private final NoticeStore notices;

	private final NoticeChannel channel;

	private final IncidentMembers members;

	private final IncidentStore incidents;

	private final Cases cases;

	private final IncidentSettings settings;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	NoticeSender(NoticeStore notices, NoticeChannel channel, IncidentMembers members, IncidentStore incidents,
			Cases cases, IncidentSettings settings, TransactionTemplate transactions, JsonMapper json, Clock clock) {
		this.notices = notices;
		this.channel = channel;
		this.members = members;
		this.incidents = incidents;
		this.cases = cases;
		this.settings = settings;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/** Every second, on one instance at a time: the pace is per second. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	@SchedulerLock(name = "frontline-notices")
	void sendDueLogged() {
		if (finishing.stopping()) {
			return;
		}
		try {
			sendDue(Integer.MAX_VALUE);
		}
		catch (RuntimeException ex) {
			// The copies are safe in the database; the next poll tries again.
			log.warn("Sending notices failed", ex);
		}
	}

	/**
	 * Sends the copies that are due, at most the pace per source and at most
	 * {@code limit} in all.
	 * @return how many the connector took
	 */
	public int sendDue(int limit) {
		if (!channel.connected()) {
			return 0;
		}
		return finishing.finishing(() -> sendDueHolding(limit));
	}

	private int sendDueHolding(int limit) {
		int pace = settings.notices().perSourcePerSecond();
		Map<String, Integer> perSource = new HashMap<>();
		int taken = 0;
		int tried = 0;
		for (NoticeStore.Delivery delivery : notices.due(clock.instant(), READ)) {
			if (tried >= limit || finishing.stopping()) {
				break;
			}
			int sentToSource = perSource.merge(delivery.source(), 1, Integer::sum);
			if (sentToSource > pace) {
				continue;
			}
			tried++;
			try {
				taken += send(delivery) ? 1 : 0;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return taken;
			}
		}
		return taken;
	}

	@Override
	public void start() {
		finishing.start();
	}

	/**
	 * Sends no other copy and waits for the one on its way, so that a copy the connector
	 * took is recorded before the database pool closes.
	 */
	@Override
	public void stop() {
		finishing.stop();
	}

	@Override
	public boolean isRunning() {
		return finishing.isRunning();
	}

	private boolean send(NoticeStore.Delivery delivery) throws InterruptedException {
		NoticeChannel.Answer answer = channel.post(delivery.idempotencyKey(), payload(delivery));
		if (!answer.taken()) {
			var wait = channel.retryIn(delivery.attempts(), answer.retryAfter());
			log.info("The connector did not take notice {} of incident {} for case {} ({}); retrying in {}",
					delivery.version(), delivery.incident(), delivery.caseNumber(), answer.error(), wait);
			notices.failed(delivery.id(), String.valueOf(answer.error()), clock.instant().plus(wait));
			return false;
		}
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			if (notices.sent(delivery.id(), NoticeStore.DeliveryState.PENDING, now, "connector")) {
				members.notified(delivery.caseNumber(), delivery.incident(), delivery.version(),
						"through the connector");
				incidents.markStale(delivery.incident());
			}
		});
		return true;
	}

	/**
	 * What the connector receives, the same each time a copy is sent: the reply's shape,
	 * with {@code kind: notice}.
	 */
	private String payload(NoticeStore.Delivery delivery) {
		ComplaintView answered = cases.get(delivery.caseNumber()).firstComplaint();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "notice");
		body.put("incidentNumber", delivery.incident());
		body.put("notice", delivery.version());
		body.put("caseNumber", delivery.caseNumber());
		body.put("source", answered.source());
		body.put("inReplyTo", answered.externalId());
		body.put("text", delivery.text());
		return json.writeValueAsString(body);
	}

}
