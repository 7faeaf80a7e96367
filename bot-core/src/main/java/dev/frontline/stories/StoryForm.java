package dev.frontline.stories;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a person writes in the story form.
 *
 * @param whatHappened the situation
 * @param whatYouDid how they handled it
 * @param whatWouldHaveHelped what would have made it easier
 * @param processIdea a change to how the team works, or null
 * @param tags words to find it by, separated by commas or spaces
 * @param anonymous whether it is shared without their name, which cannot be undone
 */
public record StoryForm(String whatHappened, String whatYouDid, String whatWouldHaveHelped,
		@Nullable String processIdea, String tags, boolean anonymous) {

	/** The longest answer to one question accepted. */
	public static final int MAX_ANSWER = 3_000;

	/**
	 * Checks every answer.
	 * @throws IllegalArgumentException naming the question that needs a different answer
	 */
	public StoryForm validated() {
		required(whatHappened, "What happened");
		required(whatYouDid, "What you did");
		required(whatWouldHaveHelped, "What would have helped");
		if (processIdea != null && processIdea.length() > MAX_ANSWER) {
			throw new IllegalArgumentException("Please keep \"Process idea\" under " + MAX_ANSWER + " characters.");
		}
		if (tagList().size() > 10 || tags.length() > 300) {
			throw new IllegalArgumentException("Please give at most 10 tags.");
		}
		return this;
	}

	/** The tags, lower case, without repeats. */
	public List<String> tagList() {
		return Arrays.stream((tags == null ? "" : tags).toLowerCase(Locale.ROOT).split("[,\\s]+"))
			.map(tag -> tag.replaceAll("[^\\p{L}\\d-]", ""))
			.filter(tag -> !tag.isEmpty())
			.distinct()
			.toList();
	}

	private static void required(String answer, String question) {
		if (answer == null || answer.isBlank()) {
			throw new IllegalArgumentException("Please answer \"" + question + "\".");
		}
		if (answer.length() > MAX_ANSWER) {
			throw new IllegalArgumentException("Please keep \"" + question + "\" under " + MAX_ANSWER + " characters.");
		}
	}

}
