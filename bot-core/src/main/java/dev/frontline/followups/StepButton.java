package dev.frontline.followups;

import java.util.Arrays;
import java.util.Optional;

/**
 * The buttons under a follow-up step in its case's thread; adapters send a press back as
 * the button's id and the step's number.
 */
public enum StepButton {

	DONE("step-done", "Done"), WAIVE("step-waive", "Waive"), REASSIGN("step-reassign", "Reassign"),
	EDIT("step-edit", "Edit");

	private final String id;

	private final String label;

	StepButton(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** The id carried by the note's action. */
	public String id() {
		return id;
	}

	/** The text on the button. */
	public String label() {
		return label;
	}

	/** The button with that id, if it is one of these. */
	public static Optional<StepButton> withId(String id) {
		return Arrays.stream(values()).filter(button -> button.id.equals(id)).findFirst();
	}

}
