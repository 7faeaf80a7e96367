package dev.frontline.triage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;

import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A complaint with the severity and team people gave it: a line of a labelled set (the
 * intake fields plus {@code expected}), or a correction made in chat.
 *
 * @param id the line's {@code externalId}, or {@code correction-N}
 * @param set where it came from: the file's name, or {@code corrections}
 * @param signals what triage reads of it
 * @param severity the severity people gave it
 * @param team the team people gave it
 * @param why the reason they gave ({@code expected.why}, or the correction's), empty when
 * none was
 */
record LabelledComplaint(String id, String set, ComplaintSignals signals, Severity severity, String team, String why) {

	/** The set of corrections made in chat. */
	static final String CORRECTIONS = "corrections";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** When triage judges it: half an hour after it was posted, as staff would see it. */
	Instant judgedAt() {
		return signals.postedAt().plusSeconds(1800);
	}

	/**
	 * Reads a labelled set, one JSON object a line.
	 * @throws IllegalArgumentException naming the file and line of anything malformed
	 */
	static List<LabelledComplaint> read(Resource resource) {
		String name = resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
		List<LabelledComplaint> complaints = new ArrayList<>();
		try {
			String[] lines = resource.getContentAsString(StandardCharsets.UTF_8).split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (!lines[i].isBlank()) {
					complaints.add(parse(name, i + 1, lines[i]));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read labelled complaints from " + name, ex);
		}
		return complaints;
	}

	private static LabelledComplaint parse(String set, int line, String json) {
		String where = set + " line " + line;
		try {
			JsonNode complaint = JSON.readTree(json);
			JsonNode expected = complaint.path("expected");
			String text = complaint.path("text").asString("");
			if (text.isBlank()) {
				throw new IllegalArgumentException(where + ": text is missing");
			}
			Severity severity = Severity.valueOf(expected.path("severity").asString(""));
			String team = expected.path("team").asString("");
			if (team.isBlank()) {
				throw new IllegalArgumentException(where + ": expected.team is missing");
			}
			JsonNode author = complaint.path("author");
			JsonNode engagement = complaint.path("engagement");
			JsonNode tier = complaint.path("customer").path("tier");
			Instant posted = complaint.hasNonNull("createdAt") ? Instant.parse(complaint.get("createdAt").asString())
					: Instant.EPOCH;
			ComplaintSignals signals = new ComplaintSignals(complaint.path("source").asString("unknown"), text,
					author.path("followers").asLong(0), engagement.path("likes").asLong(0),
					engagement.path("shares").asLong(0), engagement.path("replies").asLong(0),
					tier.isMissingNode() || tier.isNull() ? null : tier.asString(), posted, 0);
			return new LabelledComplaint(complaint.path("externalId").asString(set + "-" + line), set, signals,
					severity, team, expected.path("why").asString(""));
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(where + ": not a JSON object (" + ex.getOriginalMessage() + ")", ex);
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			if (ex.getMessage() != null && ex.getMessage().startsWith(where)) {
				throw ex;
			}
			throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
		}
	}

}
