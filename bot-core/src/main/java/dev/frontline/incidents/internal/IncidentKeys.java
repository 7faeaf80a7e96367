package dev.frontline.incidents.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.frontline.incidents.IncidentSettings;

/**
 * The configured grouping keys, compiled. A key is written {@code flight:LK123} for a
 * pattern key (its name and the normalised match) and {@code app outage} for a words key.
 */
@Component
class IncidentKeys {

	private record Compiled(IncidentSettings.Key key, Pattern pattern) {
	}

	private final List<Compiled> keys;

	private final int threshold;

	IncidentKeys(IncidentSettings settings) {
		this.threshold = settings.threshold();
		this.keys = settings.keys().stream().map(IncidentKeys::compile).toList();
	}

	private static Compiled compile(IncidentSettings.Key key) {
		if (key.pattern() != null) {
			return new Compiled(key, Pattern.compile(key.pattern()));
		}
		// Whole words only, in any case: "outage" must not match "outages-free".
		String words = key.words()
			.stream()
			.map(word -> Pattern.quote(word.strip()))
			.collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])"));
		return new Compiled(key, Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

	/** The first key the text names, if any. */
	Optional<String> keyOf(String text) {
		for (Compiled compiled : keys) {
			Matcher matcher = compiled.pattern().matcher(text);
			if (matcher.find()) {
				if (compiled.key().pattern() == null) {
					return Optional.of(compiled.key().name());
				}
				String value = matcher.group().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
				return Optional.of(compiled.key().name() + ":" + value);
			}
		}
		return Optional.empty();
	}

	/** What a key is about, as staff read it: {@code flight LK123}. */
	static String label(String key) {
		return key.replace(':', ' ');
	}

	/** How many complaints naming the key within the window form an incident. */
	int thresholdOf(String key) {
		String name = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
		return keys.stream()
			.filter(compiled -> compiled.key().name().equals(name))
			.map(compiled -> compiled.key().threshold())
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(threshold);
	}

}
