package dev.frontline.escalation.internal;

import java.time.Instant;

/**
 * A clock of one case.
 *
 * @param id its row
 * @param caseNumber the case
 * @param kind what it is
 * @param step which step of the chain, 0 for the SLA clocks
 * @param dueAt when it fires
 */
record CaseTimer(long id, long caseNumber, Kind kind, int step, Instant dueAt) {

	enum Kind {

		SLA_WARNING, SLA_BREACH, ESCALATION_STEP,
		/**
		 * Re-rated more urgent while nobody had taken it: escalate at once (step = the
		 * new severity's number).
		 */
		RERATED,
		/**
		 * Raised by staff while nobody had taken it: escalate at once (step = the new
		 * severity's number).
		 */
		CORRECTED

	}

}
