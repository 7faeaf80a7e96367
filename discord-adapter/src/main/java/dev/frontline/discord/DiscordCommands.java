package dev.frontline.discord;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import dev.frontline.cases.CommandReply;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Outcome;

/**
 * {@code /case}, {@code /cases}, {@code /stories} and {@code /story}: their options
 * become the same text the other platforms carry to the conversation port, which answers;
 * the answer is private, deferred at once so Discord's three seconds never run out while
 * the core looks things up. Registered in each configured server when the bot is ready
 * (at once there), or globally when no server is configured.
 */
class DiscordCommands {

	private static final Logger log = LoggerFactory.getLogger(DiscordCommands.class);

	private final Conversation conversation;

	private final DiscordUsers users;

	private final DiscordConversation forms;

	DiscordCommands(Conversation conversation, DiscordUsers users, DiscordConversation forms) {
		this.conversation = conversation;
		this.users = users;
		this.forms = forms;
	}

	void register(DiscordRoutes routes) {
		routes.command(
				Commands.slash("case", "Show a case privately, by number or by words")
					.setContexts(InteractionContextType.GUILD)
					.addOptions(new OptionData(OptionType.INTEGER, "number", "The case number, such as 1042"),
							new OptionData(OptionType.STRING, "search", "Words to look for, such as lost bag"),
							new OptionData(OptionType.BOOLEAN, "history", "The case's whole history")),
				event -> answer(event, "/case", caseArguments(event)));
		routes
			.command(
					Commands.slash("cases", "List cases privately")
						.setContexts(InteractionContextType.GUILD)
						.addOptions(new OptionData(OptionType.STRING, "filter", "Which cases", true)
							.addChoice("open", "open")
							.addChoice("mine", "mine")
							.addChoice("overdue", "overdue")
							.addChoice("escalated", "escalated"),
								new OptionData(OptionType.INTEGER, "page",
										"Which page, 20 cases each, most urgent first")
									.setMinValue(1)),
					event -> answer(event, "/cases", casesArguments(event)));
		routes
			.command(
					Commands.slash("stories", "Stories by week or theme, themes across weeks, improvement actions")
						.addOptions(new OptionData(OptionType.STRING, "show", "What to show")
							.addChoice("this week", "this-week")
							.addChoice("last week", "last-week")
							.addChoice("themes across weeks", "themes")
							.addChoice("open improvement actions", "actions"),
								new OptionData(OptionType.STRING, "theme",
										"Stories with a theme or tag, such as baggage"),
								new OptionData(OptionType.INTEGER, "nominate",
										"A resolved case to ask its handler to tell as a story")),
					event -> answer(event, "/stories", storiesArguments(event)));
		routes.command(
				Commands.slash("report", "The weekly care review, privately")
					.addOption(OptionType.STRING, "team", "A team; without one, every team side by side", false)
					.addOption(OptionType.STRING, "week",
							"An ISO week such as 2026-W48, or a day in it; default last week", false),
				event -> answer(event, "/report", option(event, "team") + " " + option(event, "week")));
		// Its answer is a form, which must be the first answer: it is not deferred.
		routes.command(Commands.slash("story", "Share this week's challenging situation"), event -> {
			Outcome outcome = conversation.command(users.actorOf(event), "/story", "");
			if (outcome instanceof Outcome.Show show) {
				forms.open(event, users.actorOf(event), show.form());
			}
			else {
				event.reply(DiscordMessages.reply(CommandReply.of(outcome))).setEphemeral(true).queue();
			}
		});
	}

	/**
	 * {@code number:1042} is {@code 1042}; {@code search:lost bag} is
	 * {@code search lost bag}.
	 */
	static String caseArguments(SlashCommandInteractionEvent event) {
		String number = option(event, "number");
		String search = option(event, "search");
		if (!number.isEmpty()) {
			return option(event, "history").equals("true") ? number + " history" : number;
		}
		return search.isEmpty() ? "" : "search " + search;
	}

	/** {@code filter:open page:2} is {@code open page 2}. */
	static String casesArguments(SlashCommandInteractionEvent event) {
		String page = option(event, "page");
		return option(event, "filter") + (page.isEmpty() ? "" : " page " + page);
	}

	/** {@code theme:baggage} is {@code theme baggage}; else the week, or nothing. */
	static String storiesArguments(SlashCommandInteractionEvent event) {
		String nominate = option(event, "nominate");
		if (!nominate.isEmpty()) {
			return "nominate " + nominate;
		}
		String theme = option(event, "theme");
		return theme.isEmpty() ? option(event, "show") : "theme " + theme;
	}

	/** Answers privately, deferred at once; a picture the answer has is attached. */
	private void answer(SlashCommandInteractionEvent event, String name, String arguments) {
		event.deferReply(true).queue();
		Outcome.Answer answer = Outcome.Answer.of(conversation.command(users.actorOf(event), name, arguments));
		MessageCreateData message = answer.picture() != null ? DiscordImages.message(answer.picture().get())
				: DiscordMessages.reply(CommandReply.of(answer));
		event.getHook().editOriginal(MessageEditData.fromCreateData(message)).queue();
	}

	private static String option(SlashCommandInteractionEvent event, String name) {
		OptionMapping option = event.getOption(name);
		return option == null ? "" : option.getAsString().strip();
	}

	/** Puts the commands in each configured server, or everywhere when none is. */
	static void registerIn(JDA jda, Collection<String> guilds, DiscordRoutes routes, DiscordProblems problems) {
		List<SlashCommandData> commands = routes.commands();
		if (guilds.isEmpty()) {
			log.info("No Discord server configured (frontline.discord.guilds): commands registered globally");
			jda.updateCommands()
				.addCommands(commands)
				.queue(null, failure -> problems.found("commands", "not registered: " + failure.getMessage()));
			return;
		}
		for (String guildId : guilds) {
			Guild guild = jda.getGuildById(guildId);
			if (guild == null) {
				problems.found("guild " + guildId, "the bot is not in this server; invite it with the README's URL");
				continue;
			}
			guild.updateCommands()
				.addCommands(commands)
				.queue(registered -> problems.fixed("guild " + guildId), failure -> problems.found("guild " + guildId,
						"commands not registered: " + failure.getMessage()));
		}
	}

}
