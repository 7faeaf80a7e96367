package dev.frontline.incidents.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.incidents.AffectedCustomers;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.Incidents;
import dev.frontline.incidents.UnknownIncidentException;

/** Incidents as JSON for integrations: one by number, and everyone it affected. */
@RestController
class IncidentsController {

	private final Incidents incidents;

	IncidentsController(Incidents incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/api/v1/incidents/{number}")
	IncidentView one(@PathVariable long number) {
		return incidents.get(number);
	}

	@GetMapping("/api/v1/incidents/{number}/affected")
	AffectedCustomers affected(@PathVariable long number) {
		return incidents.affected(number);
	}

	@ExceptionHandler(UnknownIncidentException.class)
	ResponseEntity<ProblemDetail> unknown(UnknownIncidentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Unknown incident");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
