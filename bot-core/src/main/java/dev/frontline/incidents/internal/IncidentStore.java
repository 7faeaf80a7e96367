package dev.frontline.incidents.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.nullableInstant;
import static dev.frontline.storage.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncidentGrouping.KeyedComplaint;
import dev.frontline.incidents.AffectedCustomers;
import dev.frontline.incidents.IncidentStatus;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.Signal;
import dev.frontline.incidents.SignalKind;
import dev.frontline.triage.Severity;

/** Incidents, the complaints counted towards them, and their history, in the database. */
@Repository
public class IncidentStore {

	private static final String COLUMNS = "number, key_value, label, team, status, severity, owner_id, owner_name,"
			+ " opened_at, last_complaint_at, resolved_at, acknowledge_by";

	private static final int EXCERPT = 140;

	private final JdbcClient jdbc;

	IncidentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds the one gate row until the transaction ends. */
	public void lockGate() {
		jdbc.sql("select id from incident_gate where id = 1 for update").query(Integer.class).single();
	}

	/**
	 * The key's incident that is still gathering: not resolved, and with a complaint or
	 * an operations signal since {@code quietSince}.
	 */
	public Optional<IncidentRow> gathering(String key, Instant quietSince) {
		return jdbc
			.sql("select " + COLUMNS + " from incident where key_value = ? and status <> 'RESOLVED'"
					+ " and (last_complaint_at >= ? or exists (select 1 from incident_signal s"
					+ " where s.incident_number = incident.number and s.received_at >= ?))"
					+ " order by number desc fetch first 1 rows only")
			.params(key, utc(quietSince), utc(quietSince))
			.query(this::row)
			.optional();
	}

	public void recordMention(String key, KeyedComplaint complaint, @Nullable Long incident) {
		jdbc.sql(
				"""
						insert into incident_mention (key_value, received_at, case_number, incident_number, source,
						author_handle, author_name, followers, severity, score, excerpt) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(key, utc(complaint.receivedAt()), complaint.caseNumber(), incident, complaint.source(),
					complaint.authorHandle(), complaint.authorName(), complaint.followers(),
					complaint.severity().name(), complaint.score(), excerpt(complaint.text()))
			.update();
	}

	/** The incident a signal went to, if it was received before. */
	public Optional<Long> signalledIncident(String key, SignalKind kind, Instant at) {
		return jdbc.sql("select incident_number from incident_signal where key_value = ? and kind = ? and at = ?")
			.params(key, kind.value(), utc(at))
			.query(Long.class)
			.optional();
	}

	public void recordSignal(long incident, String key, Signal signal, Instant receivedAt) {
		jdbc.sql("""
				insert into incident_signal (incident_number, key_value, kind, at, summary, solution, received_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(incident, key, signal.kind().value(), utc(signal.at()), signal.summary(), signal.solution(),
					utc(receivedAt))
			.update();
	}

	/**
	 * What the incident's signals say now: the one operations declared last, so a late
	 * copy of an older signal does not overwrite a newer one.
	 */
	public Optional<IncidentView.Operations> latestSignal(long number) {
		return jdbc.sql("""
				select kind, summary, solution, at,
				(select count(*) from incident_signal c where c.incident_number = ?) as signals
				from incident_signal where incident_number = ? order by at desc, id desc fetch first 1 rows only""")
			.params(number, number)
			.query((rs, i) -> new IncidentView.Operations(rs.getString("kind"), rs.getString("summary"),
					rs.getString("solution"), instant(rs, "at"), rs.getLong("signals")))
			.optional();
	}

	/** Complaints naming the key since then that no incident has gathered. */
	public long countUngathered(String key, Instant since) {
		Long count = jdbc
			.sql("select count(*) from incident_mention where key_value = ? and incident_number is null"
					+ " and received_at >= ?")
			.params(key, utc(since))
			.query(Long.class)
			.single();
		return count == null ? 0 : count;
	}

	/** The most urgent severity among the complaints naming the key since then. */
	public Severity mostUrgentUngathered(String key, Instant since) {
		return jdbc
			.sql("select distinct severity from incident_mention where key_value = ? and incident_number is null"
					+ " and received_at >= ?")
			.params(key, utc(since))
			.query((rs, i) -> Severity.valueOf(rs.getString(1)))
			.list()
			.stream()
			.reduce(Severity.SEV4, (a, b) -> b.isMoreUrgentThan(a) ? b : a);
	}

	public long insert(String key, String label, String team, Severity severity, Instant now,
			@Nullable Instant acknowledgeBy) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into incident (key_value, label, team, status, severity, opened_at, last_complaint_at, acknowledge_by)
						values (?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
			.params(key, label, team, severity.name(), utc(now), utc(now), utc(acknowledgeBy))
			.update(keys, "number");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * Gives the incident every complaint naming its key since then that no incident has
	 * gathered.
	 * @return the cases those complaints are on
	 */
	public List<Long> gather(String key, Instant since, long incident) {
		List<Long> cases = jdbc
			.sql("select distinct case_number from incident_mention where key_value = ? and incident_number is null"
					+ " and received_at >= ? order by case_number")
			.params(key, utc(since))
			.query(Long.class)
			.list();
		jdbc.sql("update incident_mention set incident_number = ? where key_value = ? and incident_number is null"
				+ " and received_at >= ?")
			.params(incident, key, utc(since))
			.update();
		return cases;
	}

	/**
	 * Notes a new complaint: the card has changed, and may have become more urgent, with
	 * an earlier acknowledgement due.
	 */
	public void complaintArrived(IncidentRow row, Severity severity, Instant at, @Nullable Instant acknowledgeBy) {
		Severity now = severity.isMoreUrgentThan(row.severity()) ? severity : row.severity();
		jdbc.sql("""
				update incident set last_complaint_at = ?, card_stale = true, card_version = card_version + 1,
				severity = ?, acknowledge_by = ? where number = ?""")
			.params(utc(at), now.name(), utc(acknowledgeBy), row.number())
			.update();
	}

	/** Notes that the card has changed, for the refresher to show within update-every. */
	public void markStale(long number) {
		jdbc.sql("update incident set card_stale = true, card_version = card_version + 1 where number = ?")
			.param(number)
			.update();
	}

	/**
	 * Open incidents whose acknowledgement was due by then and has not been announced as
	 * missed.
	 */
	public List<Long> breachedUnannounced(Instant now) {
		return jdbc
			.sql("select number from incident where status = 'OPEN' and breach_noted = false and acknowledge_by <= ?"
					+ " order by number")
			.param(utc(now))
			.query(Long.class)
			.list();
	}

	/**
	 * Marks the missed acknowledgement as announced.
	 * @return false when it already was, or the incident was taken meanwhile
	 */
	public boolean markBreachAnnounced(long number) {
		return jdbc.sql(
				"update incident set breach_noted = true where number = ? and status = 'OPEN' and breach_noted = false")
			.param(number)
			.update() == 1;
	}

	public Optional<IncidentRow> find(long number) {
		return jdbc.sql("select " + COLUMNS + " from incident where number = ?")
			.param(number)
			.query(this::row)
			.optional();
	}

	public Optional<IncidentRow> findForUpdate(long number) {
		return jdbc.sql("select " + COLUMNS + " from incident where number = ? for update")
			.param(number)
			.query(this::row)
			.optional();
	}

	public void acknowledge(long number, String ownerId, String ownerName) {
		jdbc.sql("update incident set status = 'ACKNOWLEDGED', owner_id = ?, owner_name = ? where number = ?")
			.params(ownerId, ownerName, number)
			.update();
	}

	public void resolve(long number, Instant at) {
		jdbc.sql("update incident set status = 'RESOLVED', resolved_at = ? where number = ?")
			.params(utc(at), number)
			.update();
	}

	public IncidentView.Counts counts(long number) {
		Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
		jdbc.sql("select severity, count(*) from incident_mention where incident_number = ? group by severity")
			.param(number)
			.query((ResultSet rs) -> {
				bySeverity.put(Severity.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return jdbc.sql("""
				select count(*), count(distinct case_number),
				count(distinct source || ':' || coalesce(author_handle, cast(case_number as varchar(20)))),
				coalesce(sum(followers), 0)
				from incident_mention where incident_number = ?""")
			.param(number)
			.query((rs, i) -> new IncidentView.Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					bySeverity))
			.single();
	}

	public List<IncidentView.TopComplaint> topComplaints(long number, int limit) {
		return jdbc.sql("select case_number, severity, score, author_handle, excerpt from incident_mention"
				+ " where incident_number = ? order by severity, score desc, id fetch first " + limit + " rows only")
			.param(number)
			.query((rs, i) -> new IncidentView.TopComplaint(rs.getLong("case_number"),
					Severity.valueOf(rs.getString("severity")), rs.getInt("score"), rs.getString("author_handle"),
					rs.getString("excerpt")))
			.list();
	}

	/** Each customer once (by source and handle), with their earliest case. */
	public List<AffectedCustomers.Customer> affected(long number,
			BiFunction<@Nullable String, @Nullable String, String> notice) {
		return jdbc.sql("""
				select source, author_handle, max(author_name) as author_name, min(case_number) as case_number
				from incident_mention where incident_number = ?
				group by source, author_handle, case when author_handle is null then case_number else 0 end
				order by min(case_number)""").param(number).query((rs, i) -> {
			String handle = rs.getString("author_handle");
			String name = rs.getString("author_name");
			return new AffectedCustomers.Customer(rs.getString("source"), handle, name, rs.getLong("case_number"),
					notice.apply(name, handle));
		}).list();
	}

	/**
	 * Incidents with complaints their card does not show yet, last shown before then.
	 */
	public List<Long> staleAndShownBefore(Instant shownBefore) {
		return jdbc
			.sql("select number from incident where card_stale = true and (shown_at is null or shown_at <= ?)"
					+ " order by number")
			.param(utc(shownBefore))
			.query(Long.class)
			.list();
	}

	/** Incidents with complaints their card does not show yet. */
	public List<Long> stale() {
		return jdbc.sql("select number from incident where card_stale = true order by number").query(Long.class).list();
	}

	/** How many times the card has changed; read before it is assembled to be shown. */
	public long cardVersion(long number) {
		return jdbc.sql("select card_version from incident where number = ?").param(number).query(Long.class).single();
	}

	/**
	 * Notes that the card was shown as it stood at that version. A change committed since
	 * (a complaint that joined while it was being shown) leaves it stale, to be shown
	 * next time.
	 */
	public void markShown(long number, Instant at, long shownVersion) {
		jdbc.sql("update incident set shown_at = ?, card_stale = (card_version <> ?) where number = ?")
			.params(utc(at), shownVersion, number)
			.update();
	}

	public void appendHistory(long number, Instant at, String actor, String action, String detail) {
		jdbc.sql("insert into incident_history (incident_number, at, actor, action, detail) values (?, ?, ?, ?, ?)")
			.params(number, utc(at), actor, action, detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…")
			.update();
	}

	public List<HistoryEntry> history(long number) {
		return jdbc.sql("select at, actor, action, detail from incident_history where incident_number = ? order by id")
			.param(number)
			.query((rs, i) -> new HistoryEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
					rs.getString("detail")))
			.list();
	}

	private IncidentRow row(ResultSet rs, int i) throws SQLException {
		return new IncidentRow(rs.getLong("number"), rs.getString("key_value"), rs.getString("label"),
				rs.getString("team"), IncidentStatus.valueOf(rs.getString("status")),
				Severity.valueOf(rs.getString("severity")), rs.getString("owner_id"), rs.getString("owner_name"),
				instant(rs, "opened_at"), instant(rs, "last_complaint_at"), nullableInstant(rs, "resolved_at"),
				nullableInstant(rs, "acknowledge_by"));
	}

	private static String excerpt(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT - 1) + "…";
	}

}
