package dev.frontline.replies;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A draft reply as its case's team sees it.
 *
 * @param id its number
 * @param caseNumber the case it answers
 * @param authorId who wrote it, such as {@code slack:U0123}
 * @param authorName their display name
 * @param editedById who changed it last, if not its author, or null
 * @param text the reply the customer would read
 * @param reviewerNote the author's note to reviewers, never sent, or null
 * @param status where it stands
 * @param findings the checks it fails
 * @param reviewComment what a reviewer asked to change, or null
 * @param reviewedByName who last approved it or asked for changes, or null
 * @param createdAt when it was first submitted
 * @param approvedAt when it was approved, or null
 * @param version changes with every edit and decision
 */
public record ReplyDraft(long id, long caseNumber, String authorId, String authorName, @Nullable String editedById,
		String text, @Nullable String reviewerNote, DraftStatus status, List<CheckFinding> findings,
		@Nullable String reviewComment, @Nullable String reviewedByName, Instant createdAt,
		@Nullable Instant approvedAt, int version) {

	public ReplyDraft {
		findings = List.copyOf(findings);
	}

	/** Whether a failed check keeps it from being approved. */
	public boolean blocked() {
		return findings.stream().anyMatch(CheckFinding::blocks);
	}

}
