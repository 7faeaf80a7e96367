package dev.frontline.delivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Keeps the record of handled inbound events from growing for ever: an event is kept two
 * days, long after the last retry a platform makes (Slack's come within the hour).
 */
@Component
class InboundEventRetention {

	private static final Logger log = LoggerFactory.getLogger(InboundEventRetention.class);

	static final Duration RETENTION = Duration.ofDays(2);

	private final JdbcInboundEvents events;

	private final Clock clock;

	InboundEventRetention(JdbcInboundEvents events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/** Every hour, on one instance at a time. */
	@Scheduled(initialDelay = 1, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
	@SchedulerLock(name = "frontline-inbound-event-purge")
	void purgeLogged() {
		try {
			int purged = purge();
			if (purged > 0) {
				log.info("Forgot {} handled chat events older than {}", purged, RETENTION);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Purging handled chat events failed; trying again in an hour", ex);
		}
	}

	int purge() {
		return events.purgeReceivedBefore(clock.instant().minus(RETENTION));
	}

}
