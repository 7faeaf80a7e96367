package dev.frontline.discord;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import net.dv8tion.jda.api.JDA;

import dev.frontline.conversation.Conversation;
import dev.frontline.delivery.ConnectionHealth;
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

	/**
	 * {@code discord} on {@code /actuator/health}: the gateway's state and what the
	 * handlers, the connection and the chat platform found wrong. The connection is
	 * looked up when health is asked for, as it reports its own problems here.
	 */
	@Bean
	ConnectionHealth discordHealthIndicator(ObjectProvider<DiscordConnection> connection) {
		return new ConnectionHealth("Discord", "gateway", JDA.Status.CONNECTED.name(),
				() -> connection.getObject().status().name());
	}

	@Bean
	DiscordConversation discordConversation(Conversation conversation, People people, DiscordSettings settings) {
		return new DiscordConversation(conversation, new DiscordUsers(people, settings.guilds()));
	}

	@Bean
	DiscordCommands discordCommands(Conversation conversation, DiscordSettings settings,
			ConnectionHealth discordHealthIndicator) {
		return new DiscordCommands(conversation, settings.guilds(), discordHealthIndicator);
	}

	/**
	 * JDA with every handler. It connects once the application has started, so no
	 * interaction and no ready event can arrive before them; they are fetched then, as
	 * they reach the capabilities that post through this connection.
	 */
	@Bean
	DiscordConnection discordConnection(DiscordSettings settings, ConnectionHealth discordHealthIndicator,
			ObjectProvider<DiscordConversation> conversation, ObjectProvider<DiscordCommands> commands) {
		return new DiscordConnection(settings, discordHealthIndicator,
				() -> List.of(conversation.getObject(), commands.getObject()));
	}

	@Bean
	DiscordChatPlatform discordChatPlatform(DiscordConnection discordConnection,
			ConnectionHealth discordHealthIndicator, DiscordSettings settings) {
		return new DiscordChatPlatform(discordConnection, discordHealthIndicator, settings.pacePerChannel());
	}

}
