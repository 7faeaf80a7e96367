package dev.frontline.cases.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.utc;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.frontline.cases.ComplaintView;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.cases.KnownPeople;
import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Severity;

/** Complaints, each on one case, in the database. */
@Repository
public class ComplaintStore {

	private static final String COLUMNS = "source, external_id, text, url, posted_at, received_at, author_handle,"
			+ " author_name, author_followers, likes, shares, replies, in_reply_to, customer_tier, customer_reference,"
			+ " language, score, severity";

	private final JdbcClient jdbc;

	ComplaintStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The customers' names, handles and references, and the case owners' names, that
	 * these words are or begin: a word that is a whole name, handle or reference, or the
	 * first name of a display name.
	 * @param words lower-case words, at most {@link #KNOWN_WORDS_LIMIT}
	 */
	public KnownPeople knownAmong(Collection<String> words) {
		List<String> asked = words.stream().distinct().limit(KNOWN_WORDS_LIMIT).toList();
		Set<String> names = new HashSet<>();
		Set<String> references = new HashSet<>();
		if (asked.isEmpty()) {
			return new KnownPeople(names, references);
		}
		String in = String.join(", ", asked.stream().map(word -> "?").toList());
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select author_name, author_handle, customer_reference from complaint"
				+ " where lower(author_name) in (" + in + ") or lower(author_handle) in (" + in + ", " + in + ")"
				+ " or lower(customer_reference) in (" + in + ")");
		params.addAll(asked);
		params.addAll(asked);
		asked.forEach(word -> params.add("@" + word));
		params.addAll(asked);
		for (String word : asked) {
			sql.append(" or lower(author_name) like ? escape '!'");
			params.add(word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + " %");
		}
		jdbc.sql(sql.toString()).params(params).query((rs, i) -> {
			String name = rs.getString("author_name");
			String handle = rs.getString("author_handle");
			String reference = rs.getString("customer_reference");
			if (name != null) {
				names.add(name);
			}
			if (handle != null) {
				names.add(handle.replaceFirst("^@", ""));
			}
			if (reference != null && asked.contains(reference.toLowerCase(Locale.ROOT))) {
				references.add(reference);
			}
			return i;
		}).list();
		names.addAll(jdbc.sql("select distinct owner_name from support_case where lower(owner_name) in (" + in + ")")
			.params(asked)
			.query(String.class)
			.list());
		return new KnownPeople(names, references);
	}

	/** How many words {@link #knownAmong} looks up at once. */
	public static final int KNOWN_WORDS_LIMIT = 400;

	/** The case holding the complaint with that id at that source, if it was received. */
	public Optional<Long> caseOf(String source, String externalId) {
		return jdbc.sql("select case_number from complaint where source = ? and external_id = ?")
			.params(source, externalId)
			.query(Long.class)
			.optional();
	}

	/**
	 * What intake needs to know of an author's earlier complaints at a source, read in
	 * one query.
	 *
	 * @param unresolvedComplaints how many of their complaints are on cases not resolved
	 * @param recentCase the unresolved case they most recently joined with a complaint
	 * posted since the time asked about, which a new complaint of theirs belongs to; null
	 * if none
	 */
	public record AuthorRecord(int unresolvedComplaints, @Nullable Long recentCase) {

		/** An author nothing is known of, or a name that is no one in particular. */
		public static final AuthorRecord NONE = new AuthorRecord(0, null);

	}

	/**
	 * The author's unresolved complaints at a source, and their most recently joined
	 * unresolved case among complaints posted since a time.
	 */
	public AuthorRecord authorRecord(String source, String handle, Instant since) {
		return jdbc.sql("""
				select t.complaints, (select l.case_number from complaint l where l.id = t.latest) as recent_case
				from (select count(*) as complaints, max(case when c.posted_at >= ? then c.id end) as latest
				from complaint c join support_case s on s.number = c.case_number
				where c.source = ? and c.author_handle = ? and s.status <> 'RESOLVED') t""")
			.params(utc(since), source, handle)
			.query((rs, row) -> new AuthorRecord(rs.getInt("complaints"), rs.getObject("recent_case", Long.class)))
			.single();
	}

	public void insert(long caseNumber, IncomingComplaint complaint, Instant postedAt, Instant receivedAt,
			Assessment assessment) {
		insert(caseNumber, complaint, postedAt, receivedAt, assessment, false, 0);
	}

	/**
	 * Stores a complaint with its rating.
	 * @param awaitingRating whether the learned layer still has to rate it (the rating
	 * given is the rules')
	 * @param earlierComplaints the author's unresolved complaints before this one, a
	 * signal the later rating must see as intake saw it
	 * @return the complaint's id
	 */
	public long insert(long caseNumber, IncomingComplaint complaint, Instant postedAt, Instant receivedAt,
			Assessment assessment, boolean awaitingRating, int earlierComplaints) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into complaint (case_number, " + COLUMNS
				+ ", awaiting_rating, earlier_complaints) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(caseNumber, complaint.source(), complaint.externalId(), complaint.text(),
					complaint.url() == null ? null : complaint.url().toString(), utc(postedAt), utc(receivedAt),
					complaint.author().handle(), complaint.author().displayName(), complaint.author().followers(),
					complaint.engagement().likes(), complaint.engagement().shares(), complaint.engagement().replies(),
					complaint.inReplyTo(), complaint.customer().tier(), complaint.customer().reference(),
					complaint.language(), assessment.score(), assessment.severity().name(), awaitingRating,
					earlierComplaints)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * A complaint stored with the rules' rating that the learned layer has still to rate.
	 *
	 * @param id the complaint's id
	 * @param caseNumber its case
	 * @param signals what triage reads of it, as intake read it
	 * @param receivedAt when intake stored it: liveness is judged as of then
	 */
	public record AwaitingRating(long id, long caseNumber, ComplaintSignals signals, Instant receivedAt) {
	}

	/** The complaint, if it still awaits the learned rating. */
	public Optional<AwaitingRating> awaitingRating(long id) {
		return jdbc.sql("select id, case_number, source, text, author_followers, likes, shares, replies, customer_tier,"
				+ " posted_at, received_at, earlier_complaints from complaint where id = ? and awaiting_rating = true")
			.param(id)
			.query((rs, row) -> new AwaitingRating(rs.getLong("id"), rs.getLong("case_number"),
					new ComplaintSignals(rs.getString("source"), rs.getString("text"), rs.getLong("author_followers"),
							rs.getLong("likes"), rs.getLong("shares"), rs.getLong("replies"),
							rs.getString("customer_tier"), instant(rs, "posted_at"), rs.getInt("earlier_complaints")),
					instant(rs, "received_at")))
			.optional();
	}

	/** The oldest complaints still awaiting the learned rating, oldest first. */
	public List<Long> awaitingRating(int limit) {
		return jdbc
			.sql("select id from complaint where awaiting_rating = true order by id fetch first " + limit
					+ " rows only")
			.query(Long.class)
			.list();
	}

	/**
	 * Stores the learned rating of a complaint that awaited it.
	 * @return false when it no longer awaited it (rated meanwhile by another worker)
	 */
	public boolean rated(long id, Assessment assessment) {
		return jdbc
			.sql("update complaint set score = ?, severity = ?, awaiting_rating = false"
					+ " where id = ? and awaiting_rating = true")
			.params(assessment.score(), assessment.severity().name(), id)
			.update() == 1;
	}

	/**
	 * Keeps the rules' rating of a complaint that awaited the learned one.
	 * @return false when it no longer awaited it
	 */
	public boolean keepRating(long id) {
		return jdbc.sql("update complaint set awaiting_rating = false where id = ? and awaiting_rating = true")
			.param(id)
			.update() == 1;
	}

	/** How many of a case's complaints still await the learned rating. */
	public int awaitingRatingOnCase(long caseNumber) {
		Integer count = jdbc.sql("select count(*) from complaint where case_number = ? and awaiting_rating = true")
			.param(caseNumber)
			.query(Integer.class)
			.single();
		return count == null ? 0 : count;
	}

	/** How many complaints in all still await the learned rating. */
	public long awaitingRatingCount() {
		Long count = jdbc.sql("select count(*) from complaint where awaiting_rating = true").query(Long.class).single();
		return count == null ? 0 : count;
	}

	/** The ratings of a case's complaints, most urgent first. */
	public List<Severity> severitiesOfCase(long caseNumber) {
		return jdbc.sql("select severity from complaint where case_number = ?")
			.param(caseNumber)
			.query((rs, row) -> Severity.valueOf(rs.getString("severity")))
			.list()
			.stream()
			.sorted()
			.toList();
	}

	/** How many complaints a case holds. */
	public int countOfCase(long caseNumber) {
		Integer count = jdbc.sql("select count(*) from complaint where case_number = ?")
			.param(caseNumber)
			.query(Integer.class)
			.single();
		return count == null ? 0 : count;
	}

	/** How many complaints joined a case since a time. */
	public int receivedOnCaseSince(long caseNumber, Instant since) {
		Integer count = jdbc.sql("select count(*) from complaint where case_number = ? and received_at >= ?")
			.params(caseNumber, utc(since))
			.query(Integer.class)
			.single();
		return count == null ? 0 : count;
	}

	public List<ComplaintView> ofCase(long caseNumber) {
		return jdbc.sql("select " + COLUMNS + " from complaint where case_number = ? order by id")
			.param(caseNumber)
			.query(ComplaintStore::complaint)
			.list();
	}

	private static ComplaintView complaint(ResultSet rs, int row) throws SQLException {
		String url = rs.getString("url");
		return new ComplaintView(rs.getString("source"), rs.getString("external_id"), rs.getString("text"),
				url == null ? null : URI.create(url), instant(rs, "posted_at"), instant(rs, "received_at"),
				new IncomingComplaint.Author(rs.getString("author_handle"), rs.getString("author_name"),
						rs.getLong("author_followers")),
				new IncomingComplaint.Engagement(rs.getLong("likes"), rs.getLong("shares"), rs.getLong("replies")),
				rs.getString("in_reply_to"),
				new IncomingComplaint.Customer(rs.getString("customer_tier"), rs.getString("customer_reference")),
				rs.getString("language"), rs.getInt("score"), Severity.valueOf(rs.getString("severity")));
	}

}
