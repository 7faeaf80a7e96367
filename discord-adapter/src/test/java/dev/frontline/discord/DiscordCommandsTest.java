package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import dev.frontline.conversation.CommandOptions;
import dev.frontline.conversation.CommandOptions.Option;
import dev.frontline.conversation.Field;

/** The core's commands become slash commands with the options it offers. */
class DiscordCommandsTest {

	static final CommandOptions CASES = new CommandOptions("/cases", "List cases privately", true, false,
			List.of(Option.text("filter", "Which cases")
				.requiredOneOf(new Field.Option("open", "open"), new Field.Option("mine", "mine")),
					Option.number("page", "Which page").atLeast(1), Option.yesNo("history", "All of it")),
			answers -> answers.text("filter"));

	@Test
	void aCommandIsASlashCommandWithTheOptionsTheCoreOffers() {
		SlashCommandData slash = DiscordCommands.slash(CASES);

		assertThat(slash.getName()).isEqualTo("cases");
		assertThat(slash.getDescription()).isEqualTo("List cases privately");
		assertThat(slash.getContexts()).containsExactly(InteractionContextType.GUILD);
		List<OptionData> options = slash.getOptions();
		assertThat(options).extracting(OptionData::getName).containsExactly("filter", "page", "history");
		assertThat(options).extracting(OptionData::getType)
			.containsExactly(OptionType.STRING, OptionType.INTEGER, OptionType.BOOLEAN);
		assertThat(options.getFirst().isRequired()).isTrue();
		assertThat(options.getFirst().getChoices()).extracting(Command.Choice::getName, Command.Choice::getAsString)
			.containsExactly(tuple("open", "open"), tuple("mine", "mine"));
		assertThat(options.get(1).getMinValue()).isEqualTo(1L);
	}

	@Test
	void aCommandOfferedEverywhereIsOfferedInPrivateMessagesToo() {
		SlashCommandData slash = DiscordCommands
			.slash(new CommandOptions("/story", "Share a story", false, true, List.of(), answers -> ""));

		assertThat(slash.getContexts()).contains(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
	}

}
