package dev.frontline.followups;

import dev.frontline.conversation.Button;

/** The buttons under a follow-up step in its case's thread; each acts on the step. */
public final class StepButtons {

	public static final Button DONE = new Button("step-done", "Done");

	public static final Button WAIVE = new Button("step-waive", "Waive");

	public static final Button REASSIGN = new Button("step-reassign", "Reassign");

	public static final Button EDIT = new Button("step-edit", "Edit");

	private StepButtons() {
	}

}
