package dev.frontline.intake.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.incidents.IncidentSignals;
import dev.frontline.incidents.Signal;
import dev.frontline.incidents.SignalReceipt;
import dev.frontline.intake.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/signals}: an operations event that opens or updates the incident of
 * its key before customers complain. The API's token filter leaves this path open, so the
 * signature checked here, as for complaints, is what keeps strangers from opening
 * incidents in the teams' channels.
 */
@RestController
class SignalsController {

	/** The sender signals are counted under, apart from every complaint source. */
	static final String SENDER = "signals";

	private final IncidentSignals signals;

	private final SignalJsonReader reader;

	private final SignedJsonRequests requests;

	private final SourceRateLimit rateLimit;

	SignalsController(IncidentSignals signals, SignalJsonReader reader, SignedJsonRequests requests,
			SourceRateLimit rateLimit) {
		this.signals = signals;
		this.reader = reader;
		this.requests = requests;
		this.rateLimit = rateLimit;
	}

	@PostMapping("/api/v1/signals")
	ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
		return switch (requests.read(request, "signals")) {
			case SignedJsonRequests.Refused(ResponseEntity<ProblemDetail> answer) -> answer;
			case SignedJsonRequests.Accepted(JsonNode root) -> receive(root);
		};
	}

	private ResponseEntity<?> receive(JsonNode root) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Signal> signal = reader.read(root, problems);
		if (signal.isEmpty()) {
			return InvalidFields.answer("Invalid signal", problems);
		}
		Optional<Duration> wait = rateLimit.admitOne(SENDER);
		if (wait.isPresent()) {
			return rateLimit.tooMany("signals", wait.get());
		}
		// The reader checked the key and the team against the same configuration the
		// incidents use, so receiving cannot refuse them.
		SignalReceipt receipt = signals.receive(signal.get());
		return ResponseEntity.status(HttpStatus.ACCEPTED).contentType(MediaType.APPLICATION_JSON).body(receipt);
	}

}
