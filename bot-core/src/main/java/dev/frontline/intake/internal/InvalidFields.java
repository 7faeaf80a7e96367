package dev.frontline.intake.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import dev.frontline.intake.FieldProblem;

/**
 * The 422 answer to a request with invalid fields: each one named, and nothing stored.
 */
final class InvalidFields {

	private InvalidFields() {
	}

	static ResponseEntity<ProblemDetail> answer(String title, List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				problems.size() == 1 ? "1 field is invalid; nothing was stored"
						: problems.size() + " fields are invalid; nothing was stored");
		problem.setTitle(title);
		problem.setProperty("errors", problems);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
