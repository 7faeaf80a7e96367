package dev.frontline.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ReportWeekTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Test
	void readsAnIsoWeekOrAnyDayInIt() {
		assertThat(ReportWeek.parse("2026-W48").monday()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(ReportWeek.parse("2026-11-29")).isEqualTo(ReportWeek.parse("2026-W48"));
		assertThat(ReportWeek.parse("2026-W01").monday()).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(ReportWeek.parse(" 2026-W48 ")).hasToString("2026-W48");
	}

	@Test
	void rejectsWeeksThatDoNotExistNamingTheForms() {
		assertThatThrownBy(() -> ReportWeek.parse("2025-W53")).hasMessageContaining("2025 has no week 53")
			.hasMessageContaining("1 to 52");
		assertThatThrownBy(() -> ReportWeek.parse("last")).hasMessageContaining("2026-W48")
			.hasMessageContaining("'last'");
		assertThatThrownBy(() -> ReportWeek.parse("2026-13-01")).hasMessageContaining("2026-11-25");
	}

	@Test
	void aSpringForwardWeekIsAnHourShorterInTheTeamsZone() {
		ReportWeek week = ReportWeek.parse("2026-W13");
		assertThat(week.start(LONDON)).isEqualTo(Instant.parse("2026-03-23T00:00:00Z"));
		assertThat(week.end(LONDON)).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
		assertThat(Duration.between(week.start(LONDON), week.end(LONDON))).isEqualTo(Duration.ofHours(167));
		assertThat(week.contains(Instant.parse("2026-03-29T22:59:59Z"), LONDON)).isTrue();
		assertThat(week.contains(Instant.parse("2026-03-29T23:00:00Z"), LONDON)).isFalse();
	}

	@Test
	void theLastCompleteWeekIsTheOneThatEndedInTheTeamsZone() {
		// Monday 00:30 in London during summer time is still Sunday in UTC.
		Instant mondayInLondon = Instant.parse("2026-06-28T23:30:00Z");
		assertThat(ReportWeek.lastCompleteBefore(mondayInLondon, LONDON)).hasToString("2026-W26");
		assertThat(ReportWeek.lastCompleteBefore(mondayInLondon, ZoneId.of("UTC"))).hasToString("2026-W25");
	}

}
