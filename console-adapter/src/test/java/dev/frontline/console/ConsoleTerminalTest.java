package dev.frontline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
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

import java.nio.file.Path;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseSummary;
import dev.frontline.triage.Severity;
import dev.frontline.cases.CaseTyping;
import dev.frontline.conversation.TypedLines;
import dev.frontline.followups.FollowUpTyping;
import dev.frontline.replies.ReplyTyping;
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
import dev.frontline.delivery.PlainCards;

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
		ConsoleTerminal terminal = ConsoleTerminal.interactive(typed, out, "xterm-256color", 100,
				(words, place) -> List.of());
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
		ConsoleChatPlatform chat = new ConsoleChatPlatform(terminal, new PlainCards(conversation().typing()::formOf),
				Path.of("data", "reports"));

		String card = chat.postCard(new ChannelAddress("console", "baggage"), ConsoleCardsTest.CARD, "frontline-138");
		chat.postThreadNote(new ChannelAddress("console", "baggage"), card, new ThreadNote("Acknowledged by Sam."),
				"frontline-139");
		chat.postThreadNote(new ChannelAddress("console", "baggage"), "frontline-120",
				new ThreadNote("Resolved by Sam."), "frontline-140");

		assertThat(printed()).contains("┌ [!! ] SEV2 · Case 1042 · OPEN   #baggage")
			.contains("↳ #baggage, Case 1042: Acknowledged by Sam.")
			.as("a card posted before its subject was carried in its reference")
			.contains("↳ #baggage: Resolved by Sam.")
			.doesNotContain("frontline-13");
	}

	@Test
	void completionOffersCommandsFirstAndOpenCaseNumbersAfterACommandThatTakesOne() {
		Cases cases = mock(Cases.class);
		when(cases.list(any())).thenReturn(List.of(summary(1042), summary(1043)));
		TypedLines typing = new Conversation(List.of(new CaseTyping(cases), new ReplyTyping(mock(ReplyDrafts.class)),
				new FollowUpTyping(mock(FollowUps.class))), mock(People.class))
			.typing();

		assertThat(ConsoleCommands.complete(typing, List.of("a"), 0)).contains("ack", "approve", "/cases", "help",
				"as");
		assertThat(ConsoleCommands.complete(typing, List.of("ack", ""), 1)).containsExactly("1042", "1043");
		assertThat(ConsoleCommands.complete(typing, List.of("step", "add", ""), 2)).containsExactly("1042", "1043");
		assertThat(ConsoleCommands.complete(typing, List.of("/case", ""), 1)).containsExactly("1042", "1043");
		assertThat(ConsoleCommands.complete(typing, List.of("approve", ""), 1)).isEmpty();
		assertThat(ConsoleCommands.complete(typing, List.of("step", "done", ""), 2)).isEmpty();
	}

	private static CaseSummary summary(long number) {
		return new CaseSummary(number, CaseStatus.OPEN, Severity.SEV2, 50, "baggage", null, "", null, 0,
				java.time.Instant.EPOCH, null);
	}

	private Conversation conversation() {
		return new Conversation(
				List.of(new CaseConversation(caseActions, mock(CaseCorrections.class), mock(Cases.class)),
						new CaseTyping(mock(Cases.class)), new ReplyTyping(mock(ReplyDrafts.class)),
						new FollowUpTyping(mock(FollowUps.class))),
				mock(People.class));
	}

	private ConsoleTerminal terminal(String typed) {
		InputStream in = new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8));
		return ConsoleTerminal.plain(in, out);
	}

	private void runUntilTheInputEnds(ConsoleTerminal terminal) {
		Conversation conversation = conversation();
		ConsoleCommands loop = new ConsoleCommands(terminal, conversation,
				new PlainCards(conversation.typing()::formOf), new ConsoleSettings(true, "operator", "Operator", false),
				Path.of("data", "reports"), events);
		loop.start();
		await().untilAsserted(() -> verify(events).publishEvent(new ConsoleInputClosed()));
	}

	private String printed() {
		return out.toString(StandardCharsets.UTF_8);
	}

}
