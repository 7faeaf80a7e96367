package dev.frontline.incidents;

import java.util.Optional;

import dev.frontline.delivery.CardButton;

/**
 * The buttons on an incident card; adapters send a press back as the button's id and the
 * incident number.
 */
public enum IncidentButton implements CardButton {

	ACKNOWLEDGE_ALL("incident-acknowledge", "Acknowledge all"),
	AFFECTED_CUSTOMERS("incident-affected", "Affected customers"), RESOLVE_ALL("incident-resolve", "Resolve all");

	private final String id;

	private final String label;

	IncidentButton(String id, String label) {
		this.id = id;
		this.label = label;
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public String label() {
		return label;
	}

	/** The button with that id, if it is one of these. */
	public static Optional<IncidentButton> withId(String id) {
		return CardButton.withId(IncidentButton.class, id);
	}

}
