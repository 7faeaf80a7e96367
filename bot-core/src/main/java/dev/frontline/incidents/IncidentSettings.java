package dev.frontline.incidents;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * @param notice the notice to every affected customer when its kind has no template of
 * its own; {@code {name}} is the customer's name (else their handle), {@code {incident}}
 * what the incident is about, {@code {solution}} what operations offer them
 * @param keys what complaints are grouped by, first match wins
 * @param notices per-kind notices, update and closing notices, and the sending pace
 */
@ConfigurationProperties(prefix = "frontline.incidents", ignoreUnknownFields = false)
public record IncidentSettings(@Nullable Duration window, @Nullable Integer threshold, @Nullable Duration cooldown,
		@Nullable Duration updateEvery, @Nullable String notice, List<Key> keys, @Nullable Notices notices) {

	private static final String PREFIX = "frontline.incidents.";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

	private static final Set<String> NOTICE_PLACEHOLDERS = Set.of("name", "incident", "solution", "summary");

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
		notices = notices == null ? new Notices(null, null, null, null, null) : notices;
		requirePositive(window, "window");
		requirePositive(updateEvery, "update-every");
		if (cooldown.isNegative()) {
			throw new IllegalArgumentException(PREFIX + "cooldown: must not be negative");
		}
		if (threshold < 2) {
			throw new IllegalArgumentException(PREFIX + "threshold: at least 2 complaints make an incident");
		}
		requirePlaceholders(notice, PREFIX + "notice");
		notices.templates().forEach((kind, text) -> {
			if (SignalKind.of(kind).isEmpty()) {
				throw new IllegalArgumentException(
						PREFIX + "notices.templates." + kind + ": not a signal kind; kinds are " + SignalKind.listed());
			}
			requirePlaceholders(text, PREFIX + "notices.templates." + kind);
		});
		requirePlaceholders(notices.update(), PREFIX + "notices.update");
		requirePlaceholders(notices.closing(), PREFIX + "notices.closing");
		for (int i = 0; i < keys.size(); i++) {
			keys.get(i).validate(PREFIX + "keys[" + i + "]");
		}
	}

	private static void requirePlaceholders(String text, String key) {
		var placeholders = PLACEHOLDER.matcher(text);
		while (placeholders.find()) {
			String name = placeholders.group(1);
			if (!NOTICE_PLACEHOLDERS.contains(name)) {
				throw new IllegalArgumentException(
						key + ": unknown placeholder {" + name + "}; use {name}, {incident}, {solution} and {summary}");
			}
		}
	}

	/** The notice a signal of that kind starts from, or the common one. */
	public String noticeFor(@Nullable SignalKind kind) {
		return kind == null ? notice : notices.templates().getOrDefault(kind.value(), notice);
	}

	/**
	 * Proactive notices beyond the first.
	 *
	 * @param templates per signal kind, such as {@code cancelled}, the first notice
	 * @param update what everyone notified is told when operations or a supervisor say
	 * more
	 * @param closing what everyone notified is told when the incident is resolved
	 * @param noSolution what stands for {@code {solution}} while operations have none
	 * @param perSourcePerSecond the most notices sent to one source each second
	 */
	public record Notices(Map<String, String> templates, @Nullable String update, @Nullable String closing,
			@Nullable String noSolution, @Nullable Integer perSourcePerSecond) {

		public Notices {
			Map<String, String> kinds = new LinkedHashMap<>();
			kinds.put("cancelled", "Hi {name}, we're sorry: {incident} is cancelled. {solution}. Send us a private"
					+ " message and we'll look at your booking with you.");
			kinds.put("delayed", "Hi {name}, we're sorry: {incident} is delayed. {solution}. Send us a private message"
					+ " and we'll look at your booking with you.");
			if (templates != null) {
				templates.forEach(
						(kind, text) -> kinds.put(kind.toLowerCase(Locale.ROOT), text == null ? "" : text.strip()));
			}
			templates = Map.copyOf(kinds);
			update = update == null || update.isBlank()
					? "Hi {name}, an update on {incident}, and we're sorry it is taking this long: {summary}. {solution}."
							+ " Send us a private message and we'll look at your booking with you."
					: update.strip();
			closing = closing == null || closing.isBlank()
					? "Hi {name}, {incident} is behind us now. We're sorry for the disruption; send us a private"
							+ " message if anything is still not right."
					: closing.strip();
			noSolution = noSolution == null || noSolution.isBlank()
					? "We'll post the next steps here as soon as we have them" : noSolution.strip();
			perSourcePerSecond = perSourcePerSecond == null ? 20 : perSourcePerSecond;
			if (perSourcePerSecond < 1) {
				throw new IllegalArgumentException(PREFIX + "notices.per-source-per-second: at least 1");
			}
			templates.forEach((kind, text) -> {
				if (text.isBlank()) {
					throw new IllegalArgumentException(PREFIX + "notices.templates." + kind + ": must not be blank");
				}
			});
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
