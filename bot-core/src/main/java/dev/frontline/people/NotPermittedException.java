package dev.frontline.people;

/**
 * Someone tried something their role does not allow; the message is a polite explanation
 * for them.
 */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String message) {
		super(message);
	}

}
