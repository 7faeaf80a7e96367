package dev.frontline.teams;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The configured care teams and where each one works. */
@Component
@EnableConfigurationProperties(TeamsSettings.class)
public class Teams {

	private final TeamsSettings settings;

	public Teams(TeamsSettings settings) {
		this.settings = settings;
	}

	/** Every team's name. */
	public Set<String> names() {
		return settings.teams().keySet();
	}

	/** Whether a team of that name is configured. */
	public boolean exists(String team) {
		return settings.teams().containsKey(team);
	}

	/** The team's channel on a platform, if it has one there. */
	public Optional<String> channelOf(String team, String platform) {
		TeamsSettings.Team found = settings.teams().get(team);
		return found == null ? Optional.empty() : Optional.ofNullable(found.channels().get(platform));
	}

	/** The team's channels, platform to channel. */
	public Map<String, String> channelsOf(String team) {
		TeamsSettings.Team found = settings.teams().get(team);
		return found == null ? Map.of() : found.channels();
	}

	/** How people call the team: its display name, else its name. */
	public String displayNameOf(String team) {
		TeamsSettings.Team found = settings.teams().get(team);
		return found == null || found.displayName() == null || found.displayName().isBlank() ? team
				: found.displayName();
	}

}
