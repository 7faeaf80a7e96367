package dev.frontline.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dev.frontline.followups.StepStatus;
import dev.frontline.reports.ReportWeek;
import dev.frontline.reports.WeeklyReview;
import dev.frontline.testing.MutableClock;
import dev.frontline.triage.Severity;

/** The week's figures from fixed records, asked at a time the test sets. */
class WeeklyFiguresTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** The example airline's SLAs: SEV4 has none. */
	static final Function<Severity, Optional<Duration>> SLAS = severity -> switch (severity) {
		case SEV1 -> Optional.of(Duration.ofMinutes(5));
		case SEV2 -> Optional.of(Duration.ofMinutes(15));
		case SEV3 -> Optional.of(Duration.ofMinutes(60));
		case SEV4 -> Optional.empty();
	};

	private final MutableClock clock = MutableClock.startingAt("2026-12-03T09:00:00Z");

	@Test
	void anEmptyWeekHasSevenEmptyDaysAndNoTimes() {
		WeeklyReview review = compute(ReportWeek.parse("2026-W48"), RecordedWeek.empty());

		assertThat(review.days()).hasSize(7);
		assertThat(review.days().getFirst().date()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(review.complaints()).isZero();
		assertThat(review.casesOpened()).isZero();
		assertThat(review.acknowledgement()).extracting(WeeklyReview.Acknowledgement::severity)
			.containsExactly(Severity.SEV1, Severity.SEV2, Severity.SEV3);
		assertThat(review.acknowledgement()).allSatisfy(figure -> {
			assertThat(figure.cases()).isZero();
			assertThat(figure.medianMinutes()).isNull();
			assertThat(figure.p90Minutes()).isNull();
		});
		assertThat(review.approvedReplies().medianMinutes()).isNull();
		assertThat(review.followUps().total()).isZero();
		assertThat(review.topCategories()).isEmpty();
		assertThat(review.stories().weeks()).isEmpty();
		assertThat(review.corrections().total()).isZero();
	}

	@Test
	void incidentsCountTheCustomersToldProactivelyAndHowSoonTheFirstNoticeWent() {
		WeeklyReview review = compute(ReportWeek.parse("2026-W48"),
				new Records().incident(40, 35, 4L).incident(6, 0, null).incident(12, 12, 10L).build());

		assertThat(review.incidents().count()).isEqualTo(3);
		assertThat(review.incidents().complaints()).isEqualTo(58);
		assertThat(review.incidents().customersTold()).isEqualTo(47);
		assertThat(review.incidents().medianMinutesToFirstNotice()).as("over the two that sent one").isEqualTo(4.0);
		assertThat(ReviewSummary.ofTeam(review)).contains(
				"Incidents: 3 (58 complaints, the largest 40); 47 customers told proactively, the first notice a median 4 min after an incident opened");
	}

	@Test
	void aTeamWithOneCaseHasThatCasesTimesAsMedianAndPercentile() {
		Instant opened = Instant.parse("2026-11-25T10:00:00Z");
		RecordedWeek recorded = records().complaint(opened, Severity.SEV2)
			.opened(opened, Severity.SEV2, "baggage-delayed", opened.plus(Duration.ofMinutes(15)),
					opened.plus(Duration.ofMinutes(12)))
			.build();

		WeeklyReview review = compute(ReportWeek.parse("2026-W48"), recorded);

		assertThat(review.complaints()).isEqualTo(1);
		assertThat(review.days().get(2).complaintsOf(Severity.SEV2)).isEqualTo(1);
		assertThat(review.days().get(2).casesOpened()).isEqualTo(1);
		WeeklyReview.Acknowledgement sev2 = review.acknowledgement().get(1);
		assertThat(sev2.cases()).isEqualTo(1);
		assertThat(sev2.medianMinutes()).isEqualTo(12.0);
		assertThat(sev2.p90Minutes()).isEqualTo(12.0);
		assertThat(sev2.slaMinutes()).isEqualTo(15L);
		assertThat(sev2.breaches()).isZero();
		assertThat(review.topCategories()).containsExactly(new WeeklyReview.CategoryCount("baggage-delayed", 1, 0));
	}

	@Test
	void aDaylightSavingWeekPutsEachComplaintOnItsLocalDay() {
		// British Summer Time starts on Sunday 29 March 2026 at 01:00 UTC.
		RecordedWeek recorded = records()
			// Sunday 22 March 23:30 in London: the week before.
			.complaint(Instant.parse("2026-03-22T23:30:00Z"), Severity.SEV3)
			// Monday 23 March 00:10, still GMT.
			.complaint(Instant.parse("2026-03-23T00:10:00Z"), Severity.SEV3)
			// Sunday 29 March 23:30 BST is 22:30 UTC: the last day of the week.
			.complaint(Instant.parse("2026-03-29T22:30:00Z"), Severity.SEV1)
			// Monday 30 March 00:30 BST is Sunday 23:30 UTC: the next week.
			.complaint(Instant.parse("2026-03-29T23:30:00Z"), Severity.SEV1)
			.build();

		WeeklyReview review = compute(ReportWeek.parse("2026-W13"), recorded);

		assertThat(review.complaints()).isEqualTo(2);
		assertThat(review.days().getFirst().complaintsOf(Severity.SEV3)).isEqualTo(1);
		assertThat(review.days().getLast().date()).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(review.days().getLast().complaintsOf(Severity.SEV1)).isEqualTo(1);
		assertThat(review.zone()).isEqualTo("Europe/London");
	}

	@Test
	void countsLateAcknowledgementsAndUnacknowledgedCasesPastTheirDueTimeAsBreaches() {
		Instant monday = Instant.parse("2026-11-23T09:00:00Z");
		RecordedWeek recorded = records()
			.opened(monday, Severity.SEV1, "safety", monday.plus(Duration.ofMinutes(5)),
					monday.plus(Duration.ofMinutes(3)))
			.opened(monday, Severity.SEV1, "safety", monday.plus(Duration.ofMinutes(5)),
					monday.plus(Duration.ofMinutes(9)))
			.opened(monday, Severity.SEV1, "safety", monday.plus(Duration.ofMinutes(5)), null)
			.build();

		WeeklyReview.Acknowledgement sev1 = compute(ReportWeek.parse("2026-W48"), recorded).acknowledgement()
			.getFirst();

		assertThat(sev1.cases()).isEqualTo(3);
		assertThat(sev1.acknowledged()).isEqualTo(2);
		assertThat(sev1.medianMinutes()).isEqualTo(3.0);
		assertThat(sev1.p90Minutes()).isEqualTo(9.0);
		assertThat(sev1.breaches()).isEqualTo(2);
	}

	@Test
	void anUnacknowledgedCaseIsNotABreachBeforeItsDueTime() {
		Instant sunday = Instant.parse("2026-11-29T23:50:00Z");
		clock.set(Instant.parse("2026-11-29T23:55:00Z"));
		RecordedWeek recorded = records()
			.opened(sunday, Severity.SEV2, "refund", sunday.plus(Duration.ofMinutes(15)), null)
			.build();

		assertThat(compute(ReportWeek.parse("2026-W48"), recorded).breaches()).isZero();

		clock.advance(Duration.ofMinutes(11));
		assertThat(compute(ReportWeek.parse("2026-W48"), recorded).breaches()).isEqualTo(1);
	}

	@Test
	void sortsFollowUpStepsIntoOnTimeLateWaivedAndOpen() {
		Instant due = Instant.parse("2026-11-26T12:00:00Z");
		RecordedWeek recorded = records().step(due, StepStatus.DONE, due.minusSeconds(60))
			.step(due, StepStatus.DONE, due)
			.step(due, StepStatus.DONE, due.plusSeconds(60))
			.step(due, StepStatus.WAIVED, due.plusSeconds(600))
			.step(due, StepStatus.OPEN, null)
			.build();

		assertThat(compute(ReportWeek.parse("2026-W48"), recorded).followUps())
			.isEqualTo(new WeeklyReview.FollowUpSteps(2, 1, 1, 1));
	}

	@Test
	void comparesTopCategoriesWithLastWeek() {
		Instant tuesday = Instant.parse("2026-11-24T10:00:00Z");
		RecordedWeek recorded = records().opened(tuesday, Severity.SEV3, "refund", null, null)
			.opened(tuesday, Severity.SEV3, "refund", null, null)
			.opened(tuesday, Severity.SEV3, "baggage-lost", null, null)
			.lastWeek("baggage-lost", "baggage-lost", "baggage-lost", "wifi")
			.build();

		assertThat(compute(ReportWeek.parse("2026-W48"), recorded).topCategories()).containsExactly(
				new WeeklyReview.CategoryCount("refund", 2, 0), new WeeklyReview.CategoryCount("baggage-lost", 1, 3),
				new WeeklyReview.CategoryCount("wifi", 0, 1));
	}

	@Test
	void tellsWhichWayTriageWasCorrected() {
		RecordedWeek recorded = records().correction("CORRECTED", "SEV3", "SEV1")
			.correction("CORRECTED", "SEV2", "SEV1")
			.correction("CORRECTED", "SEV2", "SEV3")
			.correction("MOVED", "care-social", "baggage")
			.correction("MOVED", "care-social", "baggage")
			.correction("MOVED", "baggage", "loyalty")
			.build();

		WeeklyReview.CorrectionFigures corrections = compute(ReportWeek.parse("2026-W48"), recorded).corrections();

		assertThat(corrections.severityRaised()).isEqualTo(2);
		assertThat(corrections.severityLowered()).isEqualTo(1);
		assertThat(corrections.movedIn()).isEqualTo(2);
		assertThat(corrections.movedOut()).isEqualTo(1);
		assertThat(corrections.moves()).containsExactly(new WeeklyReview.Move("care-social", "baggage", 2),
				new WeeklyReview.Move("baggage", "loyalty", 1));
	}

	@Test
	void countsStoriesAndThemesWithoutNamingAnyone() {
		RecordedWeek recorded = records()
			.storyWeek(new RecordedWeek.StoryWeekRow(Instant.parse("2026-11-16T10:00:00Z"), 4, 3, 3, 1))
			.storyWeek(new RecordedWeek.StoryWeekRow(Instant.parse("2026-11-09T10:00:00Z"), 4, 2, 2, 0))
			.theme("handover", 1)
			.theme("missed-connection", 3)
			.build();

		WeeklyReview.StoryFigures stories = compute(ReportWeek.parse("2026-W48"), recorded).stories();

		assertThat(stories.weeks()).extracting(WeeklyReview.StoryWeek::asked)
			.containsExactly(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
		assertThat(stories.weeks().getLast().anonymous()).isEqualTo(1);
		assertThat(stories.themes()).extracting(WeeklyReview.ThemeCount::theme)
			.containsExactly("missed-connection", "handover");
	}

	@Test
	void thePercentileIsATimeOneCaseReallyTook() {
		List<Double> minutes = List.of(4.0, 1.0, 3.0, 2.0, 10.0, 5.0, 6.0, 7.0, 8.0, 9.0);
		assertThat(WeeklyFigures.percentile(minutes, 50)).isEqualTo(5.0);
		assertThat(WeeklyFigures.percentile(minutes, 90)).isEqualTo(9.0);
		assertThat(WeeklyFigures.percentile(List.of(), 90)).isNull();
	}

	private WeeklyReview compute(ReportWeek week, RecordedWeek recorded) {
		return WeeklyFigures.compute("baggage", "Baggage", week, LONDON, recorded, SLAS, clock.instant());
	}

	static Records records() {
		return new Records();
	}

	/** Builds a recorded week one row at a time. */
	static final class Records {

		private final List<RecordedWeek.Complaint> complaints = new ArrayList<>();

		private final List<RecordedWeek.OpenedCase> cases = new ArrayList<>();

		private final List<String> lastWeek = new ArrayList<>();

		private final List<RecordedWeek.Step> steps = new ArrayList<>();

		private final List<RecordedWeek.StoryWeekRow> storyWeeks = new ArrayList<>();

		private final List<RecordedWeek.ThemeRow> themes = new ArrayList<>();

		private final List<RecordedWeek.Correction> corrections = new ArrayList<>();

		private final List<RecordedWeek.Approval> approvals = new ArrayList<>();

		private final List<RecordedWeek.Incident> incidents = new ArrayList<>();

		Records complaint(Instant at, Severity severity) {
			complaints.add(new RecordedWeek.Complaint(at, severity));
			return this;
		}

		Records opened(Instant at, Severity severity, String category, Instant acknowledgeBy, Instant acknowledgedAt) {
			cases.add(new RecordedWeek.OpenedCase(at, severity, category, acknowledgeBy, acknowledgedAt));
			return this;
		}

		Records lastWeek(String... categories) {
			lastWeek.addAll(List.of(categories));
			return this;
		}

		Records step(Instant due, StepStatus status, Instant closedAt) {
			steps.add(new RecordedWeek.Step(due, status, closedAt));
			return this;
		}

		Records storyWeek(RecordedWeek.StoryWeekRow week) {
			storyWeeks.add(week);
			return this;
		}

		Records theme(String theme, int stories) {
			themes.add(new RecordedWeek.ThemeRow(theme, stories));
			return this;
		}

		Records correction(String kind, String from, String to) {
			corrections.add(new RecordedWeek.Correction(kind, from, to));
			return this;
		}

		Records approval(Instant opened, Instant approved) {
			approvals.add(new RecordedWeek.Approval(opened, approved));
			return this;
		}

		Records incident(int complaints) {
			return incident(complaints, 0, null);
		}

		Records incident(int complaints, int customersTold, @Nullable Long minutesToFirstNotice) {
			incidents.add(new RecordedWeek.Incident(complaints, customersTold, minutesToFirstNotice));
			return this;
		}

		RecordedWeek build() {
			return new RecordedWeek(complaints, cases, lastWeek, approvals, steps, incidents, storyWeeks, themes,
					corrections);
		}

	}

}
