package dev.frontline.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.frontline.incidents.IncidentSignals;
import dev.frontline.incidents.Signal;
import dev.frontline.incidents.SignalKind;
import dev.frontline.intake.FieldProblem;
import dev.frontline.teams.Teams;
import tools.jackson.databind.JsonNode;

/**
 * Reads an operations signal from parsed JSON, checking every field and collecting every
 * problem, each named by its field.
 */
@Component
class SignalJsonReader {

	private final IncidentSignals signals;

	private final Teams teams;

	SignalJsonReader(IncidentSignals signals, Teams teams) {
		this.signals = signals;
		this.teams = teams;
	}

	/**
	 * The signal, or nothing with the problems added: a signal with any bad field is not
	 * read at all.
	 */
	Optional<Signal> read(JsonNode root, List<FieldProblem> problems) {
		if (!root.isObject()) {
			problems.add(new FieldProblem("$", "expected one signal object"));
			return Optional.empty();
		}
		int before = problems.size();
		JsonFields fields = new JsonFields(root, "", problems);
		String key = fields.requiredString("key", Signal.MAX_KEY_LENGTH);
		if (key != null && signals.keyOf(key).isEmpty()) {
			fields.problem("key",
					"names none of the incident keys (frontline.incidents.keys), such as a flight number");
		}
		String kindText = fields.requiredString("kind", 40);
		SignalKind kind = kindText == null ? null : SignalKind.of(kindText).orElse(null);
		if (kindText != null && kind == null) {
			fields.problem("kind", "unknown kind '" + kindText + "'; one of " + SignalKind.listed());
		}
		String summary = fields.requiredString("summary", Signal.MAX_SUMMARY_LENGTH);
		String solution = fields.optionalString("solution", Signal.MAX_SOLUTION_LENGTH);
		Instant at = fields.requiredInstant("at");
		String team = fields.optionalString("team", 40);
		if (team != null) {
			team = team.toLowerCase(Locale.ROOT);
			if (!teams.exists(team)) {
				fields.problem("team", "no team is called '" + team + "'; one of " + teams.names());
			}
		}
		if (problems.size() > before || key == null || kind == null || summary == null || at == null) {
			return Optional.empty();
		}
		return Optional.of(new Signal(key, kind, summary, solution, at, team));
	}

}
