package dev.frontline.cases;

import dev.frontline.triage.Severity;

/**
 * What intake answers for one complaint.
 *
 * @param caseNumber the case that holds it
 * @param severity the case's severity
 * @param status the case's status
 * @param duplicate whether this complaint had been received before (and nothing changed)
 */
public record Receipt(long caseNumber, Severity severity, CaseStatus status, boolean duplicate) {
}
