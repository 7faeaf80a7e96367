package dev.frontline.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.cases.IncomingComplaint;
import dev.frontline.cases.Receipt;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.intake.IntakeSettings;
import dev.frontline.intake.InvalidComplaintsException;
import dev.frontline.intake.WebhookSignature;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/complaints}: one complaint or an array. The body is read raw, so
 * its size is capped before anything else and its signature is checked over the exact
 * bytes sent.
 */
@RestController
class ComplaintsController {

	static final int MAX_BODY_BYTES = 1024 * 1024;

	private final ComplaintIntake intake;

	private final ComplaintJsonReader reader;

	private final JsonMapper json;

	private final @Nullable WebhookSignature signature;

	private final boolean allowUnsigned;

	private final SourceRateLimit rateLimit;

	ComplaintsController(ComplaintIntake intake, ComplaintJsonReader reader, JsonMapper json, IntakeSettings settings,
			Clock clock, SourceRateLimit rateLimit) {
		this.intake = intake;
		this.reader = reader;
		this.json = json;
		this.allowUnsigned = settings.allowUnsigned();
		this.rateLimit = rateLimit;
		this.signature = settings.webhookSecret() == null ? null
				: new WebhookSignature(settings.webhookSecret(), settings.signatureTolerance(), clock);
	}

	@PostMapping("/api/v1/complaints")
	ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
		if (signature == null && !allowUnsigned) {
			// Closed by default: an open intake lets anyone page the on-call or write
			// into a real customer's case.
			return problem(HttpStatus.UNAUTHORIZED, "Intake is closed",
					"no signing secret is configured: set " + IntakeSettings.SECRET_VARIABLE
							+ " and sign each request, or set " + IntakeSettings.ALLOW_UNSIGNED_VARIABLE
							+ "=true to take unsigned complaints (only on a private network)");
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			return tooLarge();
		}
		byte[] body = readAtMost(request.getInputStream(), MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			return tooLarge();
		}
		if (signature != null) {
			String problem = signature.problemWith(request.getHeader(WebhookSignature.TIMESTAMP_HEADER),
					request.getHeader(WebhookSignature.SIGNATURE_HEADER), body);
			if (problem != null) {
				return problem(HttpStatus.UNAUTHORIZED, "Signature required", problem);
			}
		}
		if (!isJson(request.getContentType())) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
					"send complaints as application/json, not " + request.getContentType());
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", MalformedJson.describe(ex));
		}
		if (root == null || root.isMissingNode()) {
			return problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "the body is empty");
		}
		List<IncomingComplaint> complaints = reader.read(root);
		Optional<Duration> wait = rateLimit.admit(complaints);
		if (wait.isPresent()) {
			ResponseEntity<ProblemDetail> tooMany = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many complaints",
					"a source may send at most " + rateLimit.perMinute()
							+ " complaints a minute; nothing was stored, try again in " + wait.get().toSeconds()
							+ " seconds");
			return ResponseEntity.status(tooMany.getStatusCode())
				.headers(tooMany.getHeaders())
				.header("Retry-After", Long.toString(wait.get().toSeconds()))
				.body(tooMany.getBody());
		}
		List<Receipt> receipts = intake.submit(complaints);
		Object answer = root.isArray() ? receipts : receipts.getFirst();
		return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(answer);
	}

	private static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return type.isCompatibleWith(MediaType.APPLICATION_JSON)
					|| ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"));
		}
		catch (InvalidMimeTypeException ex) {
			return false;
		}
	}

	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		return in.readNBytes(limit);
	}

	private static ResponseEntity<ProblemDetail> tooLarge() {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Body too large",
				"the body may be at most " + MAX_BODY_BYTES + " bytes (1 MiB); send fewer complaints per request");
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Turns invalid fields into a 422 that lists each one. */
	@ExceptionHandler(InvalidComplaintsException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidComplaintsException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.problems().size() == 1 ? "1 field is invalid; nothing was stored"
						: ex.problems().size() + " fields are invalid; nothing was stored");
		problem.setTitle("Invalid complaint");
		problem.setProperty("errors", ex.problems());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
