package dev.frontline.delivery.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.delivery.ChannelAddress;

/** The outbound messages and the cards already posted, in the database. */
@Repository
class OutboxStore {

	private static final String COLUMNS = "id, platform, channel, card_key, kind, payload, attempts, not_before, state";

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A critical (SEV1 or overdue) card: first in its channel. */
	static final int CRITICAL_CARD = 0;

	/** Any other card: before notes, which follow their cards. */
	static final int CARD = 1;

	/** Thread notes and direct messages. */
	static final int NOTE = 2;

	void add(ChannelAddress channel, String cardKey, OutboundMessage.Kind kind, String payload, int priority) {
		OffsetDateTime now = utc(clock.instant());
		jdbc.sql(
				"""
						insert into outbound_message (platform, channel, card_key, kind, payload, state, attempts, not_before, created_at, priority)
						values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)""")
			.params(channel.platform(), channel.channel(), cardKey, kind.name(), payload, now, now, priority)
			.update();
	}

	/**
	 * What each channel must deliver next: a message whose attempt was cut short first,
	 * then its oldest critical card, then its oldest other card, then its oldest note. So
	 * a SEV1's card is never stuck behind other cards or a long line of notes; a note
	 * still follows its own card, which is posted before it.
	 */
	List<OutboundMessage> channelHeads() {
		return jdbc
			.sql("select " + COLUMNS + " from outbound_message where id in (select id from ("
					+ "select id, row_number() over (partition by platform, channel order by"
					+ " case when state = 'SENDING' then 0 else 1 end, priority, id) as place"
					+ " from outbound_message where state in ('PENDING', 'SENDING')) waiting where place = 1)"
					+ " order by id")
			.query(OutboxStore::message)
			.list();
	}

	/** The newest waiting version of a card in a channel. */
	OutboundMessage newestCardVersion(OutboundMessage head) {
		return jdbc
			.sql("select " + COLUMNS + " from outbound_message where platform = ? and channel = ? and card_key = ?"
					+ " and kind = 'CARD' and state in ('PENDING', 'SENDING') order by id desc fetch first 1 rows only")
			.params(head.channel().platform(), head.channel().channel(), head.cardKey())
			.query(OutboxStore::message)
			.optional()
			.orElse(head);
	}

	Optional<String> postedMessageRef(ChannelAddress channel, String cardKey) {
		return jdbc.sql("select message_ref from posted_card where platform = ? and channel = ? and card_key = ?")
			.params(channel.platform(), channel.channel(), cardKey)
			.query(String.class)
			.optional();
	}

	/** The card's message is gone: its next version is posted, not updated. */
	void forgetPostedCard(ChannelAddress channel, String cardKey) {
		jdbc.sql("delete from posted_card where platform = ? and channel = ? and card_key = ?")
			.params(channel.platform(), channel.channel(), cardKey)
			.update();
	}

	/** Records that an attempt starts, so a crash during it is known on restart. */
	void markSending(OutboundMessage message) {
		jdbc.sql("update outbound_message set state = 'SENDING', attempts = attempts + 1 where id = ?")
			.param(message.id())
			.update();
	}

	/**
	 * A card version arrived: it and every older waiting version of that card are done.
	 */
	@Transactional
	void cardDelivered(OutboundMessage newest, Optional<String> newlyPostedRef) {
		newlyPostedRef.ifPresent(ref -> jdbc
			.sql("insert into posted_card (platform, channel, card_key, message_ref) values (?, ?, ?, ?)")
			.params(newest.channel().platform(), newest.channel().channel(), newest.cardKey(), ref)
			.update());
		jdbc.sql("update outbound_message set state = 'SENT', finished_at = ? where platform = ? and channel = ?"
				+ " and card_key = ? and kind = 'CARD' and state in ('PENDING', 'SENDING') and id <= ?")
			.params(utc(clock.instant()), newest.channel().platform(), newest.channel().channel(), newest.cardKey(),
					newest.id())
			.update();
	}

	void messageDelivered(OutboundMessage message) {
		jdbc.sql("update outbound_message set state = 'SENT', finished_at = ? where id = ?")
			.params(utc(clock.instant()), message.id())
			.update();
	}

	void retryLater(OutboundMessage message, Instant notBefore, String error) {
		jdbc.sql("update outbound_message set state = 'PENDING', not_before = ?, last_error = ? where id = ?")
			.params(utc(notBefore), truncate(error), message.id())
			.update();
	}

	void giveUp(OutboundMessage message, String error) {
		jdbc.sql("update outbound_message set state = 'FAILED', finished_at = ?, last_error = ? where id = ?")
			.params(utc(clock.instant()), truncate(error), message.id())
			.update();
	}

	/**
	 * Forgets delivered and abandoned messages finished before a time; their effect is in
	 * the chat.
	 */
	int purgeFinishedBefore(Instant before) {
		return jdbc.sql("delete from outbound_message where state in ('SENT', 'FAILED') and finished_at < ?")
			.param(utc(before))
			.update();
	}

	/** When each channel last answered a delivery, through whichever instance. */
	Map<ChannelAddress, Instant> lastAnswers() {
		Map<ChannelAddress, Instant> answers = new HashMap<>();
		jdbc.sql("select platform, channel, last_answer_at from channel_pacing")
			.query((RowCallbackHandler) rs -> answers.put(
					new ChannelAddress(rs.getString("platform"), rs.getString("channel")),
					instant(rs, "last_answer_at")));
		return answers;
	}

	/**
	 * Records that a channel answered a delivery. Only the instance holding the delivery
	 * lock writes, so an update that finds no row may insert it.
	 */
	void answered(ChannelAddress channel, Instant at) {
		int updated = jdbc
			.sql("update channel_pacing set last_answer_at = ? where platform = ? and channel = ?"
					+ " and last_answer_at < ?")
			.params(utc(at), channel.platform(), channel.channel(), utc(at))
			.update();
		if (updated == 0) {
			jdbc.sql("insert into channel_pacing (platform, channel, last_answer_at) select ?, ?, ?"
					+ " where not exists (select 1 from channel_pacing where platform = ? and channel = ?)")
				.params(channel.platform(), channel.channel(), utc(at), channel.platform(), channel.channel())
				.update();
		}
	}

	long pendingCount() {
		Long count = jdbc.sql("select count(*) from outbound_message where state in ('PENDING', 'SENDING')")
			.query(Long.class)
			.single();
		return count == null ? 0 : count;
	}

	private static String truncate(String error) {
		return error.length() > 1000 ? error.substring(0, 1000) : error;
	}

	private static OutboundMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboundMessage(rs.getLong("id"),
				new ChannelAddress(rs.getString("platform"), rs.getString("channel")), rs.getString("card_key"),
				OutboundMessage.Kind.valueOf(rs.getString("kind")), rs.getString("payload"), rs.getInt("attempts"),
				instant(rs, "not_before"), "SENDING".equals(rs.getString("state")));
	}

}
