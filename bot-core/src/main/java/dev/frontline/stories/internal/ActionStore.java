package dev.frontline.stories.internal;

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

import dev.frontline.followups.StepStatus;
import dev.frontline.stories.ImprovementAction;

/** Improvement actions in the database. */
@Repository
public class ActionStore {

	private static final String COLUMNS = "id, story_id, team, title, owner_id, owner_name, due_at, status,"
			+ " closed_note, closed_by";

	private final JdbcClient jdbc;

	ActionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long storyId, String team, String title, String ownerId, String ownerName, Instant dueAt,
			Instant remindAt, String createdBy, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into improvement_action (story_id, team, title, owner_id, owner_name, due_at, status, remind_at,
				created_by, created_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
			.params(storyId, team, title, ownerId, ownerName, utc(dueAt), utc(remindAt), createdBy, utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public Optional<ImprovementAction> find(long id) {
		return query("id = ?", id).stream().findFirst();
	}

	/** Reads an action and locks it, so two changes to it at once queue up. */
	public Optional<ImprovementAction> findForUpdate(long id) {
		return jdbc.sql("select " + COLUMNS + " from improvement_action where id = ? for update")
			.param(id)
			.query(this::action)
			.optional();
	}

	public List<ImprovementAction> openOfTeam(String team, int limit) {
		return query("team = ? and status = 'OPEN' order by due_at, id fetch first " + limit + " rows only", team);
	}

	public List<ImprovementAction> openOwnedBy(String ownerId, int limit) {
		return query("owner_id = ? and status = 'OPEN' order by due_at, id fetch first " + limit + " rows only",
				ownerId);
	}

	public void closed(long id, StepStatus status, @Nullable String note, String by, Instant at) {
		jdbc.sql("update improvement_action set status = ?, closed_note = ?, closed_by = ?, closed_at = ? where id = ?")
			.params(status.name(), note, by, utc(at), id)
			.update();
	}

	/** Open actions whose reminder is due and not yet sent. */
	public List<ImprovementAction> remindersDue(Instant now, int limit) {
		return query("status = 'OPEN' and reminded_at is null and remind_at <= ? order by remind_at, id fetch first "
				+ limit + " rows only", utc(now));
	}

	/** Open actions past due whose overdue note is not yet sent. */
	public List<ImprovementAction> overdueUnnoted(Instant now, int limit) {
		return query("status = 'OPEN' and overdue_noted_at is null and due_at <= ? order by due_at, id fetch first "
				+ limit + " rows only", utc(now));
	}

	/**
	 * Claims the action's reminder, or with {@code overdue} its overdue note, for this
	 * transaction.
	 * @return false when it was sent already or the action closed meanwhile
	 */
	public boolean claim(long id, boolean overdue, Instant at) {
		String column = overdue ? "overdue_noted_at" : "reminded_at";
		return jdbc
			.sql("update improvement_action set " + column + " = ? where id = ? and " + column
					+ " is null and status = 'OPEN'")
			.params(utc(at), id)
			.update() == 1;
	}

	private List<ImprovementAction> query(String where, Object parameter) {
		return jdbc.sql("select " + COLUMNS + " from improvement_action where " + where)
			.param(parameter)
			.query(this::action)
			.list();
	}

	private ImprovementAction action(ResultSet rs, int row) throws SQLException {
		return new ImprovementAction(rs.getLong("id"), rs.getLong("story_id"), rs.getString("team"),
				rs.getString("title"), rs.getString("owner_id"), rs.getString("owner_name"), instant(rs, "due_at"),
				StepStatus.valueOf(rs.getString("status")), rs.getString("closed_note"), rs.getString("closed_by"));
	}

}
