package dev.frontline.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Severity;

/**
 * A case was posted to its team with a clock running, published inside the transaction
 * that posted it.
 *
 * @param number the case
 * @param team its team
 * @param severity its severity
 * @param postedAt when its card was posted
 * @param acknowledgeBy when acknowledgement is due, or null when no clock runs
 */
public record CaseOpened(long number, String team, Severity severity, Instant postedAt,
		@Nullable Instant acknowledgeBy) {
}
