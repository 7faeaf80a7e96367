package dev.frontline.cases;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A complaint stored with the rules' rating that the learned layer rates once intake
 * commits; published inside intake's transaction.
 *
 * @param complaintId the complaint
 * @param caseNumber its case
 * @param cardHeldFor how long its case's first card waits for the rating at most; null
 * when no card waits
 */
record ComplaintAwaitingRating(long complaintId, long caseNumber, @Nullable Duration cardHeldFor) {
}
