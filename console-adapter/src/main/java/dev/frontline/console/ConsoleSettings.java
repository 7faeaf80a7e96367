package dev.frontline.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console platform, bound from {@code frontline.console}.
 *
 * @param enabled whether the terminal is a chat platform in this run
 * @param user the user id the person at the terminal acts as (a person's {@code console}
 * identity under {@code frontline.people})
 * @param displayName how that person is named on cards and in history
 * @param actAsOthers whether {@code as <user> <line>} lets the person at the terminal act
 * as someone else: on only in the {@code local} profile's demo, where one person plays
 * every part; anywhere else it would let anyone approve as a supervisor
 */
@ConfigurationProperties(prefix = "frontline.console", ignoreUnknownFields = false)
public record ConsoleSettings(boolean enabled, String user, String displayName, boolean actAsOthers) {

	public ConsoleSettings {
		if (user == null || user.isBlank()) {
			user = "operator";
		}
		if (displayName == null || displayName.isBlank()) {
			displayName = user;
		}
	}

}
