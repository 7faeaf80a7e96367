package dev.frontline.console;

import java.io.PrintStream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseCommands;
import dev.frontline.followups.FollowUps;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.incidents.Incidents;
import dev.frontline.people.Actor;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.stories.ImprovementActions;
import dev.frontline.stories.Stories;
import dev.frontline.stories.StoryThemes;

/**
 * Wires the terminal in as a chat platform when {@code frontline.console.enabled} is
 * true.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "frontline.console.enabled", havingValue = "true")
@EnableConfigurationProperties(ConsoleSettings.class)
class ConsoleConfiguration {

	@Bean
	ConsoleChatPlatform consoleChatPlatform() {
		return new ConsoleChatPlatform(System.out);
	}

	@Bean
	ConsoleCommandLoop consoleCommandLoop(ConsoleSettings settings, CaseCommands caseCommands, CaseActions caseActions,
			Incidents incidents, IncidentActions incidentActions, ReplyDrafts replies, FollowUps followUps,
			Stories stories, StoryThemes themes, ImprovementActions improvements, ApplicationEventPublisher events) {
		Actor actor = new Actor(ConsoleChatPlatform.NAME, settings.user(), settings.displayName());
		PrintStream out = System.out;
		return new ConsoleCommandLoop(System.in, out,
				new ConsoleCommands(caseCommands, caseActions, incidents, incidentActions, replies, followUps, stories,
						new ConsoleStories(stories, themes, improvements), actor, settings.actAsOthers()),
				events);
	}

}
