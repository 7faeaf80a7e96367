package dev.frontline.followups;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a case's follow-up plan.
 *
 * @param id its number
 * @param caseNumber the case it follows up
 * @param title what to do
 * @param ownerId who does it, such as {@code slack:U0123}
 * @param ownerName their display name
 * @param dueAt when it is due
 * @param status where it stands
 * @param closedNote why it was waived, or null
 * @param closedBy who marked it done or waived it, or null
 */
public record FollowUpStep(long id, long caseNumber, String title, String ownerId, String ownerName, Instant dueAt,
		StepStatus status, @Nullable String closedNote, @Nullable String closedBy) {

	public boolean isOpen() {
		return status == StepStatus.OPEN;
	}

}
