package dev.frontline.console;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.frontline.conversation.Conversation;
import dev.frontline.cases.CaseFilter;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseSummary;
import dev.frontline.cases.Cases;
import dev.frontline.followups.FollowUps;
import dev.frontline.incidents.Incidents;
import dev.frontline.home.Homes;
import dev.frontline.people.Actor;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.stories.StoryMeetings;

/**
 * Wires the terminal in as a chat platform when {@code frontline.console.enabled} is
 * true.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "frontline.console.enabled", havingValue = "true")
@EnableConfigurationProperties(ConsoleSettings.class)
class ConsoleConfiguration {

	/** How many open case numbers the Tab key offers. */
	private static final int COMPLETED_CASES = 200;

	@Bean(destroyMethod = "close")
	ConsoleTerminal consoleTerminal(Cases cases) {
		CaseFilter open = CaseFilter.all(COMPLETED_CASES)
			.withStatuses(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isUnresolved).toList());
		return ConsoleTerminal.system(() -> {
			List<CaseSummary> found = cases.list(open);
			return found.stream().map(CaseSummary::number).toList();
		});
	}

	@Bean
	ConsoleChatPlatform consoleChatPlatform(ConsoleTerminal terminal,
			@Value("${frontline.data-dir-path:${frontline.data-dir:./data}}") String dataDirectory) {
		return new ConsoleChatPlatform(terminal, Path.of(dataDirectory, "reports"));
	}

	@Bean
	ConsoleCommandLoop consoleCommandLoop(ConsoleTerminal terminal, ConsoleSettings settings, Conversation conversation,
			Incidents incidents, ReplyDrafts replies, FollowUps followUps, Homes homes, StoryMeetings meetings,
			Clock clock, ApplicationEventPublisher events,
			@Value("${frontline.data-dir-path:${frontline.data-dir:./data}}") String dataDirectory) {
		Actor actor = new Actor(ConsoleChatPlatform.NAME, settings.user(), settings.displayName());
		return new ConsoleCommandLoop(terminal,
				new ConsoleCommands(conversation, incidents, replies, followUps,
						new ConsoleStories(homes, conversation, meetings, clock), actor, settings.actAsOthers(),
						terminal::width),
				new ConsoleReports(conversation, actor, Path.of(dataDirectory, "reports")), events);
	}

}
