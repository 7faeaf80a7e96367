package dev.frontline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Outcome;
import dev.frontline.delivery.ImagePost;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.reports.ReportTyping;

/** {@code /report} at the terminal: the summary, and where the chart was written. */
class ConsoleReportsTest {

	static final Actor OPERATOR = new Actor("console", "operator", "Operator");

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	@TempDir
	Path directory;

	/**
	 * {@code /report} as its capability declares it: a chart for a team, else how to ask.
	 */
	final Conversation conversation = new Conversation(
			List.of(declare -> declare.command(
					"/report", (actor,
							arguments) -> arguments.equals("baggage 2026-W48") && actor.equals(OPERATOR)
									? new Outcome.Answer("summary", List.of(),
											() -> new ImagePost("title", "summary",
													"weekly-review-baggage-2026-W48.png", "alt", PNG))
									: new Outcome.Answer("Usage: /report", List.of())),
					new ReportTyping()),
			mock(People.class));

	@Test
	void printsTheSummaryAndWhereTheChartWasWritten() throws IOException {
		String printed = console().run("/report  baggage 2026-W48");

		Path chart = directory.resolve("weekly-review-baggage-2026-W48.png").toAbsolutePath();
		assertThat(printed).isEqualTo("summary\nChart: " + chart);
		assertThat(Files.readAllBytes(chart)).isEqualTo(PNG);
	}

	@Test
	void aRefusalIsPrintedAsItIs() {
		assertThat(console().run("/REPORT")).isEqualTo("Usage: /report");
		assertThat(console().run("/reports")).startsWith("Unknown command \"/reports\". Did you mean /report?");
	}

	private ConsoleCommands console() {
		return new ConsoleCommands(
				ConsoleTerminal.plain(InputStream.nullInputStream(), OutputStream.nullOutputStream()), conversation,
				ConsoleCardsTest.RENDERER, new ConsoleSettings(true, "operator", "Operator", false), directory,
				event -> {
				});
	}

}
