package dev.frontline.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console platform, bound from {@code frontline.console}.
 *
 * @param enabled whether the terminal is a chat platform in this run
 * @param user the user id the person at the terminal acts as (mapped to a role under
 * {@code frontline.people.roles.console})
 * @param displayName how that person is named on cards and in history
 */
@ConfigurationProperties(prefix = "frontline.console", ignoreUnknownFields = false)
public record ConsoleSettings(boolean enabled, String user, String displayName) {

	public ConsoleSettings {
		if (user == null || user.isBlank()) {
			user = "operator";
		}
		if (displayName == null || displayName.isBlank()) {
			displayName = user;
		}
	}

}
