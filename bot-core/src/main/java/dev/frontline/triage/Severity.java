package dev.frontline.triage;

/** How urgently a case needs people; SEV1 is the most urgent. */
public enum Severity {

	SEV1, SEV2, SEV3, SEV4;

	/**
	 * Whether a case of this severity is posted to the team channel (SEV4 is only
	 * recorded).
	 */
	public boolean isPosted() {
		return this != SEV4;
	}

	/** Whether this severity is more urgent than the other. */
	public boolean isMoreUrgentThan(Severity other) {
		return ordinal() < other.ordinal();
	}

	/** The more urgent of the two. */
	public static Severity mostUrgent(Severity a, Severity b) {
		return a.isMoreUrgentThan(b) ? a : b;
	}

}
