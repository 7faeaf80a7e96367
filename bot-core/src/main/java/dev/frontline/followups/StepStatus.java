package dev.frontline.followups;

/** Where a follow-up step stands. */
public enum StepStatus {

	/** Still to do. */
	OPEN,
	/** Done by its owner or someone else. */
	DONE,
	/** Not needed, with a reason. */
	WAIVED

}
