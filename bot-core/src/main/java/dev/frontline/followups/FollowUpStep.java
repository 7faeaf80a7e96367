package dev.frontline.followups;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a case's follow-up plan.
 *
 * @param id its internal number, carried by buttons; people read and type {@link #ref()}
 * @param caseNumber the case it follows up
 * @param position its place among the case's steps, 1 for the first one added
 * @param title what to do
 * @param ownerId who does it, such as {@code slack:U0123}
 * @param ownerName their display name
 * @param dueAt when it is due
 * @param status where it stands
 * @param closedNote why it was waived, or null
 * @param closedBy who marked it done or waived it, or null
 */
public record FollowUpStep(long id, long caseNumber, int position, String title, String ownerId, String ownerName,
		Instant dueAt, StepStatus status, @Nullable String closedNote, @Nullable String closedBy) {

	/** How people name the step: the case and its place, such as {@code 1035.2}. */
	public String ref() {
		return caseNumber + "." + position;
	}

	public boolean isOpen() {
		return status == StepStatus.OPEN;
	}

}
