package dev.frontline.replies;

/** The policy checks every draft reply goes through. */
public enum ReplyCheck {

	/** Longer than the source platform allows in one post. */
	TOO_LONG,
	/**
	 * Promises what the company cannot guarantee, or compensation above the frontline
	 * limit.
	 */
	UNKEEPABLE_PROMISE,
	/** Asks for personal data in public instead of inviting a private message. */
	ASKS_FOR_PERSONAL_DATA,
	/** Repeats the customer's personal data in public. */
	REPEATS_PERSONAL_DATA,
	/** Does not apologise. */
	NO_APOLOGY,
	/** Gives no concrete next step. */
	NO_NEXT_STEP

}
