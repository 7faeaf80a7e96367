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
 * @param themes what supervisors found it is about, to count across weeks
 */
public record Story(long id, String team, @Nullable String authorName, String whatHappened, String whatYouDid,
		String whatWouldHaveHelped, @Nullable String processIdea, List<String> tags, boolean inDigest,
		List<String> themes) {

	public Story {
		tags = List.copyOf(tags);
		themes = List.copyOf(themes);
	}

	/** The same story with the themes given. */
	public Story withThemes(List<String> given) {
		return new Story(id, team, authorName, whatHappened, whatYouDid, whatWouldHaveHelped, processIdea, tags,
				inDigest, given);
	}

	/** Whether it was shared without a name. */
	public boolean anonymous() {
		return authorName == null;
	}

	/** How the digest names its author. */
	public String byline() {
		return authorName == null ? "Anonymous" : authorName;
	}

}
