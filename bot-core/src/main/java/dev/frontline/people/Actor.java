package dev.frontline.people;

import java.util.Set;

/**
 * Someone acting through a chat platform.
 *
 * @param platform where they act, such as {@code slack}
 * @param userId the platform's id for them
 * @param displayName how they are shown in history and on cards
 * @param groups the platform's groups they belong to, among those mapped to roles (Slack
 * user groups, Discord roles)
 */
public record Actor(String platform, String userId, String displayName, Set<String> groups) {

	public Actor {
		if (platform.isBlank() || userId.isBlank()) {
			throw new IllegalArgumentException("an actor needs a platform and a user id");
		}
		if (displayName.isBlank()) {
			displayName = userId;
		}
		groups = Set.copyOf(groups);
	}

	/** Someone whose groups do not matter here. */
	public Actor(String platform, String userId, String displayName) {
		this(platform, userId, displayName, Set.of());
	}

	/** How the person is named in history: their display name and where they acted. */
	public String describe() {
		return displayName + " (" + platform + ":" + userId + ")";
	}

}
