package dev.frontline.incidents;

import dev.frontline.conversation.Button;

/**
 * The buttons on an incident card, each acting on the incident's number, and on its
 * notices.
 */
public final class IncidentButtons {

	public static final Button ACKNOWLEDGE_ALL = new Button("incident-acknowledge", "Acknowledge all");

	public static final Button AFFECTED_CUSTOMERS = new Button("incident-affected", "Affected customers");

	public static final Button RESOLVE_ALL = new Button("incident-resolve", "Resolve all");

	public static final Button NOTIFY_AFFECTED = new Button("incident-notify", "Notify affected");

	/** On a notice in the incident's thread; acts on {@code incident:version}. */
	public static final Button APPROVE_NOTICE = new Button("incident-notice-approve", "Approve notice");

	public static final Button MARK_NOTIFIED = new Button("incident-notified", "Mark notified");

	public static final Button POST_UPDATE = new Button("incident-update", "Post update");

	private IncidentButtons() {
	}

}
