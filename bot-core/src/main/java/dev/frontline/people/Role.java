package dev.frontline.people;

/** What a person may do; each role may do everything the ones before it may. */
public enum Role {

	STAFF, SUPERVISOR, ADMIN;

	/** Whether this role includes the rights of the other. */
	public boolean includes(Role other) {
		return ordinal() >= other.ordinal();
	}

}
