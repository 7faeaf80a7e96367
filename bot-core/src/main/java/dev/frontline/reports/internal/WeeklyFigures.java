package dev.frontline.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.frontline.followups.StepStatus;
import dev.frontline.reports.ReportWeek;
import dev.frontline.reports.WeeklyReview;
import dev.frontline.triage.Severity;

/**
 * Computes a team's weekly review from its recorded week: a pure function of the records,
 * the week, the team's zone, the SLAs and the time it is asked, so it is tested on fixed
 * data.
 */
final class WeeklyFigures {

	/** How many categories the review shows. */
	static final int TOP_CATEGORIES = 5;

	private WeeklyFigures() {
	}

	static WeeklyReview compute(String team, String teamName, ReportWeek week, ZoneId zone, RecordedWeek recorded,
			Function<Severity, Optional<Duration>> slas, Instant now) {
		List<RecordedWeek.OpenedCase> cases = recorded.cases()
			.stream()
			.filter(opened -> week.contains(opened.openedAt(), zone))
			.toList();
		return new WeeklyReview(team, teamName, week.toString(), zone.getId(), days(week, zone, recorded, cases),
				acknowledgement(cases, slas, now), approvedReplies(recorded.approvals()),
				followUps(recorded.steps(), now), incidents(recorded.incidents()),
				topCategories(cases, recorded.lastWeekCategories()), stories(recorded, zone),
				corrections(team, recorded.corrections()));
	}

	private static List<WeeklyReview.Day> days(ReportWeek week, ZoneId zone, RecordedWeek recorded,
			List<RecordedWeek.OpenedCase> cases) {
		Map<LocalDate, Map<Severity, Integer>> complaints = new TreeMap<>();
		Map<LocalDate, Integer> opened = new TreeMap<>();
		for (RecordedWeek.Complaint complaint : recorded.complaints()) {
			if (week.contains(complaint.receivedAt(), zone)) {
				complaints
					.computeIfAbsent(complaint.receivedAt().atZone(zone).toLocalDate(),
							day -> new EnumMap<>(Severity.class))
					.merge(complaint.severity(), 1, Integer::sum);
			}
		}
		cases.forEach(opening -> opened.merge(opening.openedAt().atZone(zone).toLocalDate(), 1, Integer::sum));
		return week.days()
			.stream()
			.map(day -> new WeeklyReview.Day(day, complaints.getOrDefault(day, Map.of()), opened.getOrDefault(day, 0)))
			.toList();
	}

	private static List<WeeklyReview.Acknowledgement> acknowledgement(List<RecordedWeek.OpenedCase> cases,
			Function<Severity, Optional<Duration>> slas, Instant now) {
		List<WeeklyReview.Acknowledgement> figures = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			Optional<Duration> sla = slas.apply(severity);
			if (sla.isEmpty()) {
				continue;
			}
			List<RecordedWeek.OpenedCase> ofSeverity = cases.stream()
				.filter(opened -> opened.severity() == severity)
				.toList();
			List<Double> minutes = new ArrayList<>();
			int breaches = 0;
			for (RecordedWeek.OpenedCase opened : ofSeverity) {
				Instant acknowledgedAt = opened.acknowledgedAt();
				Instant due = opened.acknowledgeBy();
				if (acknowledgedAt != null) {
					minutes.add(minutesBetween(opened.openedAt(), acknowledgedAt));
				}
				if (due != null && (acknowledgedAt != null ? acknowledgedAt.isAfter(due) : due.isBefore(now))) {
					breaches++;
				}
			}
			figures.add(new WeeklyReview.Acknowledgement(severity, sla.get().toMinutes(), ofSeverity.size(),
					minutes.size(), percentile(minutes, 50), percentile(minutes, 90), breaches));
		}
		return figures;
	}

	private static WeeklyReview.ReplyTimes approvedReplies(List<RecordedWeek.Approval> approvals) {
		List<Double> minutes = approvals.stream()
			.map(approval -> minutesBetween(approval.caseOpenedAt(), approval.approvedAt()))
			.toList();
		return new WeeklyReview.ReplyTimes(minutes.size(), percentile(minutes, 50), percentile(minutes, 90));
	}

	private static WeeklyReview.FollowUpSteps followUps(List<RecordedWeek.Step> steps, Instant now) {
		int onTime = 0;
		int late = 0;
		int waived = 0;
		int open = 0;
		for (RecordedWeek.Step step : steps) {
			Instant closedAt = step.closedAt();
			if (step.status() == StepStatus.WAIVED) {
				waived++;
			}
			else if (step.status() == StepStatus.DONE && closedAt != null) {
				if (closedAt.isAfter(step.dueAt())) {
					late++;
				}
				else {
					onTime++;
				}
			}
			else {
				open++;
			}
		}
		return new WeeklyReview.FollowUpSteps(onTime, late, waived, open);
	}

	private static WeeklyReview.IncidentFigures incidents(List<RecordedWeek.Incident> incidents) {
		List<Double> toFirstNotice = incidents.stream()
			.map(RecordedWeek.Incident::minutesToFirstNotice)
			.filter(Objects::nonNull)
			.map(Long::doubleValue)
			.toList();
		return new WeeklyReview.IncidentFigures(incidents.size(),
				incidents.stream().mapToInt(RecordedWeek.Incident::complaints).sum(),
				incidents.stream().mapToInt(RecordedWeek.Incident::complaints).max().orElse(0),
				incidents.stream().mapToInt(RecordedWeek.Incident::customersTold).sum(), percentile(toFirstNotice, 50));
	}

	private static List<WeeklyReview.CategoryCount> topCategories(List<RecordedWeek.OpenedCase> cases,
			List<String> lastWeek) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		cases.forEach(opened -> counts.computeIfAbsent(opened.category(), category -> new int[2])[0]++);
		lastWeek.forEach(category -> counts.computeIfAbsent(category, none -> new int[2])[1]++);
		return counts.entrySet()
			.stream()
			.map(entry -> new WeeklyReview.CategoryCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.sorted(Comparator.comparingInt(WeeklyReview.CategoryCount::thisWeek)
				.reversed()
				.thenComparing(Comparator.comparingInt(WeeklyReview.CategoryCount::lastWeek).reversed())
				.thenComparing(WeeklyReview.CategoryCount::category))
			.limit(TOP_CATEGORIES)
			.toList();
	}

	private static WeeklyReview.StoryFigures stories(RecordedWeek recorded, ZoneId zone) {
		List<WeeklyReview.StoryWeek> weeks = recorded.storyWeeks()
			.stream()
			.sorted(Comparator.comparing(RecordedWeek.StoryWeekRow::promptAt))
			.map(row -> new WeeklyReview.StoryWeek(row.promptAt().atZone(zone).toLocalDate(), row.asked(),
					row.answered(), row.stories(), row.anonymous()))
			.toList();
		List<WeeklyReview.ThemeCount> themes = recorded.themes()
			.stream()
			.map(row -> new WeeklyReview.ThemeCount(row.theme(), row.stories()))
			.sorted(Comparator.comparingInt(WeeklyReview.ThemeCount::stories)
				.reversed()
				.thenComparing(WeeklyReview.ThemeCount::theme))
			.toList();
		return new WeeklyReview.StoryFigures(weeks, themes);
	}

	private static WeeklyReview.CorrectionFigures corrections(String team, List<RecordedWeek.Correction> corrections) {
		int raised = 0;
		int lowered = 0;
		int movedIn = 0;
		int movedOut = 0;
		Map<List<String>, Integer> moves = new LinkedHashMap<>();
		for (RecordedWeek.Correction correction : corrections) {
			if (correction.kind().equals("CORRECTED")) {
				Severity from = Severity.valueOf(correction.from());
				Severity to = Severity.valueOf(correction.to());
				if (to.isMoreUrgentThan(from)) {
					raised++;
				}
				else {
					lowered++;
				}
			}
			else {
				if (correction.to().equals(team)) {
					movedIn++;
				}
				if (correction.from().equals(team)) {
					movedOut++;
				}
				moves.merge(List.of(correction.from(), correction.to()), 1, Integer::sum);
			}
		}
		List<WeeklyReview.Move> byTeams = moves.entrySet()
			.stream()
			.map(move -> new WeeklyReview.Move(move.getKey().get(0), move.getKey().get(1), move.getValue()))
			.sorted(Comparator.comparingInt(WeeklyReview.Move::cases).reversed())
			.toList();
		return new WeeklyReview.CorrectionFigures(raised, lowered, movedIn, movedOut, byTeams);
	}

	private static double minutesBetween(Instant from, Instant to) {
		return Duration.between(from, to).toSeconds() / 60.0;
	}

	/**
	 * The nearest-rank percentile: a time that one of the cases really took, never an
	 * average of two.
	 */
	static @Nullable Double percentile(List<Double> values, int percent) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

}
