package dev.frontline.conversation;

/** Reading what a button or form acts on. */
public final class Targets {

	private Targets() {
	}

	/**
	 * A number a button or form carries, such as a case's.
	 * @param what what it should name, such as {@code a case}
	 * @throws IllegalArgumentException naming what it should have named
	 */
	public static long number(String target, String what) {
		if (!target.matches("\\d{1,18}")) {
			throw new IllegalArgumentException("That button does not name " + what + ".");
		}
		return Long.parseLong(target);
	}

}
