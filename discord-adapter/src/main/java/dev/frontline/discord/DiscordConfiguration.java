package dev.frontline.discord;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import dev.frontline.conversation.Conversation;
import dev.frontline.people.People;

/**
 * Wires Discord in when a bot token is configured: the handlers, then JDA connected to
 * the gateway with them, the chat platform and its health.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordConfigured.class)
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
	DiscordRoutes discordRoutes() {
		return new DiscordRoutes();
	}

	/**
	 * Every handler, registered before JDA connects (it connects once the application has
	 * started), so no interaction and no ready event can arrive before them.
	 */
	@Bean
	DiscordHandlers discordHandlers(DiscordRoutes discordRoutes, DiscordSettings settings,
			DiscordProblems discordProblems, DiscordUsers users, Conversation conversation) {
		DiscordConversation forms = new DiscordConversation(conversation, users);
		forms.register(discordRoutes);
		new DiscordCommands(conversation, users, forms).register(discordRoutes);
		discordRoutes.whenReady(
				ready -> DiscordCommands.registerIn(ready.getJDA(), settings.guilds(), discordRoutes, discordProblems));
		return new DiscordHandlers();
	}

	/** Marks that the handlers are registered. */
	static final class DiscordHandlers {

	}

	@Bean
	DiscordConnection discordConnection(DiscordSettings settings, DiscordRoutes discordRoutes,
			DiscordProblems discordProblems) {
		return new DiscordConnection(settings, discordRoutes, discordProblems);
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
