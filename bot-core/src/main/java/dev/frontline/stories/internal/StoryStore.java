package dev.frontline.stories.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.nullableInstant;
import static dev.frontline.storage.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.frontline.stories.Story;
import dev.frontline.stories.StoryForm;

/** Story weeks, who was asked, and the stories, in the database. */
@Repository
public class StoryStore {

	private static final String STORY_COLUMNS = "id, team, author_name, what_happened, what_you_did,"
			+ " what_would_have_helped, process_idea, tags, digest_week_id";

	private static final String WEEK_COLUMNS = "id, team, prompt_at, reminder_at, digest_at, presenter_id,"
			+ " reminded_at, digest_posted_at";

	private final JdbcClient jdbc;

	StoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One team's week.
	 *
	 * @param id its number
	 * @param team the team
	 * @param promptAt when members were asked
	 * @param reminderAt when those who had not answered are reminded
	 * @param digestAt when the digest is posted
	 * @param presenterId who presents, or null when everyone was away
	 * @param remindedAt when the reminder went out, or null
	 * @param digestPostedAt when the digest was posted, or null
	 */
	public record Week(long id, String team, Instant promptAt, Instant reminderAt, Instant digestAt,
			@Nullable String presenterId, @Nullable Instant remindedAt, @Nullable Instant digestPostedAt) {
	}

	public Optional<Instant> nextPromptOf(String team) {
		return jdbc.sql("select next_prompt_at from story_team where team = ?")
			.param(team)
			.query((rs, i) -> instant(rs, "next_prompt_at"))
			.optional();
	}

	public void setNextPrompt(String team, Instant at) {
		if (jdbc.sql("update story_team set next_prompt_at = ? where team = ?").params(utc(at), team).update() == 0) {
			jdbc.sql("insert into story_team (team, next_prompt_at) values (?, ?)").params(team, utc(at)).update();
		}
	}

	/** Locks the team's row, so one instance at a time moves its week on. */
	public Optional<Instant> lockNextPrompt(String team) {
		return jdbc.sql("select next_prompt_at from story_team where team = ? for update")
			.param(team)
			.query((rs, i) -> instant(rs, "next_prompt_at"))
			.optional();
	}

	public long insertWeek(String team, Instant promptAt, Instant reminderAt, Instant digestAt,
			@Nullable String presenterId) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into story_week (team, prompt_at, reminder_at, digest_at, presenter_id)
				values (?, ?, ?, ?, ?)""")
			.params(team, utc(promptAt), utc(reminderAt), utc(digestAt), presenterId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public void addPrompt(long weekId, String memberId) {
		jdbc.sql("insert into story_prompt (week_id, member_id) values (?, ?)").params(weekId, memberId).update();
	}

	/** Who was asked in the week and has not answered. */
	public List<String> unanswered(long weekId) {
		return jdbc.sql("select member_id from story_prompt where week_id = ? and answered = false order by member_id")
			.param(weekId)
			.query(String.class)
			.list();
	}

	/** Counts the person as having answered the week, if they were asked. */
	public void answered(long weekId, String memberId) {
		jdbc.sql("update story_prompt set answered = true where week_id = ? and member_id = ?")
			.params(weekId, memberId)
			.update();
	}

	/** How many were asked and how many answered. */
	public int[] participation(long weekId) {
		return jdbc
			.sql("select count(*) as asked, sum(case when answered then 1 else 0 end) as answered from story_prompt"
					+ " where week_id = ?")
			.param(weekId)
			.query((rs, i) -> new int[] { rs.getInt("asked"), rs.getInt("answered") })
			.single();
	}

	/** The team's weeks, newest first. */
	public List<Week> weeksOf(String team, int limit) {
		return jdbc
			.sql("select " + WEEK_COLUMNS + " from story_week where team = ? order by prompt_at desc fetch first "
					+ limit + " rows only")
			.param(team)
			.query(this::week)
			.list();
	}

	/**
	 * Each person's last week as presenter, as the week's prompt time in epoch seconds.
	 */
	public Map<String, Long> lastPresented(String team) {
		return jdbc
			.sql("select presenter_id, max(prompt_at) as last_at from story_week where team = ?"
					+ " and presenter_id is not null group by presenter_id")
			.param(team)
			.query((rs, i) -> Map.entry(rs.getString("presenter_id"), instant(rs, "last_at").getEpochSecond()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public List<Week> remindersDue(Instant now) {
		return jdbc
			.sql("select " + WEEK_COLUMNS + " from story_week where reminded_at is null and reminder_at <= ?"
					+ " and digest_posted_at is null order by id")
			.param(utc(now))
			.query(this::week)
			.list();
	}

	public List<Week> digestsDue(Instant now) {
		return jdbc
			.sql("select " + WEEK_COLUMNS + " from story_week where digest_posted_at is null and digest_at <= ?"
					+ " order by id")
			.param(utc(now))
			.query(this::week)
			.list();
	}

	/** Claims the week's reminder for this transaction. */
	public boolean markReminded(long weekId, Instant at) {
		return jdbc.sql("update story_week set reminded_at = ? where id = ? and reminded_at is null")
			.params(utc(at), weekId)
			.update() == 1;
	}

	/**
	 * Claims the week's digest for this transaction, and the team's stories not yet in a
	 * digest with it: from now on they no longer change.
	 */
	public boolean markDigestPosted(Week week, Instant at) {
		if (jdbc.sql("update story_week set digest_posted_at = ? where id = ? and digest_posted_at is null")
			.params(utc(at), week.id())
			.update() != 1) {
			return false;
		}
		jdbc.sql("update story set digest_week_id = ? where team = ? and digest_week_id is null")
			.params(week.id(), week.team())
			.update();
		return true;
	}

	/** The team's stories waiting for its next digest, oldest first. */
	public List<Story> waiting(String team) {
		return jdbc.sql("select " + STORY_COLUMNS + " from story where team = ? and digest_week_id is null order by id")
			.param(team)
			.query(this::story)
			.list();
	}

	public List<Story> inDigest(long weekId) {
		return jdbc.sql("select " + STORY_COLUMNS + " from story where digest_week_id = ? order by id")
			.param(weekId)
			.query(this::story)
			.list();
	}

	public long insertStory(String team, @Nullable String authorId, @Nullable String authorName, StoryForm redacted) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into story (team, author_id, author_name, what_happened, what_you_did, what_would_have_helped,
				process_idea, tags) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(team, authorId, authorName, redacted.whatHappened(), redacted.whatYouDid(),
					redacted.whatWouldHaveHelped(), redacted.processIdea(), String.join(",", redacted.tagList()))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	public Optional<Story> find(long id) {
		return jdbc.sql("select " + STORY_COLUMNS + " from story where id = ?").param(id).query(this::story).optional();
	}

	/** Who wrote a named story; null for an anonymous one. */
	public @Nullable String authorOf(long id) {
		List<String> found = jdbc.sql("select author_id from story where id = ?")
			.param(id)
			.query((rs, i) -> rs.getString("author_id"))
			.list();
		return found.isEmpty() ? null : found.getFirst();
	}

	/** The person's own named story not yet in a digest, which they may still edit. */
	public Optional<Story> editableOf(String team, String authorId) {
		return jdbc
			.sql("select " + STORY_COLUMNS + " from story where team = ? and author_id = ? and digest_week_id is null"
					+ " order by id desc fetch first 1 rows only")
			.params(team, authorId)
			.query(this::story)
			.optional();
	}

	/** Replaces a story's text; refused once it is in a digest. */
	public boolean update(long storyId, StoryForm redacted) {
		return jdbc.sql("""
				update story set what_happened = ?, what_you_did = ?, what_would_have_helped = ?, process_idea = ?,
				tags = ? where id = ? and digest_week_id is null""")
			.params(redacted.whatHappened(), redacted.whatYouDid(), redacted.whatWouldHaveHelped(),
					redacted.processIdea(), String.join(",", redacted.tagList()), storyId)
			.update() == 1;
	}

	private Week week(ResultSet rs, int row) throws SQLException {
		return new Week(rs.getLong("id"), rs.getString("team"), instant(rs, "prompt_at"), instant(rs, "reminder_at"),
				instant(rs, "digest_at"), rs.getString("presenter_id"), nullableInstant(rs, "reminded_at"),
				nullableInstant(rs, "digest_posted_at"));
	}

	private Story story(ResultSet rs, int row) throws SQLException {
		String tags = rs.getString("tags");
		return new Story(rs.getLong("id"), rs.getString("team"), rs.getString("author_name"),
				rs.getString("what_happened"), rs.getString("what_you_did"), rs.getString("what_would_have_helped"),
				rs.getString("process_idea"), tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")),
				rs.getObject("digest_week_id") != null);
	}

}
