package dev.frontline.stories;

import java.util.Arrays;
import java.util.Optional;

/** The button on a story prompt; adapters open the story form when it is pressed. */
public enum StoryButton {

	SHARE("story-share", "Share a story");

	private final String id;

	private final String label;

	StoryButton(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** The id carried by the message's action. */
	public String id() {
		return id;
	}

	/** The text on the button. */
	public String label() {
		return label;
	}

	/** The button with that id, if it is one of these. */
	public static Optional<StoryButton> withId(String id) {
		return Arrays.stream(values()).filter(button -> button.id.equals(id)).findFirst();
	}

}
