package dev.frontline.replies.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.nullableInstant;
import static dev.frontline.storage.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.frontline.cases.CaseView;
import dev.frontline.replies.CheckFinding;
import dev.frontline.replies.DraftStatus;
import dev.frontline.replies.ReplyDraft;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Draft replies, and who is drafting, in the database. */
@Repository
public class DraftStore {

	/** A draft form opened longer ago than this no longer counts as someone drafting. */
	public static final Duration DRAFTING_FOR = Duration.ofMinutes(30);

	private static final TypeReference<List<CheckFinding>> FINDINGS = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, case_number, author_id, author_name, edited_by_id, text, reviewer_note,"
			+ " status, findings, review_comment, reviewed_by_name, created_at, approved_at, version";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DraftStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public long insert(long caseNumber, String authorId, String authorName, String text, @Nullable String note,
			List<CheckFinding> findings, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into reply_draft (case_number, author_id, author_name, text, reviewer_note, status, findings,
				created_at, updated_at) values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
			.params(caseNumber, authorId, authorName, text, note, json.writeValueAsString(findings), utc(at), utc(at))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		wrote(id, authorId);
		return id;
	}

	/** Records a writer of the draft, once however often they write. */
	public void wrote(long draftId, String writerId) {
		// Every write of a draft holds its row lock, so the check and the insert see the
		// same.
		if (jdbc.sql("select count(*) from reply_draft_writer where draft_id = ? and writer_id = ?")
			.params(draftId, writerId)
			.query(Integer.class)
			.single() == 0) {
			jdbc.sql("insert into reply_draft_writer (draft_id, writer_id) values (?, ?)")
				.params(draftId, writerId)
				.update();
		}
	}

	/** Everyone who wrote or edited any version of the draft, by identity. */
	public Set<String> writersOf(long draftId) {
		return new TreeSet<>(jdbc.sql("select writer_id from reply_draft_writer where draft_id = ?")
			.param(draftId)
			.query(String.class)
			.list());
	}

	public Optional<ReplyDraft> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from reply_draft where id = ?").param(id).query(this::draft).optional();
	}

	/** Reads a draft and locks it, so two decisions on it at once queue up. */
	public Optional<ReplyDraft> findForUpdate(long id) {
		return jdbc.sql("select " + COLUMNS + " from reply_draft where id = ? for update")
			.param(id)
			.query(this::draft)
			.optional();
	}

	public List<ReplyDraft> ofCase(long caseNumber) {
		return jdbc.sql("select " + COLUMNS + " from reply_draft where case_number = ? order by id")
			.param(caseNumber)
			.query(this::draft)
			.list();
	}

	/** Replaces the text after an edit: back to pending, with fresh checks. */
	public void edited(ReplyDraft draft, String editorId, String text, @Nullable String note,
			List<CheckFinding> findings, Instant at) {
		requireOne(jdbc.sql("""
				update reply_draft set text = ?, reviewer_note = ?, edited_by_id = ?, findings = ?, status = 'PENDING',
				approved_at = null, updated_at = ?, version = version + 1 where id = ? and version = ?""")
			.params(text, note, editorId, json.writeValueAsString(findings), utc(at), draft.id(), draft.version())
			.update(), draft);
		wrote(draft.id(), editorId);
	}

	/** Records a review decision. */
	public void decided(ReplyDraft draft, DraftStatus status, String reviewerId, String reviewerName,
			@Nullable String comment, Instant at) {
		requireOne(jdbc.sql("""
				update reply_draft set status = ?, reviewed_by_id = ?, reviewed_by_name = ?, review_comment = ?,
				approved_at = ?, updated_at = ?, version = version + 1 where id = ? and version = ?""")
			.params(status.name(), reviewerId, reviewerName, comment, status == DraftStatus.APPROVED ? utc(at) : null,
					utc(at), draft.id(), draft.version())
			.update(), draft);
	}

	/** Marks an approved draft published. */
	public void published(long draftId, Instant at) {
		jdbc.sql("update reply_draft set status = 'PUBLISHED', updated_at = ?, version = version + 1 where id = ?"
				+ " and status = 'APPROVED'")
			.params(utc(at), draftId)
			.update();
	}

	/** Sets aside the case's other drafts still in review. */
	public int rejectOthers(long caseNumber, long approvedId, Instant at) {
		return jdbc.sql("""
				update reply_draft set status = 'REJECTED', updated_at = ?, version = version + 1
				where case_number = ? and id <> ? and status in ('PENDING', 'CHANGES_REQUESTED')""")
			.params(utc(at), caseNumber, approvedId)
			.update();
	}

	public void startDrafting(long caseNumber, String userId, String userName, Instant at) {
		stopDrafting(caseNumber, userId);
		jdbc.sql("insert into reply_drafting (case_number, user_id, user_name, started_at) values (?, ?, ?, ?)")
			.params(caseNumber, userId, userName, utc(at))
			.update();
	}

	public void stopDrafting(long caseNumber, String userId) {
		jdbc.sql("delete from reply_drafting where case_number = ? and user_id = ?")
			.params(caseNumber, userId)
			.update();
	}

	/** Nobody drafts on the case any more: its reply is approved. */
	public void stopAllDrafting(long caseNumber) {
		jdbc.sql("delete from reply_drafting where case_number = ?").param(caseNumber).update();
	}

	/** The names of the others drafting on the case since then, oldest first. */
	public List<String> othersDrafting(long caseNumber, String userId, Instant since) {
		return jdbc
			.sql("select user_name from reply_drafting where case_number = ? and user_id <> ? and started_at >= ?"
					+ " order by started_at")
			.params(caseNumber, userId, utc(since))
			.query(String.class)
			.list();
	}

	/** Everyone drafting on the case since then, oldest first. */
	public List<CaseView.Drafter> drafting(long caseNumber, Instant since) {
		return jdbc
			.sql("select user_name, started_at from reply_drafting where case_number = ? and started_at >= ?"
					+ " order by started_at")
			.params(caseNumber, utc(since))
			.query((rs, i) -> new CaseView.Drafter(rs.getString("user_name"), instant(rs, "started_at")))
			.list();
	}

	/** Drafts waiting for review, oldest first. */
	public List<ReplyDraft> pending(int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from reply_draft where status = 'PENDING' order by id fetch first " + limit
					+ " rows only")
			.query(this::draft)
			.list();
	}

	/** How many other drafts of the draft's case are still in review. */
	public int othersInReview(long caseNumber, long draftId) {
		return jdbc
			.sql("select count(*) from reply_draft where case_number = ? and id <> ?"
					+ " and status in ('PENDING', 'CHANGES_REQUESTED')")
			.params(caseNumber, draftId)
			.query(Integer.class)
			.single();
	}

	private static void requireOne(int updated, ReplyDraft draft) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("draft " + draft.id() + " changed meanwhile");
		}
	}

	private ReplyDraft draft(ResultSet rs, int row) throws SQLException {
		return new ReplyDraft(rs.getLong("id"), rs.getLong("case_number"), rs.getString("author_id"),
				rs.getString("author_name"), rs.getString("edited_by_id"), rs.getString("text"),
				rs.getString("reviewer_note"), DraftStatus.valueOf(rs.getString("status")),
				json.readValue(rs.getString("findings"), FINDINGS), rs.getString("review_comment"),
				rs.getString("reviewed_by_name"), instant(rs, "created_at"), nullableInstant(rs, "approved_at"),
				rs.getInt("version"));
	}

}
