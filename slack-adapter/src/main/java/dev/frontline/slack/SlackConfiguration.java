package dev.frontline.slack;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;

import dev.frontline.conversation.Conversation;
import dev.frontline.delivery.ConnectionHealth;
import dev.frontline.delivery.InboundEvents;
import dev.frontline.delivery.WhenSet;
import dev.frontline.home.Homes;
import dev.frontline.people.People;

/**
 * Wires Slack in when a bot token is configured: the Web API client, Bolt, its handlers
 * and its transport.
 */
@Configuration(proxyBeanMethods = false)
@WhenSet("frontline.slack.bot-token")
@EnableConfigurationProperties(SlackSettings.class)
class SlackConfiguration {

	@Bean
	Slack slack(SlackSettings settings) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(settings.apiUrl());
		// The SDK's metrics would call auth.test behind our back; we do not use them.
		config.setStatsEnabled(false);
		return Slack.getInstance(config);
	}

	@Bean
	MethodsClient slackMethods(Slack slack, SlackSettings settings) {
		return slack.methods(settings.botToken());
	}

	@Bean
	SlackChatPlatform slackChatPlatform(MethodsClient slackMethods, SlackSettings settings) {
		return new SlackChatPlatform(slackMethods, settings.pacePerChannel());
	}

	@Bean
	SlackUsers slackUsers(MethodsClient slackMethods, People people) {
		return new SlackUsers(slackMethods, people);
	}

	@Bean
	App slackApp(Slack slack, SlackSettings settings, SlackUsers users, Conversation conversation, Homes homes,
			InboundEvents inbound) {
		AppConfig config = AppConfig.builder()
			.slack(slack)
			.singleTeamBotToken(settings.botToken())
			.signingSecret(settings.signingSecret())
			.build();
		App app = new App(config);
		new SlackConversation(conversation, users).register(app);
		new SlackAppHome(homes, users, inbound).register(app);
		return app;
	}

	/**
	 * {@code slack} on {@code /actuator/health} in Socket Mode: the socket's state, and
	 * the login's problems, which the socket (looked up when asked) reports here.
	 */
	@Bean
	@WhenSet("frontline.slack.app-token")
	ConnectionHealth slackHealthIndicator(ObjectProvider<SlackSocketMode> socketMode) {
		return new ConnectionHealth("Slack", "socket", SlackSocketMode.CONNECTED, () -> socketMode.getObject().state());
	}

	@Bean
	@WhenSet("frontline.slack.app-token")
	SlackSocketMode slackSocketMode(Slack slack, SlackSettings settings, App slackApp,
			ConnectionHealth slackHealthIndicator) {
		return new SlackSocketMode(slack, settings.appToken(), slackApp, slackHealthIndicator);
	}

}
