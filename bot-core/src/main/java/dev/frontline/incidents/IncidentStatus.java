package dev.frontline.incidents;

/** Where an incident stands. */
public enum IncidentStatus {

	/** Gathering complaints; nobody has taken it yet. */
	OPEN,
	/** Someone took it, and with it its open cases. */
	ACKNOWLEDGED,
	/** Over; its cases were resolved with it. */
	RESOLVED

}
