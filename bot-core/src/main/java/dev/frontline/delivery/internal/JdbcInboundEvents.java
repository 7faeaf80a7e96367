package dev.frontline.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.frontline.delivery.InboundEvents;

/**
 * The handled inbound events in the database; the primary key turns a repeat away
 * atomically.
 */
@Repository
class JdbcInboundEvents implements InboundEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcInboundEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean firstTime(String platform, String eventId) {
		try {
			jdbc.sql("insert into inbound_event (platform, event_id, received_at) values (?, ?, ?)")
				.params(platform, eventId, clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException repeat) {
			return false;
		}
	}

	/**
	 * Forgets events received before a time: long past any platform's retries, they only
	 * take room.
	 */
	int purgeReceivedBefore(Instant before) {
		return jdbc.sql("delete from inbound_event where received_at < ?")
			.param(before.atOffset(ZoneOffset.UTC))
			.update();
	}

}
