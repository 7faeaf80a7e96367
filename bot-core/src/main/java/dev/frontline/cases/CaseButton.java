package dev.frontline.cases;

import java.util.Optional;

import dev.frontline.delivery.CardButton;

/**
 * The buttons on a case card; adapters send a press back as the button's id and the case
 * number.
 */
public enum CaseButton implements CardButton {

	ACKNOWLEDGE("acknowledge", "Acknowledge"), DRAFT_REPLY("draft-reply", "Draft reply"),
	/** Once the reply is approved: someone posted it by hand and gives its link. */
	MARK_POSTED("mark-posted", "Mark posted"), PLAN_FOLLOW_UP("plan-follow-up", "Plan follow-up"),
	/** Once the case has a plan: another step. */
	ADD_STEP("add-step", "Add step"), ESCALATE("escalate", "Escalate"),
	/** Asks for the new severity and why: triage learns from it. */
	CHANGE_SEVERITY("change-severity", "Change severity"),
	/** Asks for the new team and why: triage learns from it. */
	MOVE_TEAM("move-team", "Move team"), RESOLVE("resolve", "Resolve");

	private final String id;

	private final String label;

	CaseButton(String id, String label) {
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
	public static Optional<CaseButton> withId(String id) {
		return CardButton.withId(CaseButton.class, id);
	}

}
