package dev.frontline.stories.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.delivery.ThreadNote;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.stories.Stories;
import dev.frontline.stories.Story;
import dev.frontline.stories.StoryForm;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;

/**
 * One story week of the loyalty team in London, with a movable clock: the prompt on
 * Monday at 10:00 to everyone but the absent, the presenter by rotation, stories shared
 * named and anonymously, one reminder to the one who has not answered, and the digest at
 * Thursday's meeting — after which a story no longer changes.
 */
@SpringBootTest(properties = { "frontline.test.clock-start=2026-11-20T08:00:00Z",
		"frontline.stories.teams.loyalty.zone=Europe/London",
		"frontline.stories.teams.loyalty.members[0].id=slack:U-STAFF",
		"frontline.stories.teams.loyalty.members[0].name=Sam Staff",
		"frontline.stories.teams.loyalty.members[1].id=slack:U-STAFF-2",
		"frontline.stories.teams.loyalty.members[1].name=Olu Staff",
		"frontline.stories.teams.loyalty.members[2].id=slack:U-SUPER",
		"frontline.stories.teams.loyalty.members[2].name=Sofia Supervisor",
		"frontline.stories.teams.loyalty.members[3].id=slack:U-AWAY",
		"frontline.stories.teams.loyalty.members[3].away[0]=2026-11-16..2026-11-27" })
class StoryWeeksTest {

	@Autowired
	StoryWeeks weeks;

	@Autowired
	Stories stories;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingChatPlatform chat;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWholeWeekFromPromptToDigest() {
		weeks.moveOn();
		clock.set(Instant.parse("2026-11-23T10:00:05Z"));
		weeks.moveOn();

		List<RecordingChatPlatform.Call> prompts = awaitDirect("It's story week", 3);
		assertThat(prompts).extracting(RecordingChatPlatform.Call::ref)
			.containsExactlyInAnyOrder("U-STAFF", "U-STAFF-2", "U-SUPER");
		assertThat(prompts).filteredOn(call -> call.ref().equals("U-STAFF"))
			.singleElement()
			.satisfies(call -> assertThat(call.note().text()).contains("You present it at the team meeting this week"));
		assertThat(prompts).filteredOn(call -> call.ref().equals("U-SUPER")).singleElement().satisfies(call -> {
			assertThat(call.note().text()).contains("This week's presenter is Sam Staff (Thu 26 Nov 15:00)");
			assertThat(call.note().actions()).extracting(action -> action.label()).containsExactly("Share a story");
		});

		Story named = stories.share(People.STAFF,
				new StoryForm("@mara.t shouted at the desk; Olu Staff called her on 07700 900123 about booking QX7P2L.",
						"Listened, took it to DMs, found the bag.", "A baggage tracing login at the desk.", null,
						"baggage, desk", false));
		Story anonymous = stories.share(People.OTHER_STAFF,
				new StoryForm("A customer posted my name online.", "Handed it to a supervisor.",
						"A rule that we only sign replies with initials.", "Sign with initials", "safety", true));
		Story edited = stories.edit(People.STAFF, named.id(),
				new StoryForm("@mara.t shouted at the desk; we called her back about booking QX7P2L.",
						"Listened, took it to DMs, found the bag within an hour.",
						"A baggage tracing login at the desk.", null, "baggage, desk", false));

		assertThat(edited.whatHappened())
			.isEqualTo("[handle] shouted at the desk; we called her back about booking" + " [booking ref].");
		assertThat(named.whatHappened())
			.isEqualTo("[handle] shouted at the desk; [name] called her on [phone] about" + " booking [booking ref].");
		assertThat(anonymous.authorName()).isNull();
		Map<String, Object> row = jdbc.sql("select * from story where id = ?")
			.param(anonymous.id())
			.query()
			.singleRow();
		assertThat(row.values()).as("nothing in the row leads to its author")
			.noneMatch(value -> value != null
					&& (value.toString().contains("U-STAFF-2") || value.toString().contains("Olu")));

		assertThat(anonymous.id()).as("a random number, not the next after the named one")
			.isBetween(1_000_000L, 9_999_999L);
		assertThat(answered("slack:U-STAFF")).isTrue();
		assertThat(answered("slack:U-STAFF-2")).as("nothing of the author written with the story").isFalse();
		assertThat(stories.storiesCommand(People.SUPERVISOR, "this-week").text())
			.startsWith("This week's stories (1):\n\nStory " + named.id() + " · Sam Staff")
			.endsWith("1 anonymous story waits for the digest, where it is shown.")
			.doesNotContain("posted my name");
		assertThatThrownBy(() -> stories.share(new Actor("slack", "U-AWAY", "Away"),
				new StoryForm("a", "b", "c", null, "", false)))
			.as("in the rotation, but with no role")
			.isInstanceOf(NotPermittedException.class);

		// Thursday 11:00, four hours before the meeting: one reminder, to the one who has
		// not answered; the anonymous author's participation was recorded on its own by
		// then.
		clock.set(Instant.parse("2026-11-26T11:00:00Z"));
		weeks.moveOn();
		weeks.moveOn();
		List<RecordingChatPlatform.Call> reminders = awaitDirect("A reminder", 1);
		assertThat(reminders).singleElement().satisfies(call -> assertThat(call.ref()).isEqualTo("U-SUPER"));

		clock.set(Instant.parse("2026-11-26T15:00:00Z"));
		weeks.moveOn();
		weeks.moveOn();
		RecordingChatPlatform.Call header = await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.calls()
				.stream()
				.filter(call -> call.method().equals("postCard") && call.channel().channel().equals("C-LOYALTY")
						&& call.card().title().startsWith("Challenging"))
				.findFirst(), found -> found.isPresent())
			.orElseThrow();
		assertThat(header.card().title()).isEqualTo("Challenging situations · Loyalty");
		assertThat(header.card().fields()).extracting(field -> field.label() + ": " + field.value())
			.containsExactly("Shared: 2 of 3 asked (67%) · 2 stories", "Presenter: Sam Staff",
					"Tags: baggage, desk, safety");
		List<ThreadNote> thread = await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.callsFor(header.ref())
				.stream()
				.filter(call -> call.method().equals("postThreadNote"))
				.map(RecordingChatPlatform.Call::note)
				.toList(), notes -> notes.size() == 2);
		// The anonymous story's place among the named ones is drawn at random.
		assertThat(thread).filteredOn(note -> note.text().startsWith("Story " + named.id() + " · "))
			.singleElement()
			.satisfies(
					note -> assertThat(note.text()).startsWith("Story " + named.id() + " · Sam Staff · baggage, desk")
						.contains("found the bag within an hour"));
		assertThat(thread).filteredOn(note -> note.text().startsWith("Story " + anonymous.id() + " · "))
			.singleElement()
			.satisfies(note -> assertThat(note.text()).startsWith("Story " + anonymous.id() + " · Anonymous · safety")
				.contains("Process idea: Sign with initials"));
		assertThatThrownBy(() -> stories.edit(People.STAFF, named.id(), new StoryForm("x", "y", "z", null, "", false)))
			.hasMessage("Story " + named.id() + " was in the digest already: it no longer changes.");
		assertThat(directs("It's story week")).as("nobody asked twice").hasSize(3);
	}

	private boolean answered(String member) {
		return jdbc.sql("select answered from story_prompt where member_id = ?")
			.param(member)
			.query(Boolean.class)
			.single();
	}

	private List<RecordingChatPlatform.Call> awaitDirect(String startingWith, int count) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> directs(startingWith), calls -> calls.size() >= count);
	}

	private List<RecordingChatPlatform.Call> directs(String startingWith) {
		return chat.calls()
			.stream()
			.filter(call -> call.method().equals("sendDirectMessage") && call.note().text().startsWith(startingWith))
			.toList();
	}

}
