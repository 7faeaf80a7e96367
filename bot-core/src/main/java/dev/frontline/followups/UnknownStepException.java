package dev.frontline.followups;

/** No follow-up step has that number. */
public class UnknownStepException extends RuntimeException {

	public UnknownStepException(long id) {
		super("There is no such follow-up step (" + id + " is not one any more).");
	}

	/** No step is at that place in the case, such as {@code 1035.7}. */
	public UnknownStepException(String ref) {
		super("There is no follow-up step " + ref + ".");
	}

}
