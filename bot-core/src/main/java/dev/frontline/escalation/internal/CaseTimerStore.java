package dev.frontline.escalation.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timers in the database; a timer is marked fired in the same transaction as its
 * effect.
 */
@Repository
class CaseTimerStore {

	private final JdbcClient jdbc;

	CaseTimerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets a timer unless that case already has one of that kind and step. */
	void schedule(long caseNumber, CaseTimer.Kind kind, int step, Instant dueAt) {
		Long existing = jdbc.sql("select count(*) from case_timer where case_number = ? and kind = ? and step = ?")
			.params(caseNumber, kind.name(), step)
			.query(Long.class)
			.single();
		if (existing == null || existing == 0) {
			jdbc.sql("insert into case_timer (case_number, kind, step, due_at, cancelled) values (?, ?, ?, ?, false)")
				.params(caseNumber, kind.name(), step, utc(dueAt))
				.update();
		}
	}

	/** Moves a clock that has not fired yet, or sets it. */
	void reschedule(long caseNumber, CaseTimer.Kind kind, int step, Instant dueAt) {
		int moved = jdbc
			.sql("update case_timer set due_at = ? where case_number = ? and kind = ? and step = ?"
					+ " and fired_at is null and cancelled = false")
			.params(utc(dueAt), caseNumber, kind.name(), step)
			.update();
		if (moved == 0) {
			schedule(caseNumber, kind, step, dueAt);
		}
	}

	/** Stops the SLA warning and breach clocks of a case that have not fired. */
	void cancelSlaClocks(long caseNumber) {
		jdbc.sql("update case_timer set cancelled = true where case_number = ? and kind in (?, ?)"
				+ " and fired_at is null")
			.params(caseNumber, CaseTimer.Kind.SLA_WARNING.name(), CaseTimer.Kind.SLA_BREACH.name())
			.update();
	}

	/**
	 * Replaces a case's escalation chain with another, its steps due at the given times:
	 * each step is set again, even one that fired under the old chain, and steps beyond
	 * the new chain that have not fired stop.
	 */
	void replaceChain(long caseNumber, List<Instant> dues) {
		String kind = CaseTimer.Kind.ESCALATION_STEP.name();
		jdbc.sql("update case_timer set cancelled = true where case_number = ? and kind = ? and step > ?"
				+ " and fired_at is null")
			.params(caseNumber, kind, dues.size())
			.update();
		for (int i = 0; i < dues.size(); i++) {
			int reset = jdbc
				.sql("update case_timer set due_at = ?, fired_at = null, cancelled = false"
						+ " where case_number = ? and kind = ? and step = ?")
				.params(utc(dues.get(i)), caseNumber, kind, i + 1)
				.update();
			if (reset == 0) {
				schedule(caseNumber, CaseTimer.Kind.ESCALATION_STEP, i + 1, dues.get(i));
			}
		}
	}

	/** Stops every clock of a case that has not fired. */
	void cancel(long caseNumber) {
		jdbc.sql("update case_timer set cancelled = true where case_number = ? and fired_at is null")
			.param(caseNumber)
			.update();
	}

	/** Timers due by now that neither fired nor were cancelled, oldest first. */
	List<CaseTimer> due(Instant now, int limit) {
		return jdbc
			.sql("select id, case_number, kind, step, due_at from case_timer where fired_at is null"
					+ " and cancelled = false and due_at <= ? order by due_at, id fetch first " + limit + " rows only")
			.param(utc(now))
			.query((rs, i) -> new CaseTimer(rs.getLong("id"), rs.getLong("case_number"),
					CaseTimer.Kind.valueOf(rs.getString("kind")), rs.getInt("step"), instant(rs, "due_at")))
			.list();
	}

	/**
	 * Marks a timer fired.
	 * @return false when it had fired or been cancelled already, so its effect must not
	 * run
	 */
	boolean markFired(long id, Instant now) {
		return jdbc.sql("update case_timer set fired_at = ? where id = ? and fired_at is null and cancelled = false")
			.params(utc(now), id)
			.update() == 1;
	}

}
