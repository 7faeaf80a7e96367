package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** The commands' options become the text every platform passes to the core. */
class DiscordCommandsTest {

	final SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);

	@Test
	void aCaseNumberIsTheNumber() {
		option("number", "1042");

		assertThat(DiscordCommands.caseArguments(event)).isEqualTo("1042");
	}

	@Test
	void historyAsksForTheCasesWholeHistory() {
		option("number", "1042");
		option("history", "true");

		assertThat(DiscordCommands.caseArguments(event)).isEqualTo("1042 history");
	}

	@Test
	void aPageOfAListIsPageAndItsNumber() {
		option("filter", "open");
		assertThat(DiscordCommands.casesArguments(event)).isEqualTo("open");

		option("page", "2");
		assertThat(DiscordCommands.casesArguments(event)).isEqualTo("open page 2");
	}

	@Test
	void aSearchIsSearchAndItsWords() {
		option("search", " lost bag ");

		assertThat(DiscordCommands.caseArguments(event)).isEqualTo("search lost bag");
	}

	@Test
	void noOptionIsNoArgumentsSoTheCoreExplainsTheUsage() {
		assertThat(DiscordCommands.caseArguments(event)).isEmpty();
		assertThat(DiscordCommands.storiesArguments(event)).isEmpty();
	}

	@Test
	void aThemeIsThemeAndItsTagElseTheWeek() {
		option("show", "last-week");
		assertThat(DiscordCommands.storiesArguments(event)).isEqualTo("last-week");

		option("theme", "baggage");
		assertThat(DiscordCommands.storiesArguments(event)).isEqualTo("theme baggage");

		option("nominate", "1042");
		assertThat(DiscordCommands.storiesArguments(event)).isEqualTo("nominate 1042");
	}

	private void option(String name, String value) {
		OptionMapping option = mock(OptionMapping.class);
		when(option.getAsString()).thenReturn(value);
		when(event.getOption(name)).thenReturn(option);
	}

}
