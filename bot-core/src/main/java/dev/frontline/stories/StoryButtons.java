package dev.frontline.stories;

import dev.frontline.conversation.Button;

/**
 * The buttons of the weekly story: on the prompt and a nomination (they open the story
 * form), on each story in the digest (supervisors give it a theme or make it an
 * improvement action), and on an improvement action.
 */
public final class StoryButtons {

	public static final Button SHARE = new Button("story-share", "Share a story");

	/** Opens the form prefilled from a nominated case; it acts on the nomination. */
	public static final Button SHARE_CASE = new Button("story-share-case", "Share this case as a story");

	/** Acts on the story. */
	public static final Button THEME = new Button("story-theme", "Add theme");

	/** Acts on the story. */
	public static final Button IMPROVE = new Button("story-improve", "Improvement action");

	/** Acts on the improvement action. */
	public static final Button ACTION_DONE = new Button("action-done", "Done");

	/** Acts on the improvement action. */
	public static final Button ACTION_WAIVE = new Button("action-waive", "Waive");

	private StoryButtons() {
	}

}
