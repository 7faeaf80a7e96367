package dev.frontline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButtons;
import dev.frontline.cases.CaseCommands;
import dev.frontline.cases.CaseConversation;
import dev.frontline.cases.CaseTyping;
import dev.frontline.followups.FollowUpTyping;
import dev.frontline.home.HomeTyping;
import dev.frontline.incidents.IncidentTyping;
import dev.frontline.replies.ReplyTyping;
import dev.frontline.reports.ReportTyping;
import dev.frontline.stories.StoryTyping;
import dev.frontline.cases.Cases;
import dev.frontline.conversation.Conversation;
import dev.frontline.followups.FollowUpConversation;
import dev.frontline.incidents.IncidentConversation;
import dev.frontline.people.People;
import dev.frontline.replies.ReplyConversation;
import dev.frontline.cases.CaseCorrections;
import dev.frontline.cases.CaseConflictException;
import dev.frontline.cases.CommandReply;
import dev.frontline.followups.FollowUps;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.incidents.IncidentNotices;
import dev.frontline.incidents.Incidents;
import dev.frontline.incidents.NoticeDraft;
import dev.frontline.incidents.NoticePurpose;
import dev.frontline.incidents.NoticeStatus;
import dev.frontline.home.Home;
import dev.frontline.home.Homes;
import dev.frontline.people.Actor;
import dev.frontline.replies.DraftForm;
import dev.frontline.replies.DraftRef;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.followups.StepStatus;
import dev.frontline.stories.ImprovementAction;
import dev.frontline.stories.ImprovementActions;
import dev.frontline.scheduling.DemoClock;
import dev.frontline.stories.StoryButtons;
import dev.frontline.stories.StoryConversation;
import dev.frontline.stories.StoryMeetings;
import dev.frontline.stories.Stories;
import dev.frontline.stories.StoriesCommand;
import dev.frontline.stories.StoryThemes;
import dev.frontline.stories.Story;
import dev.frontline.stories.StoryForm;
import dev.frontline.stories.StoryPreviews;
import dev.frontline.stories.StorySharing;
import dev.frontline.delivery.PlainCards;

/** Typed lines become the same core calls a Slack button or command makes. */
class ConsoleCommandsTest {

	final CaseCommands caseCommands = mock(CaseCommands.class);

	{
		// The mocked commands still declare themselves to the port, as the real ones do.
		doCallRealMethod().when(caseCommands).declare(any());
	}

	final CaseActions caseActions = mock(CaseActions.class);

	final CaseCorrections corrections = mock(CaseCorrections.class);

	final Incidents incidents = mock(Incidents.class);

	final IncidentActions incidentActions = mock(IncidentActions.class);

	final IncidentNotices incidentNotices = mock(IncidentNotices.class);

	final ReplyDrafts replies = mock(ReplyDrafts.class);

	final Actor operator = new Actor("console", "operator", "Operator");

	final FollowUps followUps = mock(FollowUps.class);

	final Stories stories = mock(Stories.class);

	final StoryThemes themes = mock(StoryThemes.class);

	final ImprovementActions improvements = mock(ImprovementActions.class);

	final StoryMeetings meetings = mock(StoryMeetings.class);

	final Homes homes = mock(Homes.class);

	/** Previews held as the database would, one at a time. */
	final StoryPreviews previews = mock(StoryPreviews.class);

	final AtomicReference<StoryPreviews.Held> held = new AtomicReference<>();

	{
		when(stories.previews()).thenReturn(previews);
		when(previews.hold(any())).thenAnswer(invocation -> {
			held.set(invocation.getArgument(0));
			return "sealed";
		});
		when(previews.find("sealed")).thenAnswer(invocation -> Optional.ofNullable(held.get()));
		when(stories.preview(any(), any(), any()))
			.thenAnswer(invocation -> new Stories.Preview(invocation.getArgument(1), "Taken out: nothing."));
	}

	final DemoClock demoClock = new DemoClock(Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));

	final Cases cases = mock(Cases.class);

	/** The port with the capabilities' own declarations, over the mocked core. */
	final Conversation conversation = conversation(demoClock);

	final ConsoleCommands console = console(conversation, false);

	Conversation conversation(Clock clock) {
		return new Conversation(List.of(new CaseConversation(caseActions, corrections, cases),
				new IncidentConversation(incidentActions, mock(People.class), incidentNotices, incidents),
				new ReplyConversation(replies), new FollowUpConversation(followUps, caseActions, cases),
				new StoryConversation(themes, improvements, mock(People.class)), new StorySharing(stories),
				caseCommands, new StoriesCommand(stories), new CaseTyping(cases), new ReplyTyping(replies),
				new FollowUpTyping(followUps), new IncidentTyping(incidents), new HomeTyping(homes),
				new StoryTyping(meetings, clock), new ReportTyping()), mock(People.class));
	}

	ConsoleCommands console(Conversation conversation, boolean actAsOthers) {
		return new ConsoleCommands(
				ConsoleTerminal.plain(InputStream.nullInputStream(), OutputStream.nullOutputStream()), conversation,
				new PlainCards(conversation.typing()::formOf),
				new ConsoleSettings(true, "operator", "Operator", actAsOthers), Path.of("data", "reports"), event -> {
				});
	}

	@Test
	void severityAndMoveAreTypedAsTheirButtonsAreWithTheNewValueAndAReason() {
		assertThat(console.run("severity 1001 SEV1 an injury on board")).isEqualTo("Case 1001 is now SEV1.");
		verify(corrections).changeSeverity(1001, operator, "SEV1", "an injury on board");
		assertThat(console.run("move #1001 loyalty it is about their miles"))
			.isEqualTo("Case 1001 is moved to loyalty.");
		verify(corrections).moveTeam(1001, operator, "loyalty", "it is about their miles");

		assertThat(console.run("severity 1001")).isEqualTo("Usage: severity <case> SEV1..SEV4 <reason>");
		assertThat(console.run("move")).isEqualTo("Usage: move <case> <team> <reason>");
		when(corrections.changeSeverity(1002, operator, "SEV4", "a question"))
			.thenThrow(new dev.frontline.people.NotPermittedException(
					"Sorry, only a supervisor can lower the severity of a case: Sofia."));
		assertThat(console.run("severity 1002 SEV4 a question"))
			.isEqualTo("Sorry, only a supervisor can lower the severity of a case: Sofia.");
		assertThat(conversation.typing().formOf(CaseButtons.CHANGE_SEVERITY.on("1001", false)))
			.isEqualTo("severity 1001 SEV1..SEV4 <reason>");
		assertThat(conversation.typing().formOf(CaseButtons.MOVE_TEAM.on("1001", false)))
			.isEqualTo("move 1001 <team> <reason>");
	}

	@Test
	void demoMeetingMovesTheDemosClockToTheWeeklyStoryMeeting() {
		Instant thursday = Instant.parse("2026-11-26T15:00:00Z");
		when(meetings.holdNext(eq(operator), any())).thenAnswer(call -> {
			call.<Consumer<Instant>>getArgument(1).accept(thursday);
			return new StoryMeetings.Meeting("baggage", thursday);
		});

		assertThat(console.run("demo meeting"))
			.startsWith("The demo's clock now reads Thu 26 Nov 15:00 UTC: the baggage team's weekly story meeting.")
			.contains("story theme <id> <theme>");
		assertThat(demoClock.instant()).isEqualTo(thursday);
		assertThat(console.run("demo")).startsWith("Usage: demo meeting");
	}

	@Test
	void outsideTheDemoTheClockKeepsRealTime() {
		ConsoleCommands realTime = console(conversation(Clock.systemUTC()), false);

		assertThat(realTime.run("demo meeting")).startsWith("Only the demo's clock can be moved");
		verifyNoInteractions(meetings);
	}

	@Test
	void aStoryIsTypedAsFiveAnswersBetweenBarsAndSharedAnonymouslyWhenAsked() {
		when(stories.share(eq(operator), any(), eq(null)))
			.thenReturn(new Story(4, "baggage", null, "a", "b", "c", null, List.of("delay"), false, List.of()));

		assertThat(
				console.run("story share-anonymously A rebooking went wrong | I called | a rebooking tool |  | delay"))
			.isEqualTo("Thank you. Story 4 is in the next digest, with no name: nothing links it to you.");
		verify(stories).share(operator,
				new StoryForm("A rebooking went wrong", "I called", "a rebooking tool", null, "delay", true), null);
		assertThat(console.run("story share only one answer")).startsWith("Please give the five answers between |");
		when(stories.storiesCommand(operator, "last-week"))
			.thenReturn(CommandReply.text("Last week's stories: none yet."));
		assertThat(console.run("/stories last-week")).isEqualTo("Last week's stories: none yet.");
	}

	@Test
	void aNominatedStoryThemesAndImprovementActionsAreTypedAsTheirButtonsAre() {
		when(stories.share(eq(operator), any(), eq(3L)))
			.thenReturn(new Story(5, "baggage", "Operator", "a", "b", "c", null, List.of(), false, List.of()));
		when(themes.tag(operator, 5, "Lost bags")).thenReturn(
				new Story(5, "baggage", "Operator", "a", "b", "c", null, List.of(), true, List.of("lost-bags")));
		when(improvements.create(eq(operator), eq(5L), eq("Book couriers from the desk"),
				eq(new Actor("console", "sam", "sam")), eq("2d")))
			.thenReturn(new ImprovementAction(9, 5, "baggage", "Book couriers from the desk", "console:sam", "sam",
					java.time.Instant.parse("2026-11-25T10:00:00Z"), StepStatus.OPEN, null, null));

		assertThat(console.run("story share for 3 A lost bag | Found it | A courier |  | baggage"))
			.isEqualTo("Thank you. Story 5 is in the next digest."
					+ " You can change it with /story until the digest is posted.");
		assertThat(console.run("story theme 5 Lost bags")).isEqualTo("Story 5 has the themes: lost-bags");
		assertThat(console.run("story action 5 sam 2d Book couriers from the desk"))
			.isEqualTo("Improvement action 9 is in the digest's thread.");
		assertThat(console.run("story action 5 sam")).isEqualTo("Usage: story action <id> <owner> <due> <what>");
		assertThat(conversation.typing().formOf(StoryButtons.IMPROVE.on("5", false)))
			.isEqualTo("story action 5 <owner> <due> <what>");
		assertThat(conversation.typing().formOf(StoryButtons.SHARE_CASE.on("3", true))).isEqualTo("story nominated 3");
	}

	@Test
	void theHomeShowsWhatWaitsWithEachButtonAsItIsTyped() {
		when(homes.of(operator))
			.thenReturn(new Home(List.of(new Home.Heading("Frontline"), new Home.Heading("Your weekly story · baggage"),
					new Home.Line("Case 1042 was nominated for you as a teachable moment by <@U0SOFIA>."),
					new Home.Buttons(List.of(StoryButtons.SHARE_CASE.on("3", false))))));

		assertThat(console.run("home")).isEqualTo("Frontline\nYour weekly story · baggage\n"
				+ "  Case 1042 was nominated for you as a teachable moment by <@U0SOFIA>.\n  (story nominated 3)");
		assertThat(console.run("story status")).isEqualTo(console.run("home"));
	}

	@Test
	void stepsAreNamedByTheirCaseAndPlaceAndTypedWithTheirDueTimeAndWhatToDo() {
		when(followUps.step("1042.2"))
			.thenReturn(new dev.frontline.followups.FollowUpStep(7, 1042, 2, "Call", "console:operator", "Operator",
					java.time.Instant.parse("2026-11-25T10:00:00Z"), StepStatus.OPEN, null, null));
		dev.frontline.followups.FollowUpStep step = new dev.frontline.followups.FollowUpStep(7, 1042, 2, "Call",
				"console:operator", "Operator", java.time.Instant.parse("2026-11-25T10:00:00Z"), StepStatus.OPEN, null,
				null);
		when(followUps.pressedStep("1042.2")).thenReturn(step);
		when(followUps.waive(7, operator, "bag turned up at the hotel")).thenReturn(step);
		when(followUps.reassign(7, operator, new Actor("console", "sam", "sam"))).thenReturn(step);
		when(followUps.edit(7, operator, "Call the Denver station again", "1d4h")).thenReturn(step);
		when(followUps.step("2")).thenThrow(
				new IllegalArgumentException("Please name the step by its case and place, such as 1035.2, not \"2\"."));
		console.run("plan 1042");
		console.run("step add 1042 4h Call the Denver station");
		console.run("step done 1042.2");
		console.run("step waive 1042.2 bag turned up at the hotel");
		console.run("step reassign 1042.2 sam");
		console.run("step edit 1042.2 1d4h Call the Denver station again");
		console.run("resolve-waiving 1042 customer happy");

		assertThat(console.run("step done 2"))
			.isEqualTo("Please name the step by its case and place, such as 1035.2, not \"2\".");
		verify(followUps).done(7, operator);

		verify(followUps).plan(1042, operator);
		verify(followUps).addStep(1042, operator, "Call the Denver station", "4h");
		verify(followUps).waive(7, operator, "bag turned up at the hotel");
		verify(followUps).reassign(7, operator, new Actor("console", "sam", "sam"));
		verify(followUps).edit(7, operator, "Call the Denver station again", "1d4h");
		verify(followUps).resolveWaivingOpenSteps(1042, operator, "customer happy");
		assertThat(console.run("step reassign 1042.2")).startsWith("Usage: step add <case> <due> <what>");
		assertThat(conversation.typing().formOf(dev.frontline.followups.StepButtons.DONE.on("1042.2", true)))
			.isEqualTo("step done 1042.2");
	}

	@Test
	void draftShowsTheFormAndReplySubmitsItWithItsNote() {
		when(replies.open(1042, operator)).thenReturn(
				new DraftForm(1042, null, "Hi Mara, I'm sorry your bag hasn't reached you.", null, List.of("Sam")));

		assertThat(console.run("draft 1042")).contains("Also drafting: Sam. You may both go on")
			.contains("Reply: Hi Mara, I'm sorry your bag hasn't reached you.")
			.contains("Submit: reply 1042 <text> [// note to reviewers]");
		console.run("reply 1042 Sorry Mara, please DM us your tag // she is a gold member");

		verify(replies).submit(1042, operator, "Sorry Mara, please DM us your tag", "she is a gold member");
	}

	@Test
	void approveNamesTheVersionShownAndKeepLeavesOtherDraftsInReview() {
		console.run("approve 7:2");
		console.run("approve 8 keep");

		verify(replies).approve(new DraftRef(7, 2), operator, true);
		verify(replies).approve(new DraftRef(8, null), operator, false);
		assertThat(console.run("approve 8 later")).startsWith("Usage: approve <draft> [keep]");
	}

	@Test
	void asActsAsAnotherConfiguredPersonOnlyWhereTheLocalDemoTurnsItOn() {
		ConsoleCommands demo = console(conversation, true);

		demo.run("as sam changes 7 Mention the Denver office");

		verify(replies).requestChanges(7, new Actor("console", "sam", "sam"), "Mention the Denver office");
	}

	@Test
	void asIsRefusedOutsideTheLocalDemo() {
		assertThat(console.run("as sam approve 7:2")).startsWith("Sorry, \"as <user>\" only works in the local demo")
			.endsWith("here you act as yourself, Operator.");

		verifyNoInteractions(replies);
	}

	@Test
	void aRefusalFromTheCoreIsPrintedNotThrown() {
		when(replies.markPosted(1042, operator, "ftp://x"))
			.thenThrow(new IllegalArgumentException("Please give the public link of the posted reply"));

		assertThat(console.run("posted 1042 ftp://x")).isEqualTo("Please give the public link of the posted reply");
	}

	@Test
	void slashCommandsPassTheirArgumentsToTheCore() {
		when(caseCommands.caseCommand(operator, "search lost bag")).thenReturn(new CommandReply("2 found", List.of()));

		assertThat(console.run("/case search lost bag")).isEqualTo("2 found");
	}

	@Test
	void ackPressesTheAcknowledgeButton() {
		console.run("ack 1042");

		verify(caseActions).acknowledge(1042, operator);
	}

	@Test
	void escalateAndResolveCarryTheirText() {
		console.run("escalate 1042 stranded with two kids");
		console.run("resolve #1042 rebooked on LK405");

		verify(caseActions).escalate(1042, operator, "stranded with two kids");
		verify(caseActions).resolve(1042, operator, "rebooked on LK405");
	}

	@Test
	void incidentButtonsAreTypedAfterTheWordIncident() {
		console.run("incident ack 7");
		console.run("incident affected #7");
		console.run("incident resolve 7 LK905 passengers rebooked on LK907");

		verify(incidentActions).acknowledge(7, operator);
		verify(incidentActions).listAffected(7, operator);
		verify(incidentActions).resolve(7, operator, "LK905 passengers rebooked on LK907", true);
	}

	@Test
	void noticesAreTypedAfterTheWordIncident() {
		when(incidentNotices.submit(7, operator, "Hi {name}, sorry: LK905 is cancelled. DM us.", true))
			.thenReturn(new NoticeDraft(7, 1, NoticePurpose.NOTICE, "Hi {name}, sorry: LK905 is cancelled. DM us.",
					true, NoticeStatus.PENDING, "", "console:operator", "Operator", Instant.EPOCH, null, null));
		when(incidentNotices.approve(7, 1, operator)).thenReturn(12);
		when(incidentNotices.markNotified(7, operator, "1012 1013")).thenReturn(2);

		assertThat(console.run("incident notify 7 Hi {name}, sorry: LK905 is cancelled. DM us."))
			.startsWith("Notice 1 is in the incident's thread");
		assertThat(console.run("incident approve 7:1")).isEqualTo("Approved: the notice goes to 12 customers.");
		assertThat(console.run("incident notified 7 1012 1013")).isEqualTo("2 customers are marked notified.");
		console.run("incident update 7 Hi {name}, LK907 boards at 18:10.");

		verify(incidentNotices).postUpdate(7, operator, "Hi {name}, LK907 boards at 18:10.");
	}

	@Test
	void aBadIncidentCommandGetsUsage() {
		assertThat(console.run("incident close 7")).startsWith("Usage: incident <number>");
		assertThat(console.run("incident ack seven")).startsWith("Usage: incident <number>");
		verifyNoInteractions(incidentActions);
	}

	@Test
	void aMissingCaseNumberGetsUsage() {
		assertThat(console.run("ack")).isEqualTo("Usage: ack <case>");
		assertThat(console.run("resolve soon")).isEqualTo("Usage: resolve <case> <note>");
		verifyNoInteractions(caseActions);
	}

	@Test
	void aRefusalFromTheCoreIsShownAsItsMessage() {
		when(caseActions.acknowledge(eq(7L), eq(operator)))
			.thenThrow(new CaseConflictException("Case 7 is already owned by Sam."));

		assertThat(console.run("ack 7")).isEqualTo("Case 7 is already owned by Sam.");
	}

	@Test
	void anUnknownCommandGetsAShortHintNotTheWholeHelp() {
		assertThat(console.run("dance")).isEqualTo("Unknown command \"dance\". Type help for the commands.");
		assertThat(console.run("aprove 3:1"))
			.isEqualTo("Unknown command \"aprove\". Did you mean approve? Type help for the commands.");
		assertThat(console.run("/caes open")).contains("Did you mean /case?");
		assertThat(console.run("\u001b[A")).isEqualTo("Unknown command \"\\u001b[A\". Type help for the commands.");
		assertThat(console.run("stpe done 1042.1")).contains("Did you mean step?");
		assertThat(console.run("help")).contains("/case <number> [history]").contains("step done 1035.2");
		verify(caseCommands).declare(any());
		verifyNoMoreInteractions(caseCommands);
	}

	@Test
	void blankLinesDoNothing() {
		assertThat(console.run("   ")).isEmpty();
		verify(caseCommands).declare(any());
		verifyNoMoreInteractions(caseCommands);
		verifyNoInteractions(caseActions);
	}

}
