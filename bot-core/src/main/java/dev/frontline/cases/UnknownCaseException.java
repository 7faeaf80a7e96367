package dev.frontline.cases;

/** No case has that number. */
public class UnknownCaseException extends RuntimeException {

	private final long number;

	public UnknownCaseException(long number) {
		super("There is no case " + number + ".");
		this.number = number;
	}

	public long number() {
		return number;
	}

}
