package dev.frontline.followups;

/**
 * A plan or step is not in a state that allows this, such as a second plan for a case;
 * the message says why, for the person who asked.
 */
public class FollowUpConflictException extends RuntimeException {

	public FollowUpConflictException(String message) {
		super(message);
	}

}
