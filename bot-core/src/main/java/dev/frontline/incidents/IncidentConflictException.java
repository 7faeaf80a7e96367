package dev.frontline.incidents;

/**
 * What was asked of an incident does not fit where it stands, such as taking it twice.
 */
public class IncidentConflictException extends RuntimeException {

	public IncidentConflictException(String message) {
		super(message);
	}

}
