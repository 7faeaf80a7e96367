package dev.frontline.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Severity;

/** One line of a case list. */
public record CaseSummary(long number, CaseStatus status, Severity severity, int score, String team,
		@Nullable String customerHandle, String excerpt, @Nullable String ownerName, int escalationLevel,
		Instant openedAt, @Nullable Instant acknowledgeBy) {
}
