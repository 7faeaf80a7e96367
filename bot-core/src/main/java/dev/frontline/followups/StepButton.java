package dev.frontline.followups;

import java.util.Optional;

import dev.frontline.delivery.CardButton;

/**
 * The buttons under a follow-up step in its case's thread; adapters send a press back as
 * the button's id and the step's number.
 */
public enum StepButton implements CardButton {

	DONE("step-done", "Done"), WAIVE("step-waive", "Waive"), REASSIGN("step-reassign", "Reassign"),
	EDIT("step-edit", "Edit");

	private final String id;

	private final String label;

	StepButton(String id, String label) {
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
	public static Optional<StepButton> withId(String id) {
		return CardButton.withId(StepButton.class, id);
	}

}
