package dev.frontline.cases;

/** Where a case stands. Escalation is a flag with a level on the case, not a status. */
public enum CaseStatus {

	OPEN, ACKNOWLEDGED, REPLY_APPROVED, REPLIED, FOLLOWING_UP, RESOLVED;

	/** Whether work on the case is still going on. */
	public boolean isUnresolved() {
		return this != RESOLVED;
	}

}
