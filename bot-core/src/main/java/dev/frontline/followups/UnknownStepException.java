package dev.frontline.followups;

/** No follow-up step has that number. */
public class UnknownStepException extends RuntimeException {

	public UnknownStepException(long id) {
		super("There is no follow-up step " + id + ".");
	}

}
