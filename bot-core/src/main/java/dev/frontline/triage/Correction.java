package dev.frontline.triage;

import java.time.Instant;

/**
 * Staff corrected how a case was rated or routed: its first complaint with the labels
 * people gave it, a labelled example triage learns from.
 *
 * @param caseNumber the case corrected
 * @param complaint what triage read of the case's first complaint
 * @param severity the severity the case has after the correction
 * @param team the team the case has after the correction
 * @param why the reason the person gave
 * @param correctedBy who, such as {@code Sam (slack:U0123)}
 * @param correctedAt when
 */
public record Correction(long caseNumber, ComplaintSignals complaint, Severity severity, String team, String why,
		String correctedBy, Instant correctedAt) {

	/** The labelled example's id, the same for every correction of one case. */
	public String exampleId() {
		return "correction-" + caseNumber;
	}

}
