package dev.frontline.stories;

import java.util.Optional;

import dev.frontline.delivery.CardButton;

/** The button on a story prompt; adapters open the story form when it is pressed. */
public enum StoryButton implements CardButton {

	SHARE("story-share", "Share a story");

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
