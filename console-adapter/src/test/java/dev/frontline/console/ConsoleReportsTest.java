package dev.frontline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontline.delivery.ImagePost;
import dev.frontline.people.Actor;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Outcome;

class ConsoleReportsTest {

	static final Actor OPERATOR = new Actor("console", "operator", "Operator");

	@TempDir
	Path directory;

	final Conversation conversation = mock(Conversation.class);

	@Test
	void printsTheSummaryAndWhereTheChartWasWritten() throws IOException {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
		when(conversation.command(OPERATOR, "/report", "baggage 2026-W48")).thenReturn(new Outcome.Answer("summary",
				List.of(), () -> new ImagePost("title", "summary", "weekly-review-baggage-2026-W48.png", "alt", png)));

		String printed = new ConsoleReports(conversation, OPERATOR, directory).run("/report  baggage 2026-W48");

		Path chart = directory.resolve("weekly-review-baggage-2026-W48.png").toAbsolutePath();
		assertThat(printed).isEqualTo("summary\nChart: " + chart);
		assertThat(Files.readAllBytes(chart)).isEqualTo(png);
	}

	@Test
	void aRefusalIsPrintedAsItIs() {
		when(conversation.command(OPERATOR, "/report", "")).thenReturn(new Outcome.Answer("Usage: /report", List.of()));

		assertThat(new ConsoleReports(conversation, OPERATOR, directory).run("/REPORT")).isEqualTo("Usage: /report");
		assertThat(ConsoleReports.isReport(" /report baggage")).isTrue();
		assertThat(ConsoleReports.isReport("/reports")).isFalse();
	}

}
