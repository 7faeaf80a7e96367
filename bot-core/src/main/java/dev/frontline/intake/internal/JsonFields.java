package dev.frontline.intake.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.frontline.intake.FieldProblem;
import tools.jackson.databind.JsonNode;

/** Reads the fields of one JSON object, recording problems under its path. */
final class JsonFields {

	private final JsonNode node;

	private final String path;

	private final List<FieldProblem> problems;

	JsonFields(JsonNode node, String path, List<FieldProblem> problems) {
		this.node = node;
		this.path = path;
		this.problems = problems;
	}

	void problem(String name, String message) {
		problems.add(new FieldProblem(path.isEmpty() ? name : path + "." + name, message));
	}

	private @Nullable JsonNode present(String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() ? null : value;
	}

	@Nullable String requiredString(String name, int maxLength) {
		if (present(name) == null) {
			problem(name, "is required");
			return null;
		}
		return optionalString(name, maxLength);
	}

	@Nullable String optionalString(String name, int maxLength) {
		JsonNode value = present(name);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			problem(name, "must be a string");
			return null;
		}
		String text = InvisibleCharacters.strip(value.stringValue());
		if (text.isBlank()) {
			problem(name, "must not be blank");
			return null;
		}
		if (text.length() > maxLength) {
			problem(name, "must be at most " + maxLength + " characters, was " + text.length());
			return null;
		}
		return text;
	}

	@Nullable String requiredId(String name) {
		if (present(name) == null) {
			problem(name, "is required");
			return null;
		}
		return optionalId(name);
	}

	/** An id may be sent as a string or as a whole number; it is kept as a string. */
	@Nullable String optionalId(String name) {
		JsonNode value = present(name);
		if (value != null && value.isIntegralNumber()) {
			return value.asString();
		}
		return optionalString(name, 200);
	}

	long count(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return 0;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
			problem(name, "must be a whole number, 0 or more");
			return 0;
		}
		return value.longValue();
	}

	@Nullable URI url(String name) {
		String text = optionalString(name, 2000);
		if (text == null) {
			return null;
		}
		try {
			URI url = new URI(text);
			String scheme = url.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					|| url.getHost() == null) {
				problem(name, "must be an absolute http or https URL");
				return null;
			}
			return url;
		}
		catch (URISyntaxException ex) {
			problem(name, "is not a valid URL: " + ex.getReason());
			return null;
		}
	}

	@Nullable Instant requiredInstant(String name) {
		if (present(name) == null) {
			problem(name, "is required");
			return null;
		}
		return instant(name);
	}

	@Nullable Instant instant(String name) {
		String text = optionalString(name, 64);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			problem(name, "must be an ISO-8601 date-time with an offset, such as 2026-11-20T08:15:00Z");
			return null;
		}
	}

	@Nullable JsonFields object(String name) {
		JsonNode value = present(name);
		if (value == null) {
			return null;
		}
		if (!value.isObject()) {
			problem(name, "must be an object");
			return null;
		}
		return new JsonFields(value, path.isEmpty() ? name : path + "." + name, problems);
	}

}
