package dev.frontline.incidents.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.frontline.incidents.IncidentStatus;
import dev.frontline.triage.Severity;

/** An incident's own columns. */
public record IncidentRow(long number, String key, String label, String team, IncidentStatus status, Severity severity,
		@Nullable String ownerId, @Nullable String ownerName, Instant openedAt, Instant lastComplaintAt,
		@Nullable Instant resolvedAt, @Nullable Instant acknowledgeBy) {
}
