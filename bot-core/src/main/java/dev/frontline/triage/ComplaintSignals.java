package dev.frontline.triage;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What triage may look at in one complaint.
 *
 * @param source where it was posted ({@code x}, {@code reviews}, a feed name…)
 * @param text what the customer wrote
 * @param followers the author's public reach, 0 when unknown
 * @param likes engagement so far
 * @param shares engagement so far
 * @param replies engagement so far
 * @param customerTier loyalty tier such as {@code gold}, or null when unknown
 * @param postedAt when the customer posted it
 * @param earlierUnresolvedComplaints how many earlier complaints of this author are on
 * cases that are not resolved (repeat contact)
 */
public record ComplaintSignals(String source, String text, long followers, long likes, long shares, long replies,
		@Nullable String customerTier, Instant postedAt, int earlierUnresolvedComplaints) {
}
