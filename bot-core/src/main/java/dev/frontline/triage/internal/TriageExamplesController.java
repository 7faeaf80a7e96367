package dev.frontline.triage.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Correction;
import dev.frontline.triage.TriageCorrections;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corrections made in chat as a labelled set: one JSON object a line, the intake
 * fields plus {@code expected}, the format {@code ./triage-eval --file} and
 * {@code frontline.triage.model.examples} read, so an operator can keep, review and
 * evaluate them.
 */
@RestController
class TriageExamplesController {

	static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");

	private final TriageCorrections corrections;

	private final JsonMapper json;

	TriageExamplesController(TriageCorrections corrections, JsonMapper json) {
		this.corrections = corrections;
		this.json = json;
	}

	@GetMapping("/api/v1/triage/examples")
	ResponseEntity<String> examples() {
		StringBuilder lines = new StringBuilder();
		for (Correction correction : corrections.examples()) {
			lines.append(json.writeValueAsString(line(correction))).append('\n');
		}
		return ResponseEntity.ok().contentType(JSON_LINES).body(lines.toString());
	}

	/**
	 * The customer's handle and name stay out: the labels depend on what was written and
	 * its reach, not on who wrote it.
	 */
	static Map<String, Object> line(Correction correction) {
		ComplaintSignals complaint = correction.complaint();
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("source", complaint.source());
		line.put("externalId", correction.exampleId());
		line.put("text", complaint.text());
		line.put("createdAt", complaint.postedAt().toString());
		line.put("author", Map.of("followers", complaint.followers()));
		Map<String, Object> engagement = new LinkedHashMap<>();
		engagement.put("likes", complaint.likes());
		engagement.put("shares", complaint.shares());
		engagement.put("replies", complaint.replies());
		line.put("engagement", engagement);
		Map<String, Object> customer = new LinkedHashMap<>();
		customer.put("tier", complaint.customerTier());
		line.put("customer", customer);
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("severity", correction.severity().name());
		expected.put("team", correction.team());
		expected.put("why", correction.why());
		line.put("expected", expected);
		line.put("correctedBy", correction.correctedBy());
		line.put("correctedAt", correction.correctedAt().toString());
		line.put("case", correction.caseNumber());
		return line;
	}

}
