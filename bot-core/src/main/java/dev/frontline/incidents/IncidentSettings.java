package dev.frontline.incidents;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Incidents, bound from {@code frontline.incidents}.
 *
 * @param window how far back complaints naming one key are counted
 * @param threshold how many complaints naming one key within the window form an incident
 * @param cooldown how long an incident keeps gathering complaints after its last one;
 * only after that quiet spell, or once it is resolved, can its key form a new incident
 * @param updateEvery the least time between two updates of an incident's card caused by
 * new complaints, so a storm is one card updated now and then, not a message per
 * complaint
 * @param notice the draft notice to every affected customer; {@code {name}} is the
 * customer's name and {@code {incident}} what the incident is about
 * @param keys what complaints are grouped by, first match wins
 */
@ConfigurationProperties(prefix = "frontline.incidents", ignoreUnknownFields = false)
public record IncidentSettings(@Nullable Duration window, @Nullable Integer threshold, @Nullable Duration cooldown,
		@Nullable Duration updateEvery, @Nullable String notice, List<Key> keys) {

	private static final String PREFIX = "frontline.incidents.";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

	public IncidentSettings {
		window = window == null ? Duration.ofMinutes(30) : window;
		threshold = threshold == null ? 5 : threshold;
		cooldown = cooldown == null ? Duration.ofHours(2) : cooldown;
		updateEvery = updateEvery == null ? Duration.ofSeconds(30) : updateEvery;
		notice = notice == null || notice.isBlank()
				? "Hi {name}, we know {incident} has disrupted your plans and we're sorry. Our team is on it and will"
						+ " post updates here as soon as we know more. Send us a private message and we'll look at your"
						+ " booking with you."
				: notice.strip();
		keys = keys == null ? List.of() : List.copyOf(keys);
		requirePositive(window, "window");
		requirePositive(updateEvery, "update-every");
		if (cooldown.isNegative()) {
			throw new IllegalArgumentException(PREFIX + "cooldown: must not be negative");
		}
		if (threshold < 2) {
			throw new IllegalArgumentException(PREFIX + "threshold: at least 2 complaints make an incident");
		}
		var placeholders = PLACEHOLDER.matcher(notice);
		while (placeholders.find()) {
			String name = placeholders.group(1);
			if (!name.equals("name") && !name.equals("incident")) {
				throw new IllegalArgumentException(
						PREFIX + "notice: unknown placeholder {" + name + "}; use {name} and {incident}");
			}
		}
		for (int i = 0; i < keys.size(); i++) {
			keys.get(i).validate(PREFIX + "keys[" + i + "]");
		}
	}

	private static void requirePositive(Duration value, String key) {
		if (value.isZero() || value.isNegative()) {
			throw new IllegalArgumentException(PREFIX + key + ": must be longer than zero");
		}
	}

	/**
	 * A grouping key: either a pattern whose match names the thing that failed, such as a
	 * flight number, or words that name one failure, such as an app outage.
	 *
	 * @param name what the key is about, such as {@code flight}; shown on the card
	 * @param pattern a regular expression; its match, upper-cased without spaces, tells
	 * one flight or airport from another
	 * @param words phrases any of which puts a complaint under this key
	 * @param threshold this key's own threshold, or null for the common one
	 */
	public record Key(@Nullable String name, @Nullable String pattern, List<String> words,
			@Nullable Integer threshold) {

		public Key {
			words = words == null ? List.of() : List.copyOf(words);
		}

		/** The key's name, once validated. */
		@Override
		public String name() {
			return name == null ? "" : name;
		}

		void validate(String key) {
			if (name == null || !name.matches("[a-z][a-z0-9 -]{0,39}")) {
				throw new IllegalArgumentException(
						key + ".name: required, lower-case letters, digits, spaces or dashes, such as 'flight'");
			}
			if ((pattern == null) == words.isEmpty()) {
				throw new IllegalArgumentException(key + ": give either a pattern or words, not both or neither");
			}
			if (pattern != null) {
				try {
					if (Pattern.compile(pattern).matcher("").matches()) {
						throw new IllegalArgumentException(
								key + ".pattern: matches empty text; it would group everything");
					}
				}
				catch (PatternSyntaxException ex) {
					throw new IllegalArgumentException(key + ".pattern: not a regular expression: "
							+ ex.getDescription() + " near index " + ex.getIndex());
				}
			}
			for (int i = 0; i < words.size(); i++) {
				if (words.get(i) == null || words.get(i).isBlank()) {
					throw new IllegalArgumentException(key + ".words[" + i + "]: must not be blank");
				}
			}
			if (threshold != null && threshold < 2) {
				throw new IllegalArgumentException(key + ".threshold: at least 2 complaints make an incident");
			}
		}

	}

}
