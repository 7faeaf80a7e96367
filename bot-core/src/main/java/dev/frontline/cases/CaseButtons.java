package dev.frontline.cases;

import dev.frontline.conversation.Button;

/** The buttons on a case card; each acts on the case's number. */
public final class CaseButtons {

	public static final Button ACKNOWLEDGE = new Button("acknowledge", "Acknowledge");

	public static final Button DRAFT_REPLY = new Button("draft-reply", "Draft reply");

	/** Once the reply is approved: someone posted it by hand and gives its link. */
	public static final Button MARK_POSTED = new Button("mark-posted", "Mark posted");

	public static final Button PLAN_FOLLOW_UP = new Button("plan-follow-up", "Plan follow-up");

	/** Once the case has a plan: another step. */
	public static final Button ADD_STEP = new Button("add-step", "Add step");

	public static final Button ESCALATE = new Button("escalate", "Escalate");

	/** Asks for the new severity and why: triage learns from it. */
	public static final Button CHANGE_SEVERITY = new Button("change-severity", "Change severity");

	/** Asks for the new team and why: triage learns from it. */
	public static final Button MOVE_TEAM = new Button("move-team", "Move team");

	public static final Button RESOLVE = new Button("resolve", "Resolve");

	private CaseButtons() {
	}

}
