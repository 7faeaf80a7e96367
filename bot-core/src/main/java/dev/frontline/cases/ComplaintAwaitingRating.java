package dev.frontline.cases;

/**
 * A complaint stored with the rules' rating that the learned layer rates once intake
 * commits; published inside intake's transaction.
 *
 * @param complaintId the complaint
 * @param caseNumber its case
 * @param cardHeld whether its case's first card waits for the rating
 */
record ComplaintAwaitingRating(long complaintId, long caseNumber, boolean cardHeld) {
}
