package dev.frontline.teams;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's teams, bound from {@code frontline.teams.<name>}.
 *
 * @param teams each team by its name
 */
@ConfigurationProperties(prefix = "frontline")
public record TeamsSettings(Map<String, Team> teams) {

	/** The chat platforms a team may name a channel on. */
	public static final Set<String> PLATFORMS = Set.of("console", "slack", "discord");

	public TeamsSettings {
		if (teams == null || teams.isEmpty()) {
			throw new IllegalArgumentException("frontline.teams: at least one team is required");
		}
		teams.forEach((name, team) -> {
			if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
				throw new IllegalArgumentException("frontline.teams." + name
						+ ": a team name is lower-case letters, digits and dashes (at most 40)");
			}
			team.channels().forEach((platform, channel) -> {
				if (!PLATFORMS.contains(platform)) {
					throw new IllegalArgumentException("frontline.teams." + name + ".channels." + platform
							+ ": unknown chat platform, expected one of " + new TreeSet<>(PLATFORMS));
				}
				if (channel.isBlank()) {
					throw new IllegalArgumentException(
							"frontline.teams." + name + ".channels." + platform + ": the channel is empty");
				}
			});
		});
		teams = Map.copyOf(teams);
	}

	/**
	 * One team.
	 *
	 * @param displayName how people call it, defaults to the name
	 * @param channels the team's channel on each platform it uses
	 */
	public record Team(String displayName, Map<String, String> channels) {

		public Team {
			channels = channels == null ? Map.of() : Map.copyOf(channels);
		}

	}

}
