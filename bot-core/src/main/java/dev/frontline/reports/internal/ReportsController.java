package dev.frontline.reports.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.reports.ReportWeek;
import dev.frontline.reports.WeeklyReview;
import dev.frontline.reports.WeeklyReviews;

/**
 * The weekly review for integrations and people with a browser: JSON, the chart as PNG
 * and the figures as CSV, for one team or, without {@code team}, every team side by side.
 * Without {@code week}, the last week that has ended.
 */
@RestController
class ReportsController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final WeeklyReviews reviews;

	ReportsController(WeeklyReviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/api/v1/reports/weekly")
	Object json(@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String week) {
		Asked asked = asked(team, week);
		if (asked.team() != null) {
			return reviews.of(asked.team(), asked.week());
		}
		return Map.of("week", asked.week().toString(), "teams", reviews.acrossTeams(asked.week()));
	}

	@GetMapping("/api/v1/reports/weekly.png")
	ResponseEntity<byte[]> png(@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String week) {
		Asked asked = asked(team, week);
		byte[] png = asked.team() != null ? reviews.chart(reviews.of(asked.team(), asked.week()))
				: reviews.chartAcrossTeams(reviews.acrossTeams(asked.week()));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(asked, "png"))
			.body(png);
	}

	@GetMapping("/api/v1/reports/weekly.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) @Nullable String team,
			@RequestParam(required = false) @Nullable String week) {
		Asked asked = asked(team, week);
		List<WeeklyReview> shown = asked.team() != null ? List.of(reviews.of(asked.team(), asked.week()))
				: reviews.acrossTeams(asked.week());
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, inline(asked, "csv"))
			.body(reviews.csv(shown));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badParameter(IllegalArgumentException ex) {
		String message = String.valueOf(ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setTitle("Invalid query parameter");
		problem.setProperty("parameter", message.startsWith("team") ? "team" : "week");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private Asked asked(@Nullable String team, @Nullable String week) {
		String named = team == null || team.isBlank() ? null : team.strip();
		if (named != null) {
			// Checks the team before anything is read.
			reviews.zoneOf(named);
			ReportWeek chosen = week == null || week.isBlank() ? reviews.lastCompleteWeek(named)
					: ReportWeek.parse(week);
			return new Asked(named, chosen);
		}
		return new Asked(null,
				week == null || week.isBlank() ? reviews.lastCompleteWeekAcrossTeams() : ReportWeek.parse(week));
	}

	private static String inline(Asked asked, String extension) {
		return ContentDisposition.inline()
			.filename("weekly-review-" + (asked.team() == null ? "all-teams" : asked.team()) + "-" + asked.week() + "."
					+ extension)
			.build()
			.toString();
	}

	private record Asked(@Nullable String team, ReportWeek week) {
	}

}
