package dev.frontline.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.jfree.chart.LegendItemCollection;

import org.junit.jupiter.api.Test;

import dev.frontline.followups.StepStatus;
import dev.frontline.reports.ReportWeek;
import dev.frontline.reports.WeeklyReview;
import dev.frontline.triage.Severity;

/** The chart as PNG: the size of a phone screen's width, drawn, with its legends. */
class ReviewChartTest {

	private static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);

	@Test
	void aBusyWeekIsDrawnAtAPhonesWidthWithLegends() throws IOException {
		byte[] png = ReviewChart.ofTeam(busyWeek());
		Files.write(Path.of("target", "weekly-review-test.png"), png);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

		assertThat(image.getWidth()).isEqualTo(ReviewChart.WIDTH);
		assertThat(image.getHeight()).isEqualTo(ReviewChart.HEADER + 5 * ReviewChart.TEAM_PANEL);
		assertThat(colours(image)).as("distinct colours of a drawn chart").hasSizeGreaterThan(50);
	}

	@Test
	void anEmptyWeekStillShowsWhatEachColourMeans() throws IOException {
		WeeklyReview empty = WeeklyFigures.compute("digital", "Digital", ReportWeek.parse("2026-W48"), ZoneId.of("UTC"),
				RecordedWeek.empty(), severity -> Optional.empty(), Instant.now());

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(ReviewChart.ofTeam(empty)));

		// No bar is drawn in an empty week: the SEV1 colour is its legend's swatch.
		assertThat(colours(image)).contains(VERMILLION.getRGB() & 0xFFFFFF);
		assertThat(ReviewChart.teamPanels(empty)).allSatisfy(panel -> assertThat(panel.getLegend()).isNotNull());
		LegendItemCollection legend = ReviewChart.teamPanels(empty).getFirst().getCategoryPlot().getLegendItems();
		assertThat(IntStream.range(0, legend.getItemCount()).mapToObj(i -> legend.get(i).getLabel()))
			.containsExactly("SEV1", "SEV2", "SEV3", "SEV4");
	}

	@Test
	void everyTeamSideBySide() throws IOException {
		WeeklyReview other = WeeklyFigures.compute("loyalty", "Loyalty", ReportWeek.parse("2026-W48"), ZoneId.of("UTC"),
				RecordedWeek.empty(), WeeklyFiguresTest.SLAS, Instant.parse("2026-12-01T00:00:00Z"));
		byte[] png = ReviewChart.acrossTeams(List.of(busyWeek(), other));
		Files.write(Path.of("target", "weekly-review-teams-test.png"), png);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

		assertThat(image.getWidth()).isEqualTo(ReviewChart.WIDTH);
		assertThat(colours(image)).hasSizeGreaterThan(50);
	}

	/** A week of the baggage team with something in every panel. */
	static WeeklyReview busyWeek() {
		ReportWeek week = ReportWeek.parse("2026-W48");
		ZoneId zone = ZoneId.of("Europe/London");
		WeeklyFiguresTest.Records records = WeeklyFiguresTest.records();
		Severity[] severities = Severity.values();
		String[] categories = { "baggage-delayed", "baggage-lost", "baggage-damaged", "refund", "staff-conduct" };
		for (int i = 0; i < 60; i++) {
			Instant at = week.start(zone).plus(Duration.ofMinutes(97L * i + 30));
			Severity severity = severities[(i * 7) % 11 < 1 ? 0 : (i * 7) % 11 < 4 ? 1 : (i * 7) % 11 < 9 ? 2 : 3];
			records.complaint(at, severity);
			if (i % 2 == 0) {
				Duration sla = WeeklyFiguresTest.SLAS.apply(severity).orElse(Duration.ofHours(1));
				records.opened(at, severity, categories[i % 5 == 4 ? 0 : i % 5], at.plus(sla),
						at.plus(sla.multipliedBy(i % 7 + 2).dividedBy(6)));
			}
		}
		records.lastWeek("baggage-delayed", "baggage-delayed", "baggage-lost", "refund", "refund", "refund");
		Instant due = week.start(zone).plus(Duration.ofDays(2));
		for (int i = 0; i < 9; i++) {
			records.step(due,
					i < 5 ? StepStatus.DONE : i < 7 ? StepStatus.DONE : i < 8 ? StepStatus.WAIVED : StepStatus.OPEN,
					i < 5 ? due.minusSeconds(60) : due.plusSeconds(3600));
		}
		for (int i = 0; i < 8; i++) {
			records.storyWeek(new RecordedWeek.StoryWeekRow(week.minusWeeks(7 - i).start(zone).plusSeconds(36000), 6,
					2 + i % 4, 2 + i % 4, i % 2));
		}
		records.theme("handover", 4).theme("missed-connection", 2);
		records.correction("CORRECTED", "SEV3", "SEV2").correction("MOVED", "care-social", "baggage");
		records.approval(week.start(zone), week.start(zone).plus(Duration.ofMinutes(48)));
		records.incident(14).incident(5);
		return WeeklyFigures.compute("baggage", "Baggage", week, zone, records.build(), WeeklyFiguresTest.SLAS,
				Instant.parse("2026-12-03T09:00:00Z"));
	}

	private static Set<Integer> colours(BufferedImage image) {
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				colours.add(image.getRGB(x, y) & 0xFFFFFF);
			}
		}
		return colours;
	}

}
