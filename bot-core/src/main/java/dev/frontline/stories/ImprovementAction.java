package dev.frontline.stories;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.frontline.followups.FollowUps;
import dev.frontline.followups.StepStatus;

/**
 * A change to how the team works that came out of a story, tracked like a follow-up step.
 *
 * @param id its number
 * @param storyId the story it came from
 * @param team the team whose story it was
 * @param title what to change
 * @param ownerId who sees it through, such as {@code slack:U0123}
 * @param ownerName their display name
 * @param dueAt when it is due
 * @param status open, done or waived
 * @param closedNote why it was waived, or null
 * @param closedBy who closed it, or null
 */
public record ImprovementAction(long id, long storyId, String team, String title, String ownerId, String ownerName,
		Instant dueAt, StepStatus status, @Nullable String closedNote, @Nullable String closedBy) {

	public boolean isOpen() {
		return status == StepStatus.OPEN;
	}

	/** The action on one line, as lists and App Home show it. */
	public String line() {
		return "Action " + id + " (story " + storyId + "): " + title + " · " + ownerName + " · due "
				+ FollowUps.DUE.format(dueAt);
	}

}
