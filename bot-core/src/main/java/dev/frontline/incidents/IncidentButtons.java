package dev.frontline.incidents;

import dev.frontline.conversation.Button;

/** The buttons on an incident card; each acts on the incident's number. */
public final class IncidentButtons {

	public static final Button ACKNOWLEDGE_ALL = new Button("incident-acknowledge", "Acknowledge all");

	public static final Button AFFECTED_CUSTOMERS = new Button("incident-affected", "Affected customers");

	public static final Button RESOLVE_ALL = new Button("incident-resolve", "Resolve all");

	private IncidentButtons() {
	}

}
