package dev.frontline.replies;

/** Where a draft reply stands in review. */
public enum DraftStatus {

	/** Waiting for an approver. */
	PENDING,
	/** A reviewer asked the author for changes. */
	CHANGES_REQUESTED,
	/** Approved: the case's one reply. */
	APPROVED,
	/** Set aside when another draft of the case was approved. */
	REJECTED,
	/** Approved and published: the customer can read it. */
	PUBLISHED

}
