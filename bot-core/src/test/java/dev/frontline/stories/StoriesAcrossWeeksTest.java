package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.followups.StepStatus;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.people.NotPermittedException;
import dev.frontline.stories.internal.StoryWeeks;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;

/**
 * What leaders make of the stories over two weeks of the loyalty team: themes given by a
 * supervisor and counted across weeks, a story turned into an improvement action that is
 * reminded, called out when late and closed, and a resolved case nominated as a teachable
 * moment whose form comes prefilled and redacted — shared anonymously without a trace of
 * its author.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = { "frontline.test.clock-start=2026-11-02T08:00:00Z", "logging.level.dev.frontline=TRACE",
		"logging.level.org.springframework.jdbc=DEBUG", "frontline.stories.teams.loyalty.zone=Europe/London",
		"frontline.stories.teams.loyalty.members[0].id=slack:U-STAFF",
		"frontline.stories.teams.loyalty.members[0].name=Sam Staff",
		"frontline.stories.teams.loyalty.members[1].id=slack:U-STAFF-2",
		"frontline.stories.teams.loyalty.members[1].name=Olu Staff",
		"frontline.stories.teams.loyalty.members[2].id=slack:U-SUPER",
		"frontline.stories.teams.loyalty.members[2].name=Sofia Supervisor" })
class StoriesAcrossWeeksTest {

	@Autowired
	StoryWeeks weeks;

	@Autowired
	Stories stories;

	@Autowired
	StoryThemes themes;

	@Autowired
	ImprovementActions actions;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	CaseActions caseActions;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingChatPlatform chat;

	@Autowired
	JdbcClient jdbc;

	@Test
	void themesActionsAndTeachableMomentsAcrossTwoWeeks(CapturedOutput output) {
		// Week one: two stories, a digest, themes.
		weeks.moveOn();
		clock.set(Instant.parse("2026-11-02T10:00:05Z"));
		weeks.moveOn();
		Story desk = stories.share(People.STAFF, new StoryForm("A customer missed a connection and we rebooked twice.",
				"Called the station.", "A rebooking screen that shows seats.", null, "rebooking", false));
		Story safety = stories.share(People.SUPERVISOR, new StoryForm("A customer posted a colleague's name.",
				"Took it to a private message.", "Initials only on replies.", null, "safety", false));
		assertThatThrownBy(() -> actions.create(People.SUPERVISOR, desk.id(), "Seat map on the rebooking screen",
				People.STAFF, "2d"))
			.hasMessageContaining("is not in a digest yet");

		clock.set(Instant.parse("2026-11-05T15:00:00Z"));
		weeks.moveOn();
		String digestOne = digestRef("2026-11-05");
		List<ThreadNote> thread = awaitNotes(digestOne, 2);
		assertThat(thread.getFirst().actions()).extracting(action -> action.label() + "=" + action.value())
			.containsExactly("Add theme=" + desk.id(), "Improvement action=" + desk.id());

		assertThat(themes.tag(People.SUPERVISOR, desk.id(), "  Rebooking ").themes()).containsExactly("rebooking");
		themes.tag(People.SUPERVISOR, safety.id(), "staff safety");
		assertThatThrownBy(() -> themes.tag(People.STAFF, desk.id(), "rebooking"))
			.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> themes.tag(People.SUPERVISOR, desk.id(), "!")).hasMessageStartingWith("A theme is");

		// Week two: one more story on the same theme.
		clock.set(Instant.parse("2026-11-09T10:00:05Z"));
		weeks.moveOn();
		Story rebookedAgain = stories.share(People.OTHER_STAFF, new StoryForm("Rebooked a family of five by phone.",
				"Split them over two flights.", "Group rebooking.", null, "family", false));
		clock.set(Instant.parse("2026-11-12T15:00:00Z"));
		weeks.moveOn();
		awaitNotes(digestRef("2026-11-12"), 1);
		themes.tag(People.SUPERVISOR, rebookedAgain.id(), "rebooking");

		assertThat(stories.storiesCommand(People.STAFF, "themes").text()).isEqualTo("""
				Themes of loyalty over the last 8 weeks, most frequent first (stories per week):
				rebooking: 2 stories in 2 weeks · week of 9 Nov 1, week of 2 Nov 1
				staff-safety: 1 story in 1 week · week of 2 Nov 1""");
		assertThat(stories.storiesCommand(People.STAFF, "theme rebooking").text())
			.startsWith("Stories on \"rebooking\" (theme or tag), newest first: 2 in 2 weeks")
			.contains("week of 9 Nov\nStory " + rebookedAgain.id() + " · Olu Staff · family")
			.contains("Themes: rebooking");
		assertThat(stories.storiesCommand(People.STAFF, "theme family").text()).contains("1 in 1 week");
		assertThat(stories.storiesCommand(People.STAFF, "theme").text()).startsWith("Which theme?");

		// An improvement action from week one's story, tracked like a follow-up step.
		ImprovementAction action = actions.create(People.SUPERVISOR, desk.id(), "Seat map on the rebooking screen",
				People.STAFF, "2d");
		ThreadNote created = awaitNotes(digestOne, 3).get(2);
		assertThat(created.text()).isEqualTo("Improvement action " + action.id() + " from story " + desk.id()
				+ ", by Sofia Supervisor: Seat map on the rebooking screen · Sam Staff · due Sat 15:00 UTC");
		assertThat(created.mentions()).extracting(ThreadNote.Mention::id).containsExactly("U-STAFF");
		assertThat(created.actions()).extracting(Object::toString).hasSize(2);
		assertThat(stories.storiesCommand(People.OTHER_STAFF, "actions").text())
			.contains("Action " + action.id() + " (story " + desk.id() + "): Seat map on the rebooking screen");
		assertThatThrownBy(() -> actions.create(People.STAFF, desk.id(), "x", People.STAFF, "2d"))
			.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> actions.create(People.SUPERVISOR, desk.id(), "x", People.STRANGER, "2d"))
			.hasMessage("Stranger is not in a care team: choose someone who is.");

		clock.set(action.dueAt().minus(Duration.ofMinutes(30)));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> directs("U-STAFF", "Reminder: your improvement action " + action.id()).size(),
					size -> size == 1);
		clock.set(action.dueAt().plusSeconds(1));
		ThreadNote overdue = awaitNotes(digestOne, 4).get(3);
		assertThat(overdue.text()).startsWith("Overdue: improvement action " + action.id());
		assertThat(overdue.mentions()).extracting(ThreadNote.Mention::id).contains("U-STAFF", "U-SUPER");
		assertThatThrownBy(() -> actions.done(action.id(), People.OTHER_STAFF))
			.isInstanceOf(NotPermittedException.class)
			.hasMessage("Sorry, only Sam Staff, who owns improvement action " + action.id()
					+ ", or a supervisor of loyalty can close it.");
		assertThatThrownBy(() -> actions.waive(action.id(), People.OTHER_STAFF, "not ours"))
			.isInstanceOf(NotPermittedException.class);
		assertThat(actions.done(action.id(), People.STAFF).status()).isEqualTo(StepStatus.DONE);
		assertThat(awaitNotes(digestOne, 5).get(4).text())
			.isEqualTo("Improvement action " + action.id() + " done by Sam Staff: Seat map on the rebooking screen");
		assertThatThrownBy(() -> actions.done(action.id(), People.STAFF)).hasMessageEndingWith("is already done.");
		assertThat(directs("U-STAFF", "Reminder: your improvement action")).as("one reminder only").hasSize(1);

		// A teachable moment: a resolved case, nominated, becomes a prefilled form.
		long number = intake.submit(List.of(new IncomingComplaint("x", "moment-1",
				"Mara Tell here: booking QX7P2L, my bag didn't come off the belt and the baggage desk can't find it."
						+ " Write to mara.tell@example.com",
				URI.create("https://social.example/x/moment-1"), clock.instant(),
				new IncomingComplaint.Author("@mara_t", "Mara Tell", 860), IncomingComplaint.Engagement.NONE, null,
				new IncomingComplaint.Customer("silver", null), "en")))
			.getFirst()
			.caseNumber();
		assertThat(stories.storiesCommand(People.SUPERVISOR, "nominate " + number).text())
			.isEqualTo("Case " + number + " is OPEN: nominate it as a story once it is resolved.");
		caseActions.acknowledge(number, People.STAFF);
		caseActions.resolve(number, People.STAFF, "Bag delivered to Mara Tell at her hotel");
		assertThat(stories.storiesCommand(People.SUPERVISOR, "nominate " + number).text())
			.isEqualTo("Case " + number + " is nominated as a story: Sam Staff is asked privately to share it.");
		assertThat(stories.storiesCommand(People.SUPERVISOR, "nominate " + number).text())
			.isEqualTo("Case " + number + " is nominated for Sam Staff already.");
		assertThat(stories.storiesCommand(People.SUPERVISOR, "nominate 999999").text())
			.isEqualTo("There is no case 999999.");
		RecordingChatPlatform.Call asked = await().atMost(Duration.ofSeconds(10))
			.until(() -> directs("U-STAFF", "Sofia Supervisor nominated case " + number), calls -> calls.size() == 1)
			.getFirst();
		long nomination = Long.parseLong(asked.note().actions().getFirst().value());
		assertThat(asked.note().actions().getFirst().label()).isEqualTo("Share this case as a story");
		assertThat(stories.statusOf(People.STAFF).orElseThrow().nominations()).extracting(Nomination::caseNumber)
			.containsExactly(number);

		Stories.Opened opened = stories.openNominated(People.STAFF, nomination);
		StoryForm prefill = opened.prefill();
		assertThat(opened.nomination()).isEqualTo(nomination);
		assertThat(prefill.whatHappened()).startsWith("A SEV")
			.contains("baggage case. The customer wrote: \"[name] here: booking [booking ref], my bag didn't come off"
					+ " the belt and the baggage desk can't find it. Write to [e-mail]\"")
			.doesNotContain("Mara", "mara", "QX7P2L");
		assertThat(prefill.whatYouDid()).contains("Acknowledged", "Resolved: Bag delivered to [name] at her hotel")
			.doesNotContain("Sam");
		assertThat(prefill.tags()).isEqualTo("baggage");
		assertThatThrownBy(() -> stories.openNominated(People.OTHER_STAFF, nomination))
			.hasMessage("You have no nomination " + nomination + ".");

		// Shared anonymously: nothing in the database, the commands or the logs leads
		// back.
		clock.set(Instant.parse("2026-11-16T10:00:05Z"));
		weeks.moveOn();
		int logFrom = output.getAll().length();
		Story anonymous = stories.share(People.STAFF, new StoryForm(prefill.whatHappened(),
				prefill.whatYouDid() + " Mara was kind in the end.", "A faster courier.", null, prefill.tags(), true),
				nomination);
		assertThat(anonymous.whatYouDid()).endsWith("[name] was kind in the end.");
		assertThat(stories.statusOf(People.STAFF).orElseThrow().week().answered())
			.as("the author's participation is not written with the story")
			.isFalse();
		assertThat(stories.statusOf(People.STAFF).orElseThrow().nominations()).hasSize(1);
		clock.set(Instant.parse("2026-11-19T15:00:00Z"));
		weeks.moveOn();
		assertThat(stories.statusOf(People.STAFF).orElseThrow().nominations()).isEmpty();
		assertThat(stories.statusOf(People.STAFF).orElseThrow().week().answered()).isTrue();
		ThreadNote inDigest = awaitNotes(digestRef("2026-11-19"), 1).getFirst();
		String shown = inDigest.text() + stories.storiesCommand(People.OTHER_STAFF, "last-week").text()
				+ stories.storiesCommand(People.OTHER_STAFF, "theme baggage").text();
		assertThat(shown).contains("Story " + anonymous.id() + " · Anonymous").doesNotContain("Sam", "U-STAFF");
		Map<String, Object> row = jdbc.sql("select * from story where id = ?")
			.param(anonymous.id())
			.query()
			.singleRow();
		assertThat(row.values()).noneMatch(
				value -> value != null && (value.toString().contains("U-STAFF") || value.toString().contains("Sam")));
		assertThat(jdbc.sql("select count(*) from story_nomination where shared = true").query(Integer.class).single())
			.isEqualTo(1);
		assertThat(output.getAll().substring(logFrom)).as("the logs while it was shared and posted")
			.isNotEmpty()
			.doesNotContain("U-STAFF\"", "U-STAFF ", "Sam Staff");
	}

	private String digestRef(String day) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.calls()
				.stream()
				.filter(call -> call.method().equals("postCard") && call.channel().channel().equals("C-LOYALTY")
						&& call.card().title().startsWith("Challenging") && call.at().toString().startsWith(day))
				.findFirst(), found -> found.isPresent())
			.orElseThrow()
			.ref();
	}

	private List<ThreadNote> awaitNotes(String cardRef, int count) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.callsFor(cardRef)
				.stream()
				.filter(call -> call.method().equals("postThreadNote"))
				.map(RecordingChatPlatform.Call::note)
				.toList(), notes -> notes.size() >= count);
	}

	private List<RecordingChatPlatform.Call> directs(String user, String startingWith) {
		return chat.calls()
			.stream()
			.filter(call -> call.method().equals("sendDirectMessage") && call.ref().equals(user)
					&& call.note().text().startsWith(startingWith))
			.toList();
	}

}
