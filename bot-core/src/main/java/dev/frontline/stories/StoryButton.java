package dev.frontline.stories;

import java.util.Optional;

import dev.frontline.delivery.CardButton;

/**
 * The buttons of the weekly story: on the prompt and a nomination (adapters open the
 * story form), on each story in the digest (supervisors give it a theme or make it an
 * improvement action), and on an improvement action.
 */
public enum StoryButton implements CardButton {

	SHARE("story-share", "Share a story"),
	/** Opens the form prefilled from a nominated case; its value is the nomination. */
	SHARE_CASE("story-share-case", "Share this case as a story"),
	/** Its value is the story. */
	THEME("story-theme", "Add theme"),
	/** Its value is the story. */
	IMPROVE("story-improve", "Improvement action"),
	/** Its value is the improvement action. */
	ACTION_DONE("action-done", "Done"),
	/** Its value is the improvement action. */
	ACTION_WAIVE("action-waive", "Waive");

	private final String id;

	private final String label;

	StoryButton(String id, String label) {
		this.id = id;
		this.label = label;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	/** The button with that id, if it is one of these. */
	public static Optional<StoryButton> withId(String id) {
		return CardButton.withId(StoryButton.class, id);
	}

}
