package dev.frontline.replies;

/** What a failed check does to a draft. */
public enum CheckLevel {

	/** Shown with the draft; it can still be approved. */
	WARN,
	/** The draft cannot be approved until it passes. */
	BLOCK,
	/** Not checked. */
	OFF

}
