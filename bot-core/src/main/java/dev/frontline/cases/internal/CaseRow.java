package dev.frontline.cases.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.frontline.cases.CaseStatus;
import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;

/** A case's own columns, without its complaints and history. */
public record CaseRow(long number, CaseStatus status, Severity severity, int score, String team, String category,
		List<Reason> reasons, @Nullable String ownerId, @Nullable String ownerName, int escalationLevel, boolean posted,
		Instant openedAt, @Nullable Instant acknowledgeBy, @Nullable Instant acknowledgedAt,
		@Nullable Instant resolvedAt, @Nullable Long incident, int version) {

	public CaseRow {
		reasons = List.copyOf(reasons);
	}

	public CaseRow acknowledged(String ownerId, String ownerName, Instant at) {
		return new CaseRow(number, CaseStatus.ACKNOWLEDGED, severity, score, team, category, reasons, ownerId,
				ownerName, escalationLevel, posted, openedAt, acknowledgeBy, at, resolvedAt, incident, version);
	}

	public CaseRow escalatedTo(int level) {
		return new CaseRow(number, status, severity, score, team, category, reasons, ownerId, ownerName, level, posted,
				openedAt, acknowledgeBy, acknowledgedAt, resolvedAt, incident, version);
	}

	public CaseRow resolved(Instant at) {
		return new CaseRow(number, CaseStatus.RESOLVED, severity, score, team, category, reasons, ownerId, ownerName,
				escalationLevel, posted, openedAt, acknowledgeBy, acknowledgedAt, at, incident, version);
	}

	public CaseRow rerated(int newScore, Severity newSeverity, List<Reason> newReasons,
			@Nullable Instant newAcknowledgeBy) {
		return new CaseRow(number, status, newSeverity, newScore, team, category, newReasons, ownerId, ownerName,
				escalationLevel, posted, openedAt, newAcknowledgeBy, acknowledgedAt, resolvedAt, incident, version);
	}

	/** The case with another team. */
	public CaseRow movedTo(String newTeam) {
		return new CaseRow(number, status, severity, score, newTeam, category, reasons, ownerId, ownerName,
				escalationLevel, posted, openedAt, acknowledgeBy, acknowledgedAt, resolvedAt, incident, version);
	}

	/** The case as a member of an incident. */
	public CaseRow inIncident(long incidentNumber) {
		return new CaseRow(number, status, severity, score, team, category, reasons, ownerId, ownerName,
				escalationLevel, posted, openedAt, acknowledgeBy, acknowledgedAt, resolvedAt, incidentNumber, version);
	}

	public CaseRow withStatus(CaseStatus newStatus) {
		return new CaseRow(number, newStatus, severity, score, team, category, reasons, ownerId, ownerName,
				escalationLevel, posted, openedAt, acknowledgeBy, acknowledgedAt, resolvedAt, incident, version);
	}

	public CaseRow markedPosted() {
		return new CaseRow(number, status, severity, score, team, category, reasons, ownerId, ownerName,
				escalationLevel, true, openedAt, acknowledgeBy, acknowledgedAt, resolvedAt, incident, version);
	}

}
