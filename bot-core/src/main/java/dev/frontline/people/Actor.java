package dev.frontline.people;

/**
 * Someone acting through a chat platform.
 *
 * @param platform where they act, such as {@code slack}
 * @param userId the platform's id for them
 * @param displayName how they are shown in history and on cards
 */
public record Actor(String platform, String userId, String displayName) {

	public Actor {
		if (platform.isBlank() || userId.isBlank()) {
			throw new IllegalArgumentException("an actor needs a platform and a user id");
		}
		if (displayName.isBlank()) {
			displayName = userId;
		}
	}

	/** How the person is named in history: their display name and where they acted. */
	public String describe() {
		return displayName + " (" + platform + ":" + userId + ")";
	}

}
