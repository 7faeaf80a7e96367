package dev.frontline.discord;

import java.util.EnumSet;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import dev.frontline.delivery.ImagePost;
import dev.frontline.reports.ReportCommands;

/**
 * {@code /report team: week:}: the week's summary with its chart attached, in a reply
 * only the caller sees.
 */
class DiscordReports {

	private final ReportCommands reports;

	private final DiscordUsers users;

	DiscordReports(ReportCommands reports, DiscordUsers users) {
		this.reports = reports;
		this.users = users;
	}

	void register(DiscordRoutes routes) {
		routes.command(Commands.slash("report", "The weekly care review, privately")
			.addOption(OptionType.STRING, "team", "A team; without one, every team side by side", false)
			.addOption(OptionType.STRING, "week", "An ISO week such as 2026-W48, or a day in it; default last week",
					false),
				this::answer);
	}

	private void answer(SlashCommandInteractionEvent event) {
		event.deferReply(true).queue();
		ReportCommands.ReportReply reply = reports.report(users.actorOf(event),
				option(event, "team") + " " + option(event, "week"));
		ImagePost chart = reply.chart();
		MessageEditData answer = chart != null ? MessageEditData.fromCreateData(DiscordImages.message(chart))
				: MessageEditData.fromCreateData(new MessageCreateBuilder()
					.setContent(DiscordText.fit(DiscordText.untrusted(reply.text()), 2_000))
					.setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
					.build());
		event.getHook().editOriginal(answer).queue();
	}

	private static String option(SlashCommandInteractionEvent event, String name) {
		OptionMapping option = event.getOption(name);
		return option == null ? "" : option.getAsString().strip();
	}

}
