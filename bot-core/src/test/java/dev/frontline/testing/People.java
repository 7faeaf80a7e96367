package dev.frontline.testing;

import dev.frontline.people.Actor;

/** The people the core tests' configuration maps to roles, and one it does not. */
public final class People {

	public static final Actor STAFF = new Actor("slack", "U-STAFF", "Sam Staff");

	public static final Actor OTHER_STAFF = new Actor("slack", "U-STAFF-2", "Olu Staff");

	public static final Actor SUPERVISOR = new Actor("slack", "U-SUPER", "Sofia Supervisor");

	/** The supervisor again, on Discord: the same person under another id. */
	public static final Actor SUPERVISOR_ON_DISCORD = new Actor("discord", "900000000000000001", "Sofia");

	public static final Actor STRANGER = new Actor("slack", "U-NOBODY", "Stranger");

	private People() {
	}

}
