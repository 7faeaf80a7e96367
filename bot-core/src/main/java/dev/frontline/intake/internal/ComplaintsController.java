package dev.frontline.intake.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.cases.IncomingComplaint;
import dev.frontline.cases.Receipt;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.intake.InvalidComplaintsException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/complaints}: one complaint or an array. The body is read raw, so
 * its size is capped before anything else and its signature is checked over the exact
 * bytes sent.
 */
@RestController
class ComplaintsController {

	private final ComplaintIntake intake;

	private final ComplaintJsonReader reader;

	private final SignedJsonRequests requests;

	private final SourceRateLimit rateLimit;

	ComplaintsController(ComplaintIntake intake, ComplaintJsonReader reader, SignedJsonRequests requests,
			SourceRateLimit rateLimit) {
		this.intake = intake;
		this.reader = reader;
		this.requests = requests;
		this.rateLimit = rateLimit;
	}

	@PostMapping("/api/v1/complaints")
	ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
		return switch (requests.read(request, "complaints")) {
			case SignedJsonRequests.Refused(ResponseEntity<ProblemDetail> answer) -> answer;
			case SignedJsonRequests.Accepted(JsonNode root) -> receive(root);
		};
	}

	private ResponseEntity<?> receive(JsonNode root) {
		List<IncomingComplaint> complaints = reader.read(root);
		Optional<Duration> wait = rateLimit.admit(complaints);
		if (wait.isPresent()) {
			return rateLimit.tooMany("complaints", wait.get());
		}
		List<Receipt> receipts = intake.submit(complaints);
		Object answer = root.isArray() ? receipts : receipts.getFirst();
		return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(answer);
	}

	/** Turns invalid fields into a 422 that lists each one. */
	@ExceptionHandler(InvalidComplaintsException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidComplaintsException ex) {
		return InvalidFields.answer("Invalid complaint", ex.problems());
	}

}
