package dev.frontline.replies;

/** A review decision does not fit where the draft stands, such as approving it twice. */
public class ReplyConflictException extends RuntimeException {

	public ReplyConflictException(String message) {
		super(message);
	}

}
