package dev.frontline.incidents;

/** No incident has that number. */
public class UnknownIncidentException extends RuntimeException {

	public UnknownIncidentException(long number) {
		super("There is no incident " + number + ".");
	}

}
