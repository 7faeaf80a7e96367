package dev.frontline.incidents;

/** Where a notice stands. */
public enum NoticeStatus {

	/** Drafted, waiting for a supervisor other than its author. */
	PENDING,
	/** Approved: it goes to its customers. */
	APPROVED,
	/** Another notice was approved, or the incident resolved, before this one was. */
	SET_ASIDE

}
