package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.stories.internal.AnonymousParticipation;
import dev.frontline.stories.internal.StoryWeeks;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.TestPostgres;

/**
 * On PostgreSQL every row carries the id of the transaction that wrote it ({@code xmin}),
 * and the write-ahead log keeps the same grouping: an anonymous story must be written in
 * a transaction that writes nothing of its author, and the author's answered and
 * nomination flags in another. Run in a schema of its own; skipped on a machine without
 * PostgreSQL, required on CI.
 */
@SpringBootTest(properties = { "frontline.test.clock-start=2026-11-02T08:00:00Z",
		"frontline.stories.teams.loyalty.zone=Europe/London",
		"frontline.stories.teams.loyalty.members[0].id=slack:U-STAFF",
		"frontline.stories.teams.loyalty.members[0].name=Sam Staff",
		"frontline.stories.teams.loyalty.members[1].id=slack:U-SUPER",
		"frontline.stories.teams.loyalty.members[1].name=Sofia Supervisor" })
class AnonymousStoryOnPostgresTest {

	static final String SCHEMA = TestPostgres.newSchemaName();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry properties) {
		TestPostgres.createOrSkip(SCHEMA);
		TestPostgres.properties(SCHEMA).forEach((key, value) -> properties.add(key, () -> value));
	}

	@Autowired
	StoryWeeks weeks;

	@Autowired
	Stories stories;

	@Autowired
	AnonymousParticipation participation;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	CaseActions caseActions;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noRowOfTheAuthorSharesATransactionWithTheirAnonymousStory() {
		weeks.moveOn();
		clock.set(Instant.parse("2026-11-02T10:00:05Z"));
		weeks.moveOn();
		long number = intake.submit(List.of(new IncomingComplaint("x", "pg-anon-1",
				"My bag didn't come off the belt and the baggage desk can't find it.",
				URI.create("https://social.example/x/pg-anon-1"), clock.instant(),
				new IncomingComplaint.Author("@pg_anon", "Ana Ruiz", 300), IncomingComplaint.Engagement.NONE, null,
				IncomingComplaint.Customer.UNKNOWN, "en")))
			.getFirst()
			.caseNumber();
		caseActions.acknowledge(number, People.STAFF);
		caseActions.resolve(number, People.STAFF, "Bag delivered");
		stories.storiesCommand(People.SUPERVISOR, "nominate " + number);
		long nomination = jdbc.sql("select id from story_nomination where case_number = ?")
			.param(number)
			.query(Long.class)
			.single();

		Story anonymous = stories.share(People.STAFF, new StoryForm("A bag went round the belt twice.",
				"Called the station.", "A tracing login at the desk.", null, "baggage", true), nomination);
		String storyTransaction = xminOf("story", "id = " + anonymous.id());
		assertThat(rowsWrittenIn(storyTransaction)).as("the story's transaction wrote the story and nothing else")
			.containsExactly(Map.entry("story", 1));

		clock.advance(Duration.ofMinutes(61));
		// Here, or by the scheduled run if it came first.
		participation.recordDue();

		assertThat(jdbc.sql("select answered from story_prompt where member_id = 'slack:U-STAFF'")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc.sql("select shared from story_nomination where id = ?")
			.param(nomination)
			.query(Boolean.class)
			.single()).isTrue();
		String participationTransaction = xminOf("story_prompt", "member_id = 'slack:U-STAFF'");
		assertThat(participationTransaction).isNotEqualTo(storyTransaction)
			.isEqualTo(xminOf("story_nomination", "id = " + nomination));
		assertThat(rowsWrittenIn(storyTransaction)).containsExactly(Map.entry("story", 1));
	}

	private String xminOf(String table, String where) {
		return jdbc.sql("select xmin::text from " + table + " where " + where).query(String.class).single();
	}

	/** How many rows of each table of the schema the transaction wrote last. */
	private Map<String, Integer> rowsWrittenIn(String transaction) {
		Map<String, Integer> written = new TreeMap<>();
		for (String table : jdbc.sql(
				"select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'")
			.param(SCHEMA)
			.query(String.class)
			.list()) {
			int rows = jdbc.sql("select count(*) from " + table + " where xmin::text = ?")
				.param(transaction)
				.query(Integer.class)
				.single();
			if (rows > 0) {
				written.put(table, rows);
			}
		}
		return written;
	}

	@AfterAll
	static void dropSchema() {
		TestPostgres.drop(SCHEMA);
	}

}
