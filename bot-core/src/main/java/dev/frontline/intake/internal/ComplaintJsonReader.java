package dev.frontline.intake.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.FieldProblem;
import dev.frontline.intake.IntakeSettings;
import dev.frontline.intake.InvalidComplaintsException;
import tools.jackson.databind.JsonNode;

/**
 * Reads complaints from parsed JSON, checking every field and collecting every problem so
 * the caller learns all of them at once, each named by its path.
 */
@Component
class ComplaintJsonReader {

	/** A post dated further ahead than this is a mistake, not clock skew. */
	private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

	private final Clock clock;

	ComplaintJsonReader(Clock clock) {
		this.clock = clock;
	}

	/** Reads one complaint object or an array of them. */
	List<IncomingComplaint> read(JsonNode root) {
		List<FieldProblem> problems = new ArrayList<>();
		List<IncomingComplaint> complaints = new ArrayList<>();
		if (root.isArray()) {
			if (root.isEmpty()) {
				problems.add(new FieldProblem("$", "the array is empty; send at least one complaint"));
			}
			for (int i = 0; i < root.size(); i++) {
				IncomingComplaint complaint = readOne(root.get(i), "[" + i + "]", problems);
				if (complaint != null) {
					complaints.add(complaint);
				}
			}
		}
		else if (root.isObject()) {
			IncomingComplaint complaint = readOne(root, "", problems);
			if (complaint != null) {
				complaints.add(complaint);
			}
		}
		else {
			problems.add(new FieldProblem("$", "expected a complaint object or an array of them"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidComplaintsException(problems);
		}
		return complaints;
	}

	private @Nullable IncomingComplaint readOne(JsonNode node, String path, List<FieldProblem> problems) {
		if (!node.isObject()) {
			problems.add(new FieldProblem(path.isEmpty() ? "$" : path, "expected a complaint object"));
			return null;
		}
		Fields fields = new Fields(node, path, problems);
		int before = problems.size();
		String source = fields.requiredString("source", 40);
		if (source != null) {
			source = source.toLowerCase(Locale.ROOT);
			if (!source.matches(IntakeSettings.SOURCE_PATTERN)) {
				fields.problem("source",
						"must be a name such as x, mastodon or reviews: lower-case letters, digits, '.', '_' or '-'");
			}
		}
		String externalId = fields.requiredId("externalId");
		String text = fields.requiredString("text", IncomingComplaint.MAX_TEXT_LENGTH);
		URI url = fields.url("url");
		Instant createdAt = fields.instant("createdAt");
		if (createdAt != null && createdAt.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
			fields.problem("createdAt", "is in the future");
		}
		IncomingComplaint.Author author = IncomingComplaint.Author.UNKNOWN;
		Fields authorFields = fields.object("author");
		if (authorFields != null) {
			author = new IncomingComplaint.Author(authorFields.optionalString("handle", 200),
					authorFields.optionalString("displayName", 200), authorFields.count("followers"));
		}
		IncomingComplaint.Engagement engagement = IncomingComplaint.Engagement.NONE;
		Fields engagementFields = fields.object("engagement");
		if (engagementFields != null) {
			engagement = new IncomingComplaint.Engagement(engagementFields.count("likes"),
					engagementFields.count("shares"), engagementFields.count("replies"));
		}
		String inReplyTo = fields.optionalId("inReplyTo");
		IncomingComplaint.Customer customer = IncomingComplaint.Customer.UNKNOWN;
		Fields customerFields = fields.object("customer");
		if (customerFields != null) {
			String tier = customerFields.optionalString("tier", 40);
			customer = new IncomingComplaint.Customer(tier == null ? null : tier.toLowerCase(Locale.ROOT),
					customerFields.optionalString("reference", 100));
		}
		String language = fields.optionalString("language", 20);
		if (language != null && !language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
			fields.problem("language", "must be a language tag such as en or pt-BR");
		}
		if (problems.size() > before || source == null || externalId == null || text == null) {
			return null;
		}
		return new IncomingComplaint(source, externalId, text, url, createdAt, author, engagement, inReplyTo, customer,
				language);
	}

	/** Reads the fields of one JSON object, recording problems under its path. */
	private static final class Fields {

		private final JsonNode node;

		private final String path;

		private final List<FieldProblem> problems;

		Fields(JsonNode node, String path, List<FieldProblem> problems) {
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

		@Nullable Fields object(String name) {
			JsonNode value = present(name);
			if (value == null) {
				return null;
			}
			if (!value.isObject()) {
				problem(name, "must be an object");
				return null;
			}
			return new Fields(value, path.isEmpty() ? name : path + "." + name, problems);
		}

	}

}
