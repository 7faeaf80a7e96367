package dev.frontline.packaging;

/**
 * Thrown by {@link ChatClientsCheck}'s client checks when a chat client did not do what
 * it should have.
 */
final class CheckFailed extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private CheckFailed(String message) {
		super(message);
	}

	static void expect(boolean holds, String otherwise) {
		if (!holds) {
			throw new CheckFailed(otherwise);
		}
	}

}
