package dev.frontline.incidents.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.nullableInstant;
import static dev.frontline.storage.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.frontline.cases.CaseView;
import dev.frontline.incidents.NoticeDraft;
import dev.frontline.incidents.NoticePurpose;
import dev.frontline.incidents.NoticeStatus;

/**
 * An incident's notices and the outbox of their deliveries, one row per customer and
 * notice, in the database.
 */
@Repository
public class NoticeStore {

	private static final String NOTICE_COLUMNS = "incident_number, version, purpose, text, later_complainants, status,"
			+ " findings, drafted_by_id, drafted_by_name, drafted_at, approved_by_name, approved_at";

	private static final String DELIVERY_COLUMNS = "id, incident_number, version, case_number, source, recipient, text,"
			+ " state, attempts, not_before";

	private final JdbcClient jdbc;

	NoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One customer's copy of one notice, as the outbox keeps it. */
	public record Delivery(long id, long incident, int version, long caseNumber, String source, String recipient,
			String text, DeliveryState state, int attempts, Instant notBefore) {

		/**
		 * What the connector sees as {@code Idempotency-Key}: the incident, the
		 * customer's case and the notice, so a copy sent again after a crash is taken
		 * once.
		 */
		public String idempotencyKey() {
			return "frontline-notice-" + incident + "-" + caseNumber + "-" + version;
		}

	}

	/** Where one customer's copy stands. */
	public enum DeliveryState {

		/** Waiting for the connector. */
		PENDING,
		/** Waiting for a person to send it, as no connector is configured. */
		BY_HAND,
		/** Sent, by the connector or by hand. */
		SENT

	}

	public int nextVersion(long incident) {
		Integer max = jdbc.sql("select max(version) from incident_notice where incident_number = ?")
			.param(incident)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return max == null ? 1 : max + 1;
	}

	public void insertNotice(long incident, int version, NoticePurpose purpose, String text, boolean later,
			NoticeStatus status, String findings, String draftedById, String draftedByName, Instant at) {
		jdbc.sql("insert into incident_notice (" + NOTICE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(incident, version, purpose.name(), text, later, status.name(), findings, draftedById, draftedByName,
					utc(at), status == NoticeStatus.APPROVED ? draftedByName : null,
					status == NoticeStatus.APPROVED ? utc(at) : null)
			.update();
	}

	public Optional<NoticeDraft> find(long incident, int version) {
		return jdbc.sql("select " + NOTICE_COLUMNS + " from incident_notice where incident_number = ? and version = ?")
			.params(incident, version)
			.query(NoticeStore::notice)
			.optional();
	}

	public Optional<NoticeDraft> findForUpdate(long incident, int version) {
		return jdbc
			.sql("select " + NOTICE_COLUMNS
					+ " from incident_notice where incident_number = ? and version = ? for update")
			.params(incident, version)
			.query(NoticeStore::notice)
			.optional();
	}

	/** The incident's notices, the first first. */
	public List<NoticeDraft> ofIncident(long incident) {
		return jdbc.sql("select " + NOTICE_COLUMNS + " from incident_notice where incident_number = ? order by version")
			.param(incident)
			.query(NoticeStore::notice)
			.list();
	}

	/**
	 * The approved first notice that later complainants get while the incident is open.
	 */
	public Optional<NoticeDraft> forLaterComplainants(long incident) {
		return jdbc
			.sql("select " + NOTICE_COLUMNS + " from incident_notice where incident_number = ? and purpose = 'NOTICE'"
					+ " and status = 'APPROVED' and later_complainants = true order by version desc"
					+ " fetch first 1 rows only")
			.param(incident)
			.query(NoticeStore::notice)
			.optional();
	}

	/**
	 * Marks a notice approved.
	 * @return false when it was no longer waiting
	 */
	public boolean approve(long incident, int version, String by, Instant at) {
		return jdbc
			.sql("update incident_notice set status = 'APPROVED', approved_by_name = ?, approved_at = ?"
					+ " where incident_number = ? and version = ? and status = 'PENDING'")
			.params(by, utc(at), incident, version)
			.update() == 1;
	}

	/** Sets aside the incident's notices still waiting for approval. */
	public int setAsidePending(long incident) {
		return jdbc
			.sql("update incident_notice set status = 'SET_ASIDE' where incident_number = ? and status = 'PENDING'")
			.param(incident)
			.update();
	}

	/**
	 * Queues one customer's copy, unless they already have one of that notice.
	 * @return whether it was queued
	 */
	public boolean enqueue(long incident, int version, long caseNumber, String source, String recipient, String text,
			DeliveryState state, Instant at) {
		Integer already = jdbc
			.sql("select count(*) from notice_delivery where incident_number = ? and version = ?"
					+ " and (case_number = ? or (source = ? and recipient = ?))")
			.params(incident, version, caseNumber, source, recipient)
			.query(Integer.class)
			.single();
		if (already != null && already > 0) {
			return false;
		}
		jdbc.sql("""
				insert into notice_delivery (incident_number, version, case_number, source, recipient, text, state,
				not_before, queued_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(incident, version, caseNumber, source, recipient, text, state.name(), utc(at), utc(at))
			.update();
		return true;
	}

	/**
	 * Everyone a notice of the incident was queued for or sent to, once each, with their
	 * earliest case.
	 */
	public List<Recipient> notifiedCustomers(long incident) {
		return jdbc.sql("""
				select source, recipient, min(case_number) as case_number from notice_delivery
				where incident_number = ? group by source, recipient order by min(case_number)""")
			.param(incident)
			.query((rs, i) -> new Recipient(rs.getLong("case_number"), rs.getString("source"),
					rs.getString("recipient")))
			.list();
	}

	/**
	 * A customer a notice goes to.
	 *
	 * @param caseNumber their earliest case in the incident
	 * @param source where they complained
	 * @param recipient their handle there, or their case when they have none
	 */
	public record Recipient(long caseNumber, String source, String recipient) {
	}

	/** Copies waiting for the connector now, oldest first. */
	public List<Delivery> due(Instant now, int limit) {
		return jdbc
			.sql("select " + DELIVERY_COLUMNS + " from notice_delivery where state = 'PENDING' and not_before <= ?"
					+ " order by id fetch first " + limit + " rows only")
			.param(utc(now))
			.query(NoticeStore::delivery)
			.list();
	}

	/** Copies waiting for a person, oldest first. */
	public List<Delivery> byHand(long incident, int limit) {
		return jdbc
			.sql("select " + DELIVERY_COLUMNS + " from notice_delivery where incident_number = ? and state = 'BY_HAND'"
					+ " order by id fetch first " + limit + " rows only")
			.param(incident)
			.query(NoticeStore::delivery)
			.list();
	}

	/**
	 * Locks a copy waiting for a person.
	 */
	public Optional<Delivery> byHandForUpdate(long incident, long caseNumber) {
		return jdbc
			.sql("select " + DELIVERY_COLUMNS + " from notice_delivery where incident_number = ? and case_number = ?"
					+ " and state = 'BY_HAND' order by id fetch first 1 rows only for update")
			.params(incident, caseNumber)
			.query(NoticeStore::delivery)
			.optional();
	}

	/**
	 * Marks a copy sent.
	 * @return false when it was sent already, so it is recorded once
	 */
	public boolean sent(long id, DeliveryState from, Instant at, String by) {
		return jdbc
			.sql("update notice_delivery set state = 'SENT', sent_at = ?, sent_by = ?, attempts = attempts + ?"
					+ " where id = ? and state = ?")
			.params(utc(at), by, from == DeliveryState.PENDING ? 1 : 0, id, from.name())
			.update() == 1;
	}

	public void failed(long id, String error, Instant retryAt) {
		jdbc.sql("""
				update notice_delivery set attempts = attempts + 1, last_error = ?, not_before = ?
				where id = ? and state = 'PENDING'""")
			.params(error.length() <= 1000 ? error : error.substring(0, 999) + "…", utc(retryAt), id)
			.update();
	}

	/** The latest copy sent to the customer of this case. */
	public Optional<CaseView.Notified> latestSentTo(long caseNumber) {
		return jdbc.sql("""
				select incident_number, version, sent_at, text from notice_delivery
				where case_number = ? and state = 'SENT' order by sent_at desc, id desc fetch first 1 rows only""")
			.param(caseNumber)
			.query((rs, i) -> new CaseView.Notified(rs.getLong("incident_number"), rs.getInt("version"),
					instant(rs, "sent_at"), rs.getString("text")))
			.optional();
	}

	/**
	 * How the incident's notices went: copies per state, the first and last sent, and
	 * customers by when they were first told against when they first complained.
	 */
	public Progress progress(long incident) {
		return jdbc.sql("""
				select
				  coalesce(sum(case when state = 'SENT' then 1 else 0 end), 0) as sent,
				  coalesce(sum(case when state = 'PENDING' then 1 else 0 end), 0) as queued,
				  coalesce(sum(case when state = 'BY_HAND' then 1 else 0 end), 0) as by_hand,
				  min(sent_at) as first_sent, max(sent_at) as last_sent
				from notice_delivery where incident_number = ?""").param(incident).query((rs, i) -> {
			long[] beforeAfter = beforeAndAfter(incident);
			return new Progress(rs.getLong("sent"), rs.getLong("queued"), rs.getLong("by_hand"),
					nullableInstant(rs, "first_sent"), nullableInstant(rs, "last_sent"), beforeAfter[0], beforeAfter[1],
					beforeAfter[2]);
		}).single();
	}

	/**
	 * Counted per customer: notified before their first complaint about the incident,
	 * after it, and how many wrote again after they were told.
	 */
	private long[] beforeAndAfter(long incident) {
		return jdbc
			.sql("""
					select
					  coalesce(sum(case when first_complaint > first_sent then 1 else 0 end), 0) as before_complaining,
					  coalesce(sum(case when first_complaint <= first_sent then 1 else 0 end), 0) as after_complaining,
					  coalesce(sum(case when last_complaint > first_sent then 1 else 0 end), 0) as wrote_again
					from (
					  select d.source, d.recipient, min(d.sent_at) as first_sent,
					    (select min(m.received_at) from incident_mention m where m.incident_number = d.incident_number
					       and m.source = d.source and coalesce(m.author_handle, 'case ' || cast(m.case_number as varchar(20)))
					         = d.recipient) as first_complaint,
					    (select max(m.received_at) from incident_mention m where m.incident_number = d.incident_number
					       and m.source = d.source and coalesce(m.author_handle, 'case ' || cast(m.case_number as varchar(20)))
					         = d.recipient) as last_complaint
					  from notice_delivery d where d.incident_number = ? and d.state = 'SENT'
					  group by d.incident_number, d.source, d.recipient
					) told""")
			.param(incident)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
	}

	/**
	 * How an incident's notices went.
	 *
	 * @param sent copies sent
	 * @param queued copies waiting for the connector
	 * @param byHand copies waiting for a person
	 * @param firstSent when the first went out, or null
	 * @param lastSent when the latest went out, or null
	 * @param beforeComplaining customers told before they first complained
	 * @param afterComplaining customers told after they first complained
	 * @param wroteAgain customers who complained again after they were told
	 */
	public record Progress(long sent, long queued, long byHand, @Nullable Instant firstSent, @Nullable Instant lastSent,
			long beforeComplaining, long afterComplaining, long wroteAgain) {
	}

	/**
	 * When the incident's clock for notices starts: its first signal, else its first
	 * complaint.
	 */
	public Optional<Instant> measuredFrom(long incident) {
		Optional<Instant> signal = jdbc
			.sql("select min(received_at) as earliest from incident_signal where incident_number = ?")
			.param(incident)
			.query((rs, i) -> nullableInstant(rs, "earliest"))
			.optional()
			.flatMap(Optional::ofNullable);
		if (signal.isPresent()) {
			return signal;
		}
		return jdbc.sql("select min(received_at) as earliest from incident_mention where incident_number = ?")
			.param(incident)
			.query((rs, i) -> nullableInstant(rs, "earliest"))
			.optional()
			.flatMap(Optional::ofNullable);
	}

	private static NoticeDraft notice(ResultSet rs, int i) throws SQLException {
		return new NoticeDraft(rs.getLong("incident_number"), rs.getInt("version"),
				NoticePurpose.valueOf(rs.getString("purpose")), rs.getString("text"),
				rs.getBoolean("later_complainants"), NoticeStatus.valueOf(rs.getString("status")),
				rs.getString("findings"), rs.getString("drafted_by_id"), rs.getString("drafted_by_name"),
				instant(rs, "drafted_at"), rs.getString("approved_by_name"), nullableInstant(rs, "approved_at"));
	}

	private static Delivery delivery(ResultSet rs, int i) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getLong("incident_number"), rs.getInt("version"),
				rs.getLong("case_number"), rs.getString("source"), rs.getString("recipient"), rs.getString("text"),
				DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "not_before"));
	}

}
