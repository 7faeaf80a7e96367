package dev.frontline.discord;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.frontline.conversation.Conversation;
import dev.frontline.delivery.WhenSet;
import dev.frontline.people.People;

/**
 * Wires Discord in when a bot token is configured: the handlers, then JDA connected to
 * the gateway with them, the chat platform and its health.
 */
@Configuration(proxyBeanMethods = false)
@WhenSet("frontline.discord.bot-token")
@EnableConfigurationProperties(DiscordSettings.class)
class DiscordConfiguration {

	@Bean
	DiscordProblems discordProblems() {
		return new DiscordProblems();
	}

	@Bean
	DiscordUsers discordUsers(People people, DiscordSettings settings) {
		return new DiscordUsers(people, settings.guilds());
	}

	@Bean
	DiscordConversation discordConversation(Conversation conversation, DiscordUsers users) {
		return new DiscordConversation(conversation, users);
	}

	@Bean
	DiscordCommands discordCommands(Conversation conversation, DiscordSettings settings,
			DiscordProblems discordProblems) {
		return new DiscordCommands(conversation, settings.guilds(), discordProblems);
	}

	/**
	 * JDA with every handler. It connects once the application has started, so no
	 * interaction and no ready event can arrive before them; they are fetched then, as
	 * they reach the capabilities that post through this connection.
	 */
	@Bean
	DiscordConnection discordConnection(DiscordSettings settings, DiscordProblems discordProblems,
			ObjectProvider<DiscordConversation> conversation, ObjectProvider<DiscordCommands> commands) {
		return new DiscordConnection(settings, discordProblems,
				() -> List.of(conversation.getObject(), commands.getObject()));
	}

	@Bean
	DiscordChatPlatform discordChatPlatform(DiscordConnection discordConnection, DiscordProblems discordProblems) {
		return new DiscordChatPlatform(discordConnection, discordProblems);
	}

	@Bean
	DiscordHealth discordHealthIndicator(DiscordConnection discordConnection, DiscordProblems discordProblems) {
		return new DiscordHealth(discordConnection, discordProblems);
	}

}
