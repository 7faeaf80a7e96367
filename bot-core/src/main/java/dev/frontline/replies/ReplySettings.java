package dev.frontline.replies;

import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.frontline.access.MaskedUrl;
import dev.frontline.people.Role;
import dev.frontline.triage.Severity;

/**
 * The reply policy, bound from {@code frontline.replies}.
 *
 * @param templates per category, or {@code default}, the text a draft starts from;
 * {@code {name}} is the customer's name
 * @param maxLength per source, or {@code default}, the longest reply it takes in one post
 * @param checks per check, {@code warn}, {@code block} or {@code off}; unnamed checks
 * warn
 * @param promises phrases that promise what the company cannot guarantee
 * @param compensationLimit the most money frontline staff may offer in public, in any
 * currency; null for no limit
 * @param personalData words naming personal data, such as {@code booking reference}
 * @param privateChannel words that invite a private conversation, such as {@code DM}
 * @param apology words that apologise
 * @param nextStep words that name a concrete next step
 * @param approvers per severity, the least role that may approve a reply; supervisor
 * where not given
 * @param connector where approved replies are published, if anywhere
 */
@ConfigurationProperties(prefix = "frontline.replies", ignoreUnknownFields = false)
public record ReplySettings(Map<String, String> templates, Map<String, Integer> maxLength,
		Map<ReplyCheck, CheckLevel> checks, List<String> promises, @Nullable BigDecimal compensationLimit,
		List<String> personalData, List<String> privateChannel, List<String> apology, List<String> nextStep,
		Map<Severity, Role> approvers, @Nullable Connector connector) {

	private static final String PREFIX = "frontline.replies.";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

	public ReplySettings {
		templates = templates == null || templates.isEmpty() ? Map.of("default", "Hi {name}, ") : Map.copyOf(templates);
		maxLength = maxLength == null || maxLength.isEmpty() ? Map.of("default", 2_000) : Map.copyOf(maxLength);
		Map<ReplyCheck, CheckLevel> levels = new EnumMap<>(ReplyCheck.class);
		for (ReplyCheck check : ReplyCheck.values()) {
			levels.put(check, CheckLevel.WARN);
		}
		if (checks != null) {
			levels.putAll(checks);
		}
		checks = Map.copyOf(levels);
		promises = words(promises, "promises");
		personalData = words(personalData, "personal-data");
		privateChannel = words(privateChannel, "private-channel");
		apology = words(apology, "apology");
		nextStep = words(nextStep, "next-step");
		Map<Severity, Role> roles = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			roles.put(severity, Role.SUPERVISOR);
		}
		if (approvers != null) {
			roles.putAll(approvers);
		}
		approvers = Map.copyOf(roles);
		if (!templates.containsKey("default")) {
			throw new IllegalArgumentException(PREFIX + "templates.default: required, for categories without one");
		}
		templates.forEach((category, text) -> {
			Matcher placeholders = PLACEHOLDER.matcher(text);
			while (placeholders.find()) {
				if (!placeholders.group(1).equals("name")) {
					throw new IllegalArgumentException(PREFIX + "templates." + category + ": unknown placeholder {"
							+ placeholders.group(1) + "}; use {name}");
				}
			}
		});
		if (!maxLength.containsKey("default")) {
			throw new IllegalArgumentException(PREFIX + "max-length.default: required, for sources without one");
		}
		maxLength.forEach((source, length) -> {
			if (length == null || length < 1) {
				throw new IllegalArgumentException(PREFIX + "max-length." + source + ": must be at least 1");
			}
		});
		if (compensationLimit != null && compensationLimit.signum() < 0) {
			throw new IllegalArgumentException(PREFIX + "compensation-limit: must not be negative");
		}
	}

	/**
	 * The outbound connector: the social tool's endpoint that posts an approved reply.
	 *
	 * @param url where each approved reply is POSTed as JSON; none means replies are
	 * marked posted by hand
	 * @param secret the shared secret its requests are signed with, as intake's are
	 */
	public record Connector(@Nullable String url, @Nullable String secret) {

		public Connector {
			url = url == null || url.isBlank() ? null : url.strip();
			secret = secret == null || secret.isBlank() ? null : secret;
			if (url != null) {
				URI parsed;
				try {
					parsed = URI.create(url);
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException(PREFIX + "connector.url: not a URL: " + MaskedUrl.of(url));
				}
				if (!("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))) {
					throw new IllegalArgumentException(
							PREFIX + "connector.url: must be an http or https URL, not " + MaskedUrl.of(url));
				}
				if (secret == null) {
					throw new IllegalArgumentException(
							PREFIX + "connector.secret (FRONTLINE_CONNECTOR_SECRET): required with connector.url");
				}
			}
		}

		/** The endpoint, once validated; null when none is configured. */
		public @Nullable URI uri() {
			return url == null ? null : URI.create(url);
		}

	}

	/** Whether approved replies are published by the connector. */
	public boolean publishes() {
		return connector != null && connector.url() != null;
	}

	private static List<String> words(@Nullable List<String> words, String key) {
		if (words == null) {
			return List.of();
		}
		for (int i = 0; i < words.size(); i++) {
			if (words.get(i) == null || words.get(i).isBlank()) {
				throw new IllegalArgumentException(PREFIX + key + "[" + i + "]: must not be blank");
			}
		}
		return words.stream().map(String::strip).toList();
	}

	/** The template a draft for a case of that category starts from. */
	public String templateFor(String category) {
		return templates.getOrDefault(category, templates.get("default"));
	}

	/** The longest reply a source takes in one post. */
	public int maxLengthOn(String source) {
		return maxLength.getOrDefault(source, maxLength.get("default"));
	}

}
