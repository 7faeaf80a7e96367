package dev.frontline.cases;

/**
 * The case is not in a state that allows what was asked, such as acknowledging a resolved
 * case.
 */
public class CaseConflictException extends RuntimeException {

	public CaseConflictException(String message) {
		super(message);
	}

}
