package dev.frontline.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.delivery.InboundEvents;
import dev.frontline.testing.MutableClock;

/** Handled chat events are forgotten once no platform would retry them any more. */
@SpringBootTest
class InboundEventRetentionTest {

	@Autowired
	InboundEvents events;

	@Autowired
	InboundEventRetention retention;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eventsOlderThanTheRetentionArePurgedAndNewerOnesKept() {
		jdbc.sql("insert into inbound_event (platform, event_id, received_at) values ('slack', 'Ev-old', ?)")
			.param(clock.instant()
				.minus(InboundEventRetention.RETENTION)
				.minus(Duration.ofHours(1))
				.atOffset(ZoneOffset.UTC))
			.update();
		assertThat(events.firstTime("slack", "Ev-new")).isTrue();

		retention.purge();

		assertThat(events.firstTime("slack", "Ev-new")).as("still known, so a retry is still refused").isFalse();
		assertThat(events.firstTime("slack", "Ev-old")).as("forgotten").isTrue();
	}

}
