package dev.frontline.intake.internal;

import java.io.IOException;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.InvalidMimeTypeException;

import dev.frontline.intake.IntakeSettings;
import dev.frontline.intake.WebhookSignature;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gate every signed JSON request to intake passes before its fields are read: closed
 * without a secret (unless unsigned requests are allowed), at most 1 MiB, signed over the
 * exact bytes sent, JSON. Each refusal is a problem+json answer saying what to fix.
 */
@Component
class SignedJsonRequests {

	static final int MAX_BODY_BYTES = 1024 * 1024;

	private final JsonMapper json;

	private final @Nullable WebhookSignature signature;

	private final boolean allowUnsigned;

	SignedJsonRequests(JsonMapper json, IntakeSettings settings, Clock clock) {
		this.json = json;
		this.allowUnsigned = settings.allowUnsigned();
		this.signature = settings.webhookSecret() == null ? null
				: new WebhookSignature(settings.webhookSecret(), settings.signatureTolerance(), clock);
	}

	/** What came of reading a request: its JSON, or the answer refusing it. */
	sealed interface Read {

	}

	record Accepted(JsonNode root) implements Read {
	}

	record Refused(ResponseEntity<ProblemDetail> answer) implements Read {
	}

	/**
	 * Reads the request's body as JSON once it passed every check.
	 * @param what what such requests carry, as the answers name it: {@code complaints}
	 */
	Read read(HttpServletRequest request, String what) throws IOException {
		if (signature == null && !allowUnsigned) {
			// Closed by default: an open intake lets anyone page the on-call or write
			// into a real customer's case.
			return new Refused(problem(HttpStatus.UNAUTHORIZED, "Intake is closed",
					"no signing secret is configured: set " + IntakeSettings.SECRET_VARIABLE
							+ " and sign each request, or set " + IntakeSettings.ALLOW_UNSIGNED_VARIABLE
							+ "=true to take unsigned " + what + " (only on a private network)"));
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			return tooLarge(what);
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			return tooLarge(what);
		}
		if (signature != null) {
			String problem = signature.problemWith(request.getHeader(WebhookSignature.TIMESTAMP_HEADER),
					request.getHeader(WebhookSignature.SIGNATURE_HEADER), body);
			if (problem != null) {
				return new Refused(problem(HttpStatus.UNAUTHORIZED, "Signature required", problem));
			}
		}
		if (!isJson(request.getContentType())) {
			return new Refused(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
					"send " + what + " as application/json, not " + request.getContentType()));
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			return new Refused(problem(HttpStatus.BAD_REQUEST, "Malformed JSON", MalformedJson.describe(ex)));
		}
		if (root == null || root.isMissingNode()) {
			return new Refused(problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "the body is empty"));
		}
		return new Accepted(root);
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

	private static Refused tooLarge(String what) {
		return new Refused(problem(HttpStatus.CONTENT_TOO_LARGE, "Body too large",
				"the body may be at most " + MAX_BODY_BYTES + " bytes (1 MiB); send fewer " + what + " per request"));
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
