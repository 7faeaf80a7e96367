package dev.frontline.cases.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.cases.CaseFilter;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseSummary;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.UnknownCaseException;
import dev.frontline.teams.Teams;
import dev.frontline.triage.Triage;

/** Cases as JSON for integrations: one by number, or a filtered list. */
@RestController
class CasesController {

	/** Longer than the most words of the longest length a search takes, with spaces. */
	static final int MAX_QUERY_LENGTH = 250;

	private final Cases cases;

	private final Teams teams;

	private final ComplaintStore complaints;

	private final Triage triage;

	CasesController(Cases cases, Teams teams, ComplaintStore complaints, Triage triage) {
		this.cases = cases;
		this.teams = teams;
		this.complaints = complaints;
		this.triage = triage;
	}

	/**
	 * How many complaints still await the learned layer's rating (they carry the rules'
	 * meanwhile): 0 once a storm is fully rated; and whether the learned layer has
	 * finished fitting, since until then none is rated.
	 */
	@GetMapping("/api/v1/cases/awaiting-rating")
	Map<String, Object> awaitingRating() {
		return Map.of("awaitingRating", complaints.awaitingRatingCount(), "learnedLayer", learnedLayer(triage));
	}

	/**
	 * {@code off}, {@code fitting}, {@code ready}, or {@code failed} (the rules rate).
	 */
	static String learnedLayer(Triage triage) {
		CompletableFuture<Void> ready = triage.ready();
		if (ready.isCompletedExceptionally()) {
			return "failed";
		}
		if (!triage.readsMeaning()) {
			return "off";
		}
		return ready.isDone() ? "ready" : "fitting";
	}

	@GetMapping("/api/v1/cases/{number}")
	CaseView one(@PathVariable long number) {
		return cases.get(number);
	}

	@GetMapping("/api/v1/cases")
	ResponseEntity<?> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String team, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "50") int limit) {
		List<CaseStatus> statuses = new ArrayList<>();
		if (status != null && !status.isBlank()) {
			for (String each : status.split(",")) {
				try {
					statuses.add(CaseStatus.valueOf(each.strip().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					return badParameter("status", "'" + each.strip() + "' is not a status; use one or more of "
							+ Arrays.toString(CaseStatus.values()));
				}
			}
		}
		if (team != null && !team.isBlank() && !teams.exists(team)) {
			return badParameter("team", "no team named '" + team + "'; teams are " + teams.names());
		}
		if (limit < 1 || limit > 500) {
			return badParameter("limit", "must be 1..500");
		}
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			return badParameter("q", "at most " + MAX_QUERY_LENGTH + " characters, was " + q.length());
		}
		List<String> words = q == null ? List.of()
				: Arrays.stream(q.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
		String problem = CaseFilter.searchProblem(words);
		if (problem != null) {
			return badParameter("q", problem);
		}
		CaseFilter filter = CaseFilter.all(limit)
			.withStatuses(statuses)
			.withTeam(team == null || team.isBlank() ? null : team)
			.withWords(words);
		List<CaseSummary> found = cases.list(filter);
		return ResponseEntity.ok(found);
	}

	@ExceptionHandler(UnknownCaseException.class)
	ResponseEntity<ProblemDetail> unknown(UnknownCaseException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Unknown case");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static ResponseEntity<ProblemDetail> badParameter(String parameter, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + ": " + message);
		problem.setTitle("Invalid query parameter");
		problem.setProperty("parameter", parameter);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
