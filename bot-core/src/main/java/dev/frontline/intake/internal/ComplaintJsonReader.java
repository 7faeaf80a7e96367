package dev.frontline.intake.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
		JsonFields fields = new JsonFields(node, path, problems);
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
		JsonFields authorFields = fields.object("author");
		if (authorFields != null) {
			author = new IncomingComplaint.Author(authorFields.optionalString("handle", 200),
					authorFields.optionalString("displayName", 200), authorFields.count("followers"));
		}
		IncomingComplaint.Engagement engagement = IncomingComplaint.Engagement.NONE;
		JsonFields engagementFields = fields.object("engagement");
		if (engagementFields != null) {
			engagement = new IncomingComplaint.Engagement(engagementFields.count("likes"),
					engagementFields.count("shares"), engagementFields.count("replies"));
		}
		String inReplyTo = fields.optionalId("inReplyTo");
		IncomingComplaint.Customer customer = IncomingComplaint.Customer.UNKNOWN;
		JsonFields customerFields = fields.object("customer");
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

}
