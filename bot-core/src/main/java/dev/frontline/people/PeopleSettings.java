package dev.frontline.people;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who has which role, bound from {@code frontline.people.roles.<platform>.<user id>} and
 * {@code frontline.people.groups.<platform>.<group id>}, each {@code staff},
 * {@code supervisor} or {@code admin}. A person has the highest role given to them or to
 * a group of theirs.
 *
 * @param roles per platform, each user id's role
 * @param groups per platform, each group's role (Slack user groups, Discord roles)
 */
@ConfigurationProperties(prefix = "frontline.people", ignoreUnknownFields = false)
public record PeopleSettings(Map<String, Map<String, String>> roles, Map<String, Map<String, String>> groups) {

	public PeopleSettings {
		roles = roles == null ? Map.of() : Map.copyOf(roles);
		groups = groups == null ? Map.of() : Map.copyOf(groups);
		roles.forEach((platform, users) -> users.forEach((user, role) -> parseRole("roles", platform, user, role)));
		groups.forEach((platform, ids) -> ids.forEach((group, role) -> parseRole("groups", platform, group, role)));
	}

	@Nullable Role roleOf(String platform, String userId) {
		String role = roles.getOrDefault(platform, Map.of()).get(userId);
		return role == null ? null : parseRole("roles", platform, userId, role);
	}

	@Nullable Role roleOfGroup(String platform, String groupId) {
		String role = groups.getOrDefault(platform, Map.of()).get(groupId);
		return role == null ? null : parseRole("groups", platform, groupId, role);
	}

	private static Role parseRole(String kind, String platform, String id, String role) {
		try {
			return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("frontline.people." + kind + "." + platform + "." + id
					+ ": unknown role '" + role + "', expected staff, supervisor or admin");
		}
	}

}
