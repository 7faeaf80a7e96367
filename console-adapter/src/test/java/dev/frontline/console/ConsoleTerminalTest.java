package dev.frontline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseConversation;
import dev.frontline.cases.Cases;
import dev.frontline.conversation.Conversation;
import dev.frontline.people.People;
import dev.frontline.cases.CaseCorrections;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.followups.FollowUps;
import dev.frontline.incidents.Incidents;
import dev.frontline.people.Actor;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.stories.ImprovementActions;
import dev.frontline.home.Homes;
import dev.frontline.stories.StoryMeetings;
import dev.frontline.stories.StoryThemes;

/**
 * The console driven through a stream, as when input comes from a pipe or
 * {@code /dev/null}: a dumb terminal that runs the same commands and ends with the input.
 */
class ConsoleTerminalTest {

	final CaseActions caseActions = mock(CaseActions.class);

	final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

	final Actor operator = new Actor("console", "operator", "Operator");

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void typedLinesRunInTurnAndTheEndOfInputClosesTheConsole() {
		ConsoleTerminal terminal = terminal("ack 1042\nack 1043\naprove 3\n");

		runUntilTheInputEnds(terminal);

		verify(caseActions).acknowledge(1042, operator);
		verify(caseActions).acknowledge(1043, operator);
		assertThat(printed().replace("\r", ""))
			.isEqualTo("frontline> ack 1042\nfrontline> ack 1043\nfrontline> aprove 3\n"
					+ "Unknown command \"aprove\". Did you mean approve? Type help for the commands.\n");
	}

	@Test
	void onATerminalTheUpArrowRecallsTheLastLineAndSeveritiesAreInColour() {
		InputStream typed = new ByteArrayInputStream("ack 1042\r\u001bOA\r".getBytes(StandardCharsets.UTF_8));
		ConsoleTerminal terminal = ConsoleTerminal.interactive(typed, out, "xterm-256color", 100, List::of);
		terminal.print("SEV1 · 1003 · OPEN · flight-ops");

		runUntilTheInputEnds(terminal);

		verify(caseActions, times(2)).acknowledge(1042, operator);
		assertThat(printed()).contains("\u001b[").contains("SEV1").contains(ConsoleTerminal.PROMPT);
		assertThat(terminal.width()).isEqualTo(100);
	}

	@Test
	void anEmptyInputSuchAsDevNullEndsAtOnce() {
		runUntilTheInputEnds(terminal(""));

		assertThat(printed()).doesNotContain("Unknown command");
	}

	@Test
	void cardsAndNotesFromTheTeamArePrintedWithoutInternalReferences() {
		ConsoleTerminal terminal = terminal("");
		ConsoleChatPlatform chat = new ConsoleChatPlatform(terminal);

		chat.postCard(new ChannelAddress("console", "baggage"), ConsoleRendererTest.CARD, "frontline-138");
		chat.postThreadNote(new ChannelAddress("console", "baggage"), "frontline-138",
				new ThreadNote("Acknowledged by Sam."), "frontline-139");

		assertThat(printed()).contains("┌ [!! ] SEV2 · Case 1042 · OPEN   #baggage")
			.contains("↳ #baggage, Case 1042: Acknowledged by Sam.")
			.doesNotContain("frontline-13");
	}

	@Test
	void completionOffersCommandsFirstAndOpenCaseNumbersAfterACommandThatTakesOne() {
		List<Candidate> commands = new ArrayList<>();
		List<Candidate> cases = new ArrayList<>();
		List<Candidate> none = new ArrayList<>();

		ConsoleTerminal.complete(List.of("a"), 0, () -> List.of(1042L), commands);
		ConsoleTerminal.complete(List.of("ack", ""), 1, () -> List.of(1042L, 1043L), cases);
		ConsoleTerminal.complete(List.of("approve", ""), 1, () -> List.of(1042L), none);

		assertThat(commands).extracting(Candidate::value).contains("ack", "approve", "/cases", "help");
		assertThat(cases).extracting(Candidate::value).containsExactly("1042", "1043");
		assertThat(none).isEmpty();
	}

	private ConsoleTerminal terminal(String typed) {
		InputStream in = new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8));
		return ConsoleTerminal.plain(in, out);
	}

	private void runUntilTheInputEnds(ConsoleTerminal terminal) {
		ConsoleCommands commands = new ConsoleCommands(
				new Conversation(
						List.of(new CaseConversation(caseActions, mock(CaseCorrections.class), mock(Cases.class))),
						mock(People.class)),
				mock(Incidents.class), mock(ReplyDrafts.class), mock(FollowUps.class),
				new ConsoleStories(mock(Homes.class), mock(Conversation.class), mock(StoryMeetings.class),
						java.time.Clock.systemUTC()),
				operator, false, terminal::width);
		ConsoleCommandLoop loop = new ConsoleCommandLoop(terminal, commands, events);
		loop.start();
		await().untilAsserted(() -> verify(events).publishEvent(new ConsoleInputClosed()));
	}

	private String printed() {
		return out.toString(StandardCharsets.UTF_8);
	}

}
