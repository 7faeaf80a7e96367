package dev.frontline.console;

import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.frontline.conversation.Conversation;
import dev.frontline.delivery.PlainCards;

/**
 * Wires the terminal in as a chat platform when {@code frontline.console.enabled} is
 * true. The conversation is looked up when first used: the chat platform is wired before
 * the capabilities that declare it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "frontline.console.enabled", havingValue = "true")
@EnableConfigurationProperties(ConsoleSettings.class)
class ConsoleConfiguration {

	@Bean(destroyMethod = "close")
	ConsoleTerminal consoleTerminal(ObjectProvider<Conversation> conversation) {
		return ConsoleTerminal
			.system((words, place) -> ConsoleCommands.complete(conversation.getObject().typing(), words, place));
	}

	@Bean
	PlainCards consoleCards(ObjectProvider<Conversation> conversation) {
		return new PlainCards(action -> conversation.getObject().typing().formOf(action));
	}

	@Bean
	ConsoleChatPlatform consoleChatPlatform(ConsoleTerminal terminal, PlainCards cards,
			@Value("${frontline.data-dir-path:${frontline.data-dir:./data}}") String dataDirectory) {
		return new ConsoleChatPlatform(terminal, cards, Path.of(dataDirectory, "reports"));
	}

	@Bean
	ConsoleCommands consoleCommands(ConsoleTerminal terminal, Conversation conversation, PlainCards cards,
			ConsoleSettings settings, ApplicationEventPublisher events,
			@Value("${frontline.data-dir-path:${frontline.data-dir:./data}}") String dataDirectory) {
		return new ConsoleCommands(terminal, conversation, cards, settings, Path.of(dataDirectory, "reports"), events);
	}

}
