package dev.frontline.replies.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approved replies waiting for the outbound connector. */
@Repository
public class PublicationStore {

	/**
	 * One reply waiting: its draft and the version approved, case, body and how often it
	 * was tried.
	 */
	record Publication(long draftId, int draftVersion, long caseNumber, String payload, int attempts,
			Instant notBefore) {

		/**
		 * What the connector sees as {@code Idempotency-Key}: the draft and the version
		 * approved, so a text approved again after an edit is never taken for the old
		 * one.
		 */
		String idempotencyKey() {
			return "frontline-reply-" + draftId + "-v" + draftVersion;
		}

	}

	private final JdbcClient jdbc;

	PublicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues a reply for publishing, in the transaction that approved it. */
	public void enqueue(long draftId, int draftVersion, long caseNumber, String payload, Instant at) {
		jdbc.sql("""
				insert into reply_publication (draft_id, draft_version, case_number, payload, state, not_before)
				values (?, ?, ?, ?, 'PENDING', ?)""")
			.params(draftId, draftVersion, caseNumber, payload, utc(at))
			.update();
	}

	/** Whether the connector still has the draft to publish. */
	public boolean isQueued(long draftId) {
		return jdbc.sql("select count(*) from reply_publication where draft_id = ? and state = 'PENDING'")
			.param(draftId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Takes a reply off the queue, as when its approval was withdrawn before it went out.
	 */
	public void withdraw(long draftId) {
		jdbc.sql("delete from reply_publication where draft_id = ? and state = 'PENDING'").param(draftId).update();
	}

	List<Publication> due(Instant now, int limit) {
		return jdbc
			.sql("select draft_id, draft_version, case_number, payload, attempts, not_before from reply_publication"
					+ " where state = 'PENDING' and not_before <= ? order by not_before fetch first " + limit
					+ " rows only")
			.param(utc(now))
			.query((rs, i) -> new Publication(rs.getLong("draft_id"), rs.getInt("draft_version"),
					rs.getLong("case_number"), rs.getString("payload"), rs.getInt("attempts"),
					instant(rs, "not_before")))
			.list();
	}

	/**
	 * Marks a reply sent: that version of it, never one approved again since.
	 * @return false when it was not waiting any more
	 */
	boolean sent(Publication publication, Instant at) {
		return jdbc
			.sql("update reply_publication set state = 'SENT', sent_at = ?, attempts = attempts + 1"
					+ " where draft_id = ? and draft_version = ? and state = 'PENDING'")
			.params(utc(at), publication.draftId(), publication.draftVersion())
			.update() == 1;
	}

	void failed(Publication publication, String error, Instant retryAt) {
		jdbc.sql("""
				update reply_publication set attempts = attempts + 1, last_error = ?, not_before = ?
				where draft_id = ? and draft_version = ? and state = 'PENDING'""")
			.params(error.length() <= 1000 ? error : error.substring(0, 999) + "…", utc(retryAt), publication.draftId(),
					publication.draftVersion())
			.update();
	}

}
