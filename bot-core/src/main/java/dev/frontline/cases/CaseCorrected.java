package dev.frontline.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Severity;

/**
 * Staff changed a case's severity or moved it to another team; published inside the
 * transaction that corrected it, so its clocks follow.
 *
 * @param number the case
 * @param from its severity before
 * @param to its severity now
 * @param fromTeam its team before
 * @param team its team now
 * @param at when
 * @param acknowledgeBy when acknowledgement is now due, or null when no clock runs
 * @param untaken whether nobody has taken the case yet and its card is posted: only then
 * do its clocks run
 */
public record CaseCorrected(long number, Severity from, Severity to, String fromTeam, String team, Instant at,
		@Nullable Instant acknowledgeBy, boolean untaken) {

	/** Whether the case became more urgent. */
	public boolean raised() {
		return to.isMoreUrgentThan(from);
	}

	/** Whether the case changed team. */
	public boolean moved() {
		return !fromTeam.equals(team);
	}

}
