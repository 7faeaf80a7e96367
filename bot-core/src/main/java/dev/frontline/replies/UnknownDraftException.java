package dev.frontline.replies;

/** No draft reply has that number. */
public class UnknownDraftException extends RuntimeException {

	public UnknownDraftException(long id) {
		super("There is no draft reply " + id + ".");
	}

}
