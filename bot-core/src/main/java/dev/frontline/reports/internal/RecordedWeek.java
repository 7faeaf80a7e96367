package dev.frontline.reports.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.frontline.followups.StepStatus;
import dev.frontline.triage.Severity;

/**
 * What the database holds about one team's week, reduced to what the review counts: no
 * text, no handle, no name.
 *
 * @param complaints complaints received in the week
 * @param cases cases opened in the week
 * @param lastWeekCategories the category of each case opened the week before
 * @param approvals first approved replies that fell in the week
 * @param steps follow-up steps due in the week
 * @param incidents incidents formed in the week
 * @param storyWeeks the team's story weeks asked in the 8 weeks up to this one's end
 * @param themes the themes of those weeks' stories
 * @param corrections corrections of triage made in the week that concern the team
 */
record RecordedWeek(List<Complaint> complaints, List<OpenedCase> cases, List<String> lastWeekCategories,
		List<Approval> approvals, List<Step> steps, List<Incident> incidents, List<StoryWeekRow> storyWeeks,
		List<ThemeRow> themes, List<Correction> corrections) {

	static RecordedWeek empty() {
		return new RecordedWeek(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());
	}

	record Complaint(Instant receivedAt, Severity severity) {
	}

	record OpenedCase(Instant openedAt, Severity severity, String category, @Nullable Instant acknowledgeBy,
			@Nullable Instant acknowledgedAt) {
	}

	record Approval(Instant caseOpenedAt, Instant approvedAt) {
	}

	record Step(Instant dueAt, StepStatus status, @Nullable Instant closedAt) {
	}

	/**
	 * @param complaints complaints gathered into it
	 * @param customersTold customers sent a proactive notice about it
	 * @param minutesToFirstNotice from its opening to its first notice sent, or null
	 * while none has gone
	 */
	record Incident(int complaints, int customersTold, @Nullable Long minutesToFirstNotice) {
	}

	record StoryWeekRow(Instant promptAt, int asked, int answered, int stories, int anonymous) {
	}

	record ThemeRow(String theme, int stories) {
	}

	/**
	 * A correction as kept in a case's history.
	 *
	 * @param kind {@code CORRECTED} (severity) or {@code MOVED} (team)
	 * @param from the severity or team before
	 * @param to the severity or team after
	 */
	record Correction(String kind, String from, String to) {
	}

}
