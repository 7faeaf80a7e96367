package dev.frontline.discord;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import dev.frontline.conversation.CommandOptions;
import dev.frontline.conversation.Conversation;
import dev.frontline.delivery.ConnectionHealth;

/**
 * The core's commands as slash commands, their options as the core offers them;
 * registered in each configured server when the bot is ready (at once there), or globally
 * when no server is configured.
 */
class DiscordCommands extends ListenerAdapter {

	private static final Logger log = LoggerFactory.getLogger(DiscordCommands.class);

	private final Conversation conversation;

	private final Collection<String> guilds;

	private final ConnectionHealth health;

	DiscordCommands(Conversation conversation, Collection<String> guilds, ConnectionHealth health) {
		this.conversation = conversation;
		this.guilds = guilds;
		this.health = health;
	}

	/** A command as Discord shows it: without its slash, each option typed. */
	static SlashCommandData slash(CommandOptions command) {
		SlashCommandData slash = Commands.slash(command.name().substring(1), command.description());
		if (command.teamChannelsOnly()) {
			slash.setContexts(InteractionContextType.GUILD);
		}
		for (CommandOptions.Option option : command.options()) {
			OptionType type = switch (option.kind()) {
				case NUMBER -> OptionType.INTEGER;
				case TEXT -> OptionType.STRING;
				case YES_NO -> OptionType.BOOLEAN;
			};
			OptionData data = new OptionData(type, option.name(), option.description(), option.required());
			option.choices().forEach(choice -> data.addChoice(choice.label(), choice.value()));
			if (option.minimum() != null) {
				data.setMinValue(option.minimum());
			}
			slash.addOptions(data);
		}
		return slash;
	}

	/** Puts the commands in each configured server, or everywhere when none is. */
	@Override
	public void onReady(ReadyEvent event) {
		List<SlashCommandData> commands = conversation.commandOptions().stream().map(DiscordCommands::slash).toList();
		if (guilds.isEmpty()) {
			log.info("No Discord server configured (frontline.discord.guilds): commands registered globally");
			event.getJDA()
				.updateCommands()
				.addCommands(commands)
				.queue(null, failure -> health.found("commands", "not registered: " + failure.getMessage()));
			return;
		}
		for (String guildId : guilds) {
			Guild guild = event.getJDA().getGuildById(guildId);
			if (guild == null) {
				health.found("guild " + guildId, "the bot is not in this server; invite it with the README's URL");
				continue;
			}
			guild.updateCommands()
				.addCommands(commands)
				.queue(registered -> health.fixed("guild " + guildId), failure -> health.found("guild " + guildId,
						"commands not registered: " + failure.getMessage()));
		}
	}

}
