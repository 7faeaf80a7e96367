package dev.frontline.people;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who has which role, bound from
 * {@code frontline.people.roles.<platform>.<user id>: staff|supervisor|admin}.
 *
 * @param roles per platform, each user id's role
 */
@ConfigurationProperties(prefix = "frontline.people", ignoreUnknownFields = false)
public record PeopleSettings(Map<String, Map<String, String>> roles) {

	public PeopleSettings {
		roles = roles == null ? Map.of() : Map.copyOf(roles);
		roles.forEach((platform, users) -> users.forEach((user, role) -> parseRole(platform, user, role)));
	}

	@Nullable Role roleOf(String platform, String userId) {
		Map<String, String> users = roles.getOrDefault(platform, Map.of());
		String role = users.get(userId);
		return role == null ? null : parseRole(platform, userId, role);
	}

	private static Role parseRole(String platform, String user, String role) {
		try {
			return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("frontline.people.roles." + platform + "." + user + ": unknown role '"
					+ role + "', expected staff, supervisor or admin");
		}
	}

}
