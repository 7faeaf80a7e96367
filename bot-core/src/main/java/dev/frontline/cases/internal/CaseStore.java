package dev.frontline.cases.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.nullableInstant;
import static dev.frontline.storage.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.frontline.cases.CaseFilter;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseSummary;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Cases and their history in the database. */
@Repository
public class CaseStore {

	private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {
	};

	private static final String COLUMNS = "number, status, severity, score, team, category, reasons, owner_id, owner_name,"
			+ " escalation_level, posted, opened_at, acknowledge_by, acknowledged_at, resolved_at, incident_number, version";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CaseStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores a new case and returns its number. */
	public long insert(CaseRow row) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into support_case (status, severity, score, team, category, reasons, escalation_level, posted,"
				+ " opened_at, acknowledge_by, updated_at, version) values (?, ?, ?, ?, ?, ?, 0, false, ?, ?, ?, 0)")
			.params(row.status().name(), row.severity().name(), row.score(), row.team(), row.category(),
					json.writeValueAsString(row.reasons()), utc(row.openedAt()), utc(row.acknowledgeBy()),
					utc(row.openedAt()))
			.update(keys, "number");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Stores a new case and answers it as stored: numbered, not yet posted nor escalated,
	 * at its first version.
	 */
	public CaseRow open(CaseRow row) {
		long number = insert(row);
		return new CaseRow(number, row.status(), row.severity(), row.score(), row.team(), row.category(), row.reasons(),
				null, null, 0, false, row.openedAt(), row.acknowledgeBy(), null, null, null, 0);
	}

	public Optional<CaseRow> find(long number) {
		return jdbc.sql("select " + COLUMNS + " from support_case where number = ?")
			.param(number)
			.query(this::caseRow)
			.optional();
	}

	/**
	 * Reads a case and locks it until the transaction ends, so concurrent decisions on it
	 * queue up.
	 */
	public Optional<CaseRow> findForUpdate(long number) {
		return jdbc.sql("select " + COLUMNS + " from support_case where number = ? for update")
			.param(number)
			.query(this::caseRow)
			.optional();
	}

	/**
	 * Saves changed columns, failing if someone else changed the case since it was read.
	 */
	public CaseRow update(CaseRow row, Instant at) {
		int updated = jdbc
			.sql("""
					update support_case set status = ?, severity = ?, score = ?, team = ?, reasons = ?, owner_id = ?, owner_name = ?,
					escalation_level = ?, posted = ?, acknowledge_by = ?, acknowledged_at = ?, resolved_at = ?,
					incident_number = ?, updated_at = ?, version = version + 1
					where number = ? and version = ?""")
			.params(row.status().name(), row.severity().name(), row.score(), row.team(),
					json.writeValueAsString(row.reasons()), row.ownerId(), row.ownerName(), row.escalationLevel(),
					row.posted(), utc(row.acknowledgeBy()), utc(row.acknowledgedAt()), utc(row.resolvedAt()),
					row.incident(), utc(at), row.number(), row.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("case " + row.number() + " changed meanwhile");
		}
		return find(row.number()).orElseThrow();
	}

	/**
	 * Holds a case's first card until its complaints' learned rating, or until
	 * {@code until} at the latest; an earlier hold stands.
	 */
	public void holdCard(long number, Instant until) {
		jdbc.sql("update support_case set card_held_until = coalesce(card_held_until, ?) where number = ?")
			.params(utc(until), number)
			.update();
	}

	/** Ends a case's card hold: its card goes out (or not) by its rating now. */
	public void releaseCard(long number) {
		jdbc.sql("update support_case set card_held_until = null where number = ?").param(number).update();
	}

	/** Whether a case's first card is held for a rating. */
	public boolean cardHeld(long number) {
		return jdbc.sql("select count(*) from support_case where number = ? and card_held_until is not null")
			.param(number)
			.query(Integer.class)
			.single() > 0;
	}

	/** Cases whose card hold has run out by {@code now}. */
	public List<Long> cardHoldsDueBy(Instant now) {
		return jdbc.sql("select number from support_case where card_held_until <= ? order by number")
			.param(utc(now))
			.query(Long.class)
			.list();
	}

	/**
	 * Gives a case with no card yet to another team, as its learned rating routes it.
	 */
	public CaseRow routeBeforeCard(CaseRow row, String team, Instant at) {
		int updated = jdbc
			.sql("update support_case set team = ?, updated_at = ?, version = version + 1"
					+ " where number = ? and version = ? and posted = false")
			.params(team, utc(at), row.number(), row.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("case " + row.number() + " changed meanwhile");
		}
		return find(row.number()).orElseThrow();
	}

	public void appendHistory(long number, Instant at, String actor, String action, @Nullable String detail) {
		jdbc.sql("insert into case_history (case_number, at, actor, action, detail) values (?, ?, ?, ?, ?)")
			.params(number, utc(at), actor, action, detail == null ? null : truncate(detail, 4000))
			.update();
	}

	public List<HistoryEntry> history(long number) {
		return jdbc.sql("select at, actor, action, detail from case_history where case_number = ? order by id")
			.param(number)
			.query((rs, i) -> new HistoryEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
					rs.getString("detail")))
			.list();
	}

	public List<Long> membersOf(long incident) {
		return jdbc.sql("select number from support_case where incident_number = ? order by number")
			.param(incident)
			.query(Long.class)
			.list();
	}

	/** Shows the case's card in one more channel from now on. */
	public void addChannel(long number, String platform, String channel) {
		Long known = jdbc
			.sql("select count(*) from case_channel where case_number = ? and platform = ? and channel = ?")
			.params(number, platform, channel)
			.query(Long.class)
			.single();
		if (known == null || known == 0) {
			jdbc.sql("insert into case_channel (case_number, platform, channel) values (?, ?, ?)")
				.params(number, platform, channel)
				.update();
		}
	}

	/** The channels beyond the team's that show the case. */
	public List<ChannelAddress> extraChannels(long number) {
		return jdbc.sql("select platform, channel from case_channel where case_number = ? order by platform, channel")
			.param(number)
			.query((rs, i) -> new ChannelAddress(rs.getString("platform"), rs.getString("channel")))
			.list();
	}

	/**
	 * Cases matching a filter, newest first or most urgent first, each with its first
	 * complaint's handle and an excerpt.
	 */
	public List<CaseSummary> list(CaseFilter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(filter, params);
		String order = filter.urgentFirst()
				// Severity names sort by urgency; among equals, the running clock with
				// the least
				// time left comes first, then the oldest.
				? " order by s.severity, case when s.status = 'OPEN' and s.acknowledge_by is not null then 0 else 1 end,"
						+ " s.acknowledge_by, s.opened_at, s.number"
				: " order by s.number desc";
		String sql = """
				select s.number, s.status, s.severity, s.score, s.team, s.owner_name, s.escalation_level, s.opened_at,
				s.acknowledge_by, c.author_handle, c.text
				from support_case s join complaint c on c.id = (select min(f.id) from complaint f where f.case_number = s.number)
				"""
				+ where + order + " offset " + filter.offset() + " rows fetch next " + filter.limit() + " rows only";
		return jdbc.sql(sql)
			.params(params)
			.query((rs, i) -> new CaseSummary(rs.getLong("number"), CaseStatus.valueOf(rs.getString("status")),
					Severity.valueOf(rs.getString("severity")), rs.getInt("score"), rs.getString("team"),
					rs.getString("author_handle"), excerpt(rs.getString("text")), rs.getString("owner_name"),
					rs.getInt("escalation_level"), instant(rs, "opened_at"), nullableInstant(rs, "acknowledge_by")))
			.list();
	}

	/** How many cases match a filter, whatever its limit. */
	public long count(CaseFilter filter) {
		List<Object> params = new ArrayList<>();
		String sql = "select count(*) from support_case s " + where(filter, params);
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String where(CaseFilter filter, List<Object> params) {
		StringBuilder sql = new StringBuilder("where 1 = 1");
		if (!filter.statuses().isEmpty()) {
			sql.append(" and s.status in (")
				.append(String.join(", ", filter.statuses().stream().map(s -> "?").toList()))
				.append(")");
			filter.statuses().forEach(s -> params.add(s.name()));
		}
		if (filter.team() != null) {
			sql.append(" and s.team = ?");
			params.add(filter.team());
		}
		if (filter.ownerId() != null) {
			sql.append(" and s.owner_id = ?");
			params.add(filter.ownerId());
		}
		if (filter.acknowledgementOverdueAt() != null) {
			sql.append(" and s.status = 'OPEN' and s.acknowledge_by < ?");
			params.add(utc(filter.acknowledgementOverdueAt()));
		}
		if (filter.escalatedOnly()) {
			sql.append(" and s.escalation_level > 0");
		}
		for (String word : filter.words()) {
			sql.append(
					" and exists (select 1 from complaint w where w.case_number = s.number and lower(w.text) like ? escape '!')");
			params.add("%" + likeEscaped(word.toLowerCase(Locale.ROOT)) + "%");
		}
		return sql.toString();
	}

	private CaseRow caseRow(ResultSet rs, int row) throws SQLException {
		String ownerId = rs.getString("owner_id");
		return new CaseRow(rs.getLong("number"), CaseStatus.valueOf(rs.getString("status")),
				Severity.valueOf(rs.getString("severity")), rs.getInt("score"), rs.getString("team"),
				rs.getString("category"), json.readValue(rs.getString("reasons"), REASONS), ownerId,
				rs.getString("owner_name"), rs.getInt("escalation_level"), rs.getBoolean("posted"),
				instant(rs, "opened_at"), nullableInstant(rs, "acknowledge_by"), nullableInstant(rs, "acknowledged_at"),
				nullableInstant(rs, "resolved_at"), rs.getObject("incident_number", Long.class), rs.getInt("version"));
	}

	static String excerpt(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
	}

	private static String likeEscaped(String word) {
		return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
