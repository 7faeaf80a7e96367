package dev.frontline.stories;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A story as the team reads it: redacted, and without its author when anonymous.
 *
 * @param id its number
 * @param team the team it was shared with
 * @param authorName who shared it, or null when anonymous
 * @param whatHappened the situation
 * @param whatYouDid how it was handled
 * @param whatWouldHaveHelped what would have made it easier
 * @param processIdea a change to how the team works, or null
 * @param tags words to find it by
 * @param inDigest whether it was in a digest already, after which it no longer changes
 */
public record Story(long id, String team, @Nullable String authorName, String whatHappened, String whatYouDid,
		String whatWouldHaveHelped, @Nullable String processIdea, List<String> tags, boolean inDigest) {

	public Story {
		tags = List.copyOf(tags);
	}

	/** How the digest names its author. */
	public String byline() {
		return authorName == null ? "Anonymous" : authorName;
	}

}
