package dev.frontline.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes personal data out of a story before anyone but its author reads it: e-mail
 * addresses, links (to cases or anywhere), case numbers, social handles, phone numbers,
 * booking references, and names — those given with a title (Mrs Okafor) and those the
 * caller knows, such as the customer's and the team's names.
 */
public final class StoryRedaction {

	/** What was taken out, in the order the rules run. */
	public enum Kind {

		// Starts only where a word starts, name part taken whole: linear on hostile text.
		EMAIL("[e-mail]", "e-mail address", Pattern.compile("(?<![\\w.+-])[\\w.+-]++@[\\w-]+(\\.[\\w-]+)+")),
		LINK("[link]", "link", Pattern.compile("(?i)\\b(https?://|www\\.)\\S+")),
		CASE("[case]", "case number", Pattern.compile("(?i)\\bcase\\s*#?\\d{2,}|#\\d{3,}\\b")),
		HANDLE("[handle]", "handle", Pattern.compile("(?<![\\w@])@[A-Za-z0-9_.]{2,30}")),
		PHONE("[phone]", "phone number", Pattern.compile("\\+?\\d[\\d ().-]{5,}\\d")),
		BOOKING_REFERENCE("[booking ref]", "booking reference", Pattern.compile(
				"(?i)\\b(?![A-Z]{2}\\d{1,4}\\b)(?=[A-Z0-9]{6}\\b)(?=(?:[A-Z0-9]*[A-Z]){2})(?=[A-Z0-9]*\\d)[A-Z0-9]{6}\\b")),
		TITLED_NAME("[name]", "name",
				Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?"));

		private final String replacement;

		private final String label;

		private final Pattern pattern;

		Kind(String replacement, String label, Pattern pattern) {
			this.replacement = replacement;
			this.label = label;
			this.pattern = pattern;
		}

		Pattern pattern() {
			return pattern;
		}

	}

	/**
	 * A story's text with personal data taken out.
	 *
	 * @param text what others will read
	 * @param removed how many of each kind were taken out
	 */
	public record Redacted(String text, Map<Kind, Integer> removed) {

		public Redacted {
			removed = Map.copyOf(removed);
		}

		/** For the author's preview: {@code Taken out: 1 e-mail address, 2 handles.} */
		public String summary() {
			if (removed.isEmpty()) {
				return "Nothing was taken out.";
			}
			List<String> parts = new ArrayList<>();
			for (Kind kind : Kind.values()) {
				Integer count = removed.get(kind);
				if (count != null) {
					parts.add(count + " " + kind.label + (count == 1 ? "" : "s"));
				}
			}
			return "Taken out: " + String.join(", ", parts) + ".";
		}

	}

	private StoryRedaction() {
	}

	/** What the story form tells its author about redaction, on every platform. */
	public static final String WHAT_IS_TAKEN_OUT = "Before anyone else reads it, Frontline takes out e-mail addresses,"
			+ " links, case numbers, handles, phone numbers, booking references and every name it knows (customers"
			+ " and staff). Other names may remain: please leave them out.";

	/** The longest redacted answer kept: what its column holds. */
	public static final int MAX_REDACTED = 4_000;

	/**
	 * @param knownNames names to take out wherever they appear: a whole name ignoring
	 * case, and each part of it (Mara, Tell) where it is written with a capital, so that
	 * "Mara" goes but "tell them" stays
	 */
	public static Redacted redact(String text, Collection<String> knownNames) {
		return redact(text, knownNames, List.of());
	}

	/**
	 * @param knownNames as above
	 * @param knownReferences customers' own booking references, in whatever form they
	 * were stored, taken out wherever they appear, ignoring case
	 */
	public static Redacted redact(String text, Collection<String> knownNames, Collection<String> knownReferences) {
		Map<Kind, Integer> removed = new EnumMap<>(Kind.class);
		String result = text;
		List<String> references = knownReferences.stream()
			.filter(reference -> reference != null && reference.strip().length() >= 3)
			.map(String::strip)
			.distinct()
			.sorted((a, b) -> b.length() - a.length())
			.toList();
		if (!references.isEmpty()) {
			result = replace(result, Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:"
					+ references.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\d])"),
					Kind.BOOKING_REFERENCE.replacement, Kind.BOOKING_REFERENCE, removed);
		}
		for (Kind kind : Kind.values()) {
			result = replace(result, kind.pattern, kind.replacement, kind, removed);
		}
		List<String> names = knownNames.stream()
			.filter(name -> name != null && name.strip().length() >= 2)
			.map(String::strip)
			.toList();
		result = replaceNames(result, names, "(?iu)", removed);
		List<String> parts = names.stream()
			.flatMap(name -> Arrays.stream(name.split("[\\s_.]+")))
			.filter(part -> part.length() >= 2 && Character.isUpperCase(part.codePointAt(0)))
			.toList();
		result = replaceNames(result, parts, "(?u)", removed);
		// A short name replaced by a longer mark can grow an answer past what is stored;
		// it is cut, never kept unredacted.
		if (result.length() > MAX_REDACTED) {
			result = result.substring(0, MAX_REDACTED - 1) + "…";
		}
		return new Redacted(result, removed);
	}

	private static String replaceNames(String text, List<String> names, String flags, Map<Kind, Integer> removed) {
		if (names.isEmpty()) {
			return text;
		}
		Pattern known = Pattern.compile(flags + "(?<![\\p{L}\\d])(?:"
				+ names.stream()
					.distinct()
					.sorted((a, b) -> b.length() - a.length())
					.map(Pattern::quote)
					.collect(Collectors.joining("|"))
				+ ")(?![\\p{L}\\d])");
		return replace(text, known, Kind.TITLED_NAME.replacement, Kind.TITLED_NAME, removed);
	}

	private static String replace(String text, Pattern pattern, String replacement, Kind kind,
			Map<Kind, Integer> removed) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		int count = 0;
		while (matcher.find()) {
			if (kind == Kind.PHONE && matcher.group().replaceAll("\\D", "").length() < 7) {
				continue;
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
			count++;
		}
		matcher.appendTail(out);
		if (count > 0) {
			removed.merge(kind, count, Integer::sum);
		}
		return out.toString();
	}

}
