package dev.frontline.stories.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.nullableInstant;
import static dev.frontline.storage.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.frontline.stories.Nomination;
import dev.frontline.stories.Story;
import dev.frontline.stories.StoryForm;

/** Story weeks, who was asked, and the stories, in the database. */
@Repository
public class StoryStore {

	private static final String STORY_COLUMNS = "id, team, author_name, what_happened, what_you_did,"
			+ " what_would_have_helped, process_idea, tags, digest_week_id";

	private static final String WEEK_COLUMNS = "id, team, prompt_at, reminder_at, digest_at, presenter_id,"
			+ " reminded_at, digest_posted_at";

	/** The lowest number an anonymous story is given. */
	static final long FIRST_ANONYMOUS_ID = 1_000_000L;

	/** The highest number an anonymous story is given. */
	static final long LAST_ANONYMOUS_ID = 9_999_999L;

	private final SecureRandom random = new SecureRandom();

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

	/**
	 * A story found, with the digest week it was in.
	 *
	 * @param story the story
	 * @param weekId its digest's week, or null while it waits for one
	 */
	public record Found(Story story, @Nullable Long weekId) {
	}

	/**
	 * A theme given to one story.
	 *
	 * @param theme the theme
	 * @param weekId the story's digest week, or null while it waits for one
	 */
	public record ThemeUse(String theme, @Nullable Long weekId) {
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
		return withThemes(jdbc
			.sql("select " + STORY_COLUMNS + " from story where team = ? and digest_week_id is null order by id")
			.param(team)
			.query(this::story)
			.list());
	}

	public List<Story> inDigest(long weekId) {
		return withThemes(jdbc.sql("select " + STORY_COLUMNS + " from story where digest_week_id = ? order by id")
			.param(weekId)
			.query(this::story)
			.list());
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

	/**
	 * Stores an anonymous story under a random number among
	 * {@value #FIRST_ANONYMOUS_ID}–{@value #LAST_ANONYMOUS_ID}, far above the named
	 * stories' sequence: a sequential number would place it among the named stories
	 * shared before and after it.
	 */
	public long insertAnonymousStory(String team, StoryForm redacted) {
		long id;
		do {
			id = FIRST_ANONYMOUS_ID + random.nextLong(LAST_ANONYMOUS_ID - FIRST_ANONYMOUS_ID + 1);
		}
		while (jdbc.sql("select count(*) from story where id = ?").param(id).query(Integer.class).single() > 0);
		jdbc.sql("""
				insert into story (id, team, author_id, author_name, what_happened, what_you_did,
				what_would_have_helped, process_idea, tags) values (?, ?, null, null, ?, ?, ?, ?, ?)""")
			.params(id, team, redacted.whatHappened(), redacted.whatYouDid(), redacted.whatWouldHaveHelped(),
					redacted.processIdea(), String.join(",", redacted.tagList()))
			.update();
		return id;
	}

	public Optional<Story> find(long id) {
		return jdbc.sql("select " + STORY_COLUMNS + " from story where id = ?")
			.param(id)
			.query(this::story)
			.optional()
			.map(story -> withThemes(List.of(story)).getFirst());
	}

	/**
	 * The team's stories with the theme or the tag, newest week first, each with the week
	 * of the digest it was in (null while it waits for one); anonymous ones only once
	 * they were in a digest.
	 */
	public List<Found> withThemeOrTag(String team, String theme, int limit) {
		List<Story> found = withThemes(jdbc.sql("select " + STORY_COLUMNS + " from story where team = ? and (id in"
				+ " (select story_id from story_theme where theme = ?) or concat(',', tags, ',') like ?)"
				// An anonymous story shows from its digest on; its number says nothing of
				// when it came, so the week orders them.
				+ " and (author_id is not null or digest_week_id is not null)"
				+ " order by digest_week_id desc nulls first, id desc fetch first " + limit + " rows only")
			.params(team, theme, "%," + theme + ",%")
			.query(this::story)
			.list());
		Map<Long, Long> weeks = new HashMap<>();
		if (!found.isEmpty()) {
			jdbc.sql("select id, digest_week_id from story where id in (:ids) and digest_week_id is not null")
				.param("ids", found.stream().map(Story::id).toList())
				.query((rs, i) -> weeks.put(rs.getLong("id"), rs.getLong("digest_week_id")))
				.list();
		}
		return found.stream().map(story -> new Found(story, weeks.get(story.id()))).toList();
	}

	/**
	 * Each theme the team's stories were given, with the digest week of each story given
	 * it (null for a story still waiting for its digest).
	 */
	public List<ThemeUse> themesOf(String team) {
		return jdbc
			.sql("select t.theme, s.digest_week_id from story_theme t join story s on s.id = t.story_id"
					+ " where s.team = ? order by t.theme")
			.param(team)
			.query((rs, i) -> new ThemeUse(rs.getString("theme"),
					rs.getObject("digest_week_id") == null ? null : rs.getLong("digest_week_id")))
			.list();
	}

	/** Gives a story a theme; false when it had it already. */
	public boolean addTheme(long storyId, String theme, String taggedBy, Instant at) {
		if (jdbc.sql("select count(*) from story_theme where story_id = ? and theme = ?")
			.params(storyId, theme)
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		jdbc.sql("insert into story_theme (story_id, theme, tagged_by, tagged_at) values (?, ?, ?, ?)")
			.params(storyId, theme, taggedBy, utc(at))
			.update();
		return true;
	}

	/** The digest week a story was in, if it was in one. */
	public Optional<Long> digestWeekOf(long storyId) {
		return jdbc.sql("select digest_week_id from story where id = ? and digest_week_id is not null")
			.param(storyId)
			.query(Long.class)
			.optional();
	}

	/** One week by its number. */
	public Optional<Week> findWeek(long weekId) {
		return jdbc.sql("select " + WEEK_COLUMNS + " from story_week where id = ?")
			.param(weekId)
			.query(this::week)
			.optional();
	}

	/** Whether the person was asked in the week and answered. */
	public boolean hasAnswered(long weekId, String memberId) {
		return jdbc.sql("select count(*) from story_prompt where week_id = ? and member_id = ? and answered = true")
			.params(weekId, memberId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether the person was asked in the week. */
	public boolean wasAsked(long weekId, String memberId) {
		return jdbc.sql("select count(*) from story_prompt where week_id = ? and member_id = ?")
			.params(weekId, memberId)
			.query(Integer.class)
			.single() > 0;
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
			.optional()
			.map(story -> withThemes(List.of(story)).getFirst());
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

	/**
	 * @return the nomination's number, or empty when the case was nominated for them
	 * already
	 */
	public Optional<Long> insertNomination(long caseNumber, String team, String nomineeId, String nomineeName,
			String nominatedBy, Instant at) {
		if (jdbc.sql("select count(*) from story_nomination where case_number = ? and nominee_id = ?")
			.params(caseNumber, nomineeId)
			.query(Integer.class)
			.single() > 0) {
			return Optional.empty();
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into story_nomination (case_number, team, nominee_id, nominee_name, nominated_by,"
				+ " nominated_at) values (?, ?, ?, ?, ?, ?)")
			.params(caseNumber, team, nomineeId, nomineeName, nominatedBy, utc(at))
			.update(keys, "id");
		return Optional.of(keys.getKeyAs(Long.class));
	}

	public Optional<Nomination> findNomination(long id) {
		return jdbc.sql("select * from story_nomination where id = ?").param(id).query(this::nomination).optional();
	}

	/** The person's nominations they have not shared yet, oldest first. */
	public List<Nomination> unsharedNominationsOf(String nomineeId) {
		return jdbc.sql("select * from story_nomination where nominee_id = ? and shared = false order by id")
			.param(nomineeId)
			.query(this::nomination)
			.list();
	}

	public void nominationShared(long id) {
		jdbc.sql("update story_nomination set shared = true where id = ?").param(id).update();
	}

	private Nomination nomination(ResultSet rs, int row) throws SQLException {
		return new Nomination(rs.getLong("id"), rs.getLong("case_number"), rs.getString("team"),
				rs.getString("nominee_id"), rs.getString("nominee_name"), rs.getString("nominated_by"),
				rs.getBoolean("shared"));
	}

	private List<Story> withThemes(List<Story> stories) {
		if (stories.isEmpty()) {
			return stories;
		}
		Map<Long, List<String>> themes = new HashMap<>();
		jdbc.sql("select story_id, theme from story_theme where story_id in (:ids) order by theme")
			.param("ids", stories.stream().map(Story::id).toList())
			.query((rs, i) -> themes.computeIfAbsent(rs.getLong("story_id"), id -> new ArrayList<>())
				.add(rs.getString("theme")))
			.list();
		return stories.stream().map(story -> story.withThemes(themes.getOrDefault(story.id(), List.of()))).toList();
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
				rs.getObject("digest_week_id") != null, List.of());
	}

}
