package dev.frontline.triage;

import java.time.Instant;

/** Scores, rates and routes complaints. */
public interface Triage {

	/**
	 * Assesses one complaint.
	 * @param complaint what the complaint says and who said it
	 * @param now the current time, to judge whether the problem is still live
	 * @return the score, severity, team, category and reasons
	 */
	Assessment assess(ComplaintSignals complaint, Instant now);

}
