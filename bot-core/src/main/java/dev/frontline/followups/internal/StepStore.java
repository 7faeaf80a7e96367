package dev.frontline.followups.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.frontline.followups.FollowUpStep;
import dev.frontline.followups.StepStatus;

/** Follow-up plans and their steps in the database. */
@Repository
public class StepStore {

	/**
	 * A step's place in its case is counted from the steps added before it; steps are
	 * never deleted, so the place never changes.
	 */
	private static final String COLUMNS = "id, case_number, title, owner_id, owner_name, due_at, status, closed_note,"
			+ " closed_by, (select count(*) from followup_step p where p.case_number = followup_step.case_number"
			+ " and p.id <= followup_step.id) as position";

	private final JdbcClient jdbc;

	StepStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean hasPlan(long caseNumber) {
		return jdbc.sql("select count(*) from followup_plan where case_number = ?")
			.param(caseNumber)
			.query(Integer.class)
			.single() > 0;
	}

	public void insertPlan(long caseNumber, String createdBy, Instant at) {
		jdbc.sql("insert into followup_plan (case_number, created_by, created_at) values (?, ?, ?)")
			.params(caseNumber, createdBy, utc(at))
			.update();
	}

	public long insertStep(long caseNumber, String title, String ownerId, String ownerName, Instant dueAt,
			Instant remindAt, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into followup_step (case_number, title, owner_id, owner_name, due_at, status, remind_at,
				created_at) values (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(caseNumber, title, ownerId, ownerName, utc(dueAt), utc(remindAt), utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public Optional<FollowUpStep> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from followup_step where id = ?")
			.param(id)
			.query(this::step)
			.optional();
	}

	/** Reads a step and locks it, so two changes to it at once queue up. */
	public Optional<FollowUpStep> findForUpdate(long id) {
		// The lock is taken on the row alone, apart from the count that gives its place.
		List<Long> locked = jdbc.sql("select id from followup_step where id = ? for update")
			.param(id)
			.query(Long.class)
			.list();
		return locked.isEmpty() ? Optional.empty() : find(id);
	}

	public List<FollowUpStep> ofCase(long caseNumber) {
		return jdbc.sql("select " + COLUMNS + " from followup_step where case_number = ? order by due_at, id")
			.param(caseNumber)
			.query(this::step)
			.list();
	}

	/** The step at that place in the case, 1 for the first one added. */
	public Optional<FollowUpStep> atPosition(long caseNumber, int position) {
		return jdbc
			.sql("select " + COLUMNS + " from followup_step where case_number = ? order by id offset ? rows"
					+ " fetch next 1 rows only")
			.params(caseNumber, position - 1)
			.query(this::step)
			.optional();
	}

	public List<FollowUpStep> openOwnedBy(String ownerId, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from followup_step where owner_id = ? and status = 'OPEN' order by due_at, id"
					+ " fetch first " + limit + " rows only")
			.param(ownerId)
			.query(this::step)
			.list();
	}

	public List<FollowUpStep> overdue(Instant now, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from followup_step where status = 'OPEN' and due_at <= ? order by due_at, id"
					+ " fetch first " + limit + " rows only")
			.param(utc(now))
			.query(this::step)
			.list();
	}

	/** A new due time or owner: the reminder and the overdue note start over. */
	public void changed(long id, String title, String ownerId, String ownerName, Instant dueAt, Instant remindAt) {
		jdbc.sql("""
				update followup_step set title = ?, owner_id = ?, owner_name = ?, due_at = ?, remind_at = ?,
				reminded_at = null, overdue_noted_at = null where id = ?""")
			.params(title, ownerId, ownerName, utc(dueAt), utc(remindAt), id)
			.update();
	}

	public void closed(long id, StepStatus status, @Nullable String note, String by, Instant at) {
		jdbc.sql("update followup_step set status = ?, closed_note = ?, closed_by = ?, closed_at = ? where id = ?")
			.params(status.name(), note, by, utc(at), id)
			.update();
	}

	/** Open steps whose reminder is due and not yet sent. */
	public List<FollowUpStep> remindersDue(Instant now, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from followup_step where status = 'OPEN' and reminded_at is null"
					+ " and remind_at <= ? order by remind_at, id fetch first " + limit + " rows only")
			.param(utc(now))
			.query(this::step)
			.list();
	}

	/** Open steps past due whose overdue note is not yet sent. */
	public List<FollowUpStep> overdueUnnoted(Instant now, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from followup_step where status = 'OPEN' and overdue_noted_at is null"
					+ " and due_at <= ? order by due_at, id fetch first " + limit + " rows only")
			.param(utc(now))
			.query(this::step)
			.list();
	}

	/**
	 * Claims the step's reminder for this transaction.
	 * @return false when it was sent already or the step closed meanwhile
	 */
	public boolean markReminded(long id, Instant at) {
		return jdbc
			.sql("update followup_step set reminded_at = ? where id = ? and reminded_at is null and status = 'OPEN'")
			.params(utc(at), id)
			.update() == 1;
	}

	/**
	 * Claims the step's overdue note for this transaction.
	 * @return false when it was sent already or the step closed meanwhile
	 */
	public boolean markOverdueNoted(long id, Instant at) {
		return jdbc
			.sql("update followup_step set overdue_noted_at = ? where id = ? and overdue_noted_at is null"
					+ " and status = 'OPEN'")
			.params(utc(at), id)
			.update() == 1;
	}

	private FollowUpStep step(ResultSet rs, int row) throws SQLException {
		return new FollowUpStep(rs.getLong("id"), rs.getLong("case_number"), rs.getInt("position"),
				rs.getString("title"), rs.getString("owner_id"), rs.getString("owner_name"), instant(rs, "due_at"),
				StepStatus.valueOf(rs.getString("status")), rs.getString("closed_note"), rs.getString("closed_by"));
	}

}
