package dev.frontline.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Severity;

/**
 * A new mention made an unacknowledged, posted case more urgent; published inside the
 * transaction that re-rated it.
 *
 * @param number the case
 * @param from its severity before
 * @param to its severity now
 * @param at when
 * @param acknowledgeBy when acknowledgement is now due, or null when no clock runs
 */
public record CaseRerated(long number, Severity from, Severity to, Instant at, @Nullable Instant acknowledgeBy) {
}
