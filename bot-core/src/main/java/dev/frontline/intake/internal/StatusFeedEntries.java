package dev.frontline.intake.internal;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;

import dev.frontline.incidents.Signal;
import dev.frontline.incidents.SignalKind;

/**
 * Reads a status page's entry as an operations signal. The key is what the entry names of
 * the configured incident keys (a flight number, an app outage's words); the kind is the
 * first of cancelled, delayed, diverted, outage or disrupted its title or text says, and
 * disrupted when it says none; the summary is its title and text; the solution is what
 * follows "Solution:" in its text. Its time (published, else updated) identifies it with
 * the key and kind, so an entry read again on the next poll changes nothing.
 */
final class StatusFeedEntries {

	/** Each kind as status pages write it, British and American spellings alike. */
	private static final Pattern KIND = Pattern.compile(
			"\\b(cancell?ed|cancell?ation|delay(?:ed|s)?|divert(?:ed)?|diversion|outage|disrupt(?:ed|ion)?)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SOLUTION = Pattern.compile("(?i)\\bsolution:\\s*(.+)");

	private StatusFeedEntries() {
	}

	/**
	 * The signal an entry gives, or why it gives none.
	 * @param keyOf the incident key a text names, e.g. {@code flight:LK905}
	 */
	static Read toSignal(SyndEntry entry, Function<String, Optional<String>> keyOf) {
		String title = entry.getTitle() == null ? "" : InvisibleCharacters.strip(FeedEntries.plain(entry.getTitle()));
		String text = InvisibleCharacters.strip(body(entry));
		Optional<String> key = keyOf.apply(title + "\n" + text);
		if (key.isEmpty()) {
			return Read.skipped("names none of the incident keys");
		}
		Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
		if (published == null) {
			// Without its time a signal cannot be told from the same one read again.
			return Read.skipped("has no date (published or updated)");
		}
		Matcher solution = SOLUTION.matcher(text);
		String solved = solution.find() ? limit(solution.group(1).strip(), Signal.MAX_SOLUTION_LENGTH) : null;
		String said = solution.find(0) ? text.substring(0, solution.start()).strip() : text;
		String summary = title.isBlank() ? said : said.isBlank() ? title : title + " — " + said;
		if (summary.isBlank()) {
			return Read.skipped("has neither a title nor a text");
		}
		return Read.of(new Signal(signalKey(key.get(), title + "\n" + text), kindOf(title + "\n" + text),
				limit(summary.replace('\n', ' '), Signal.MAX_SUMMARY_LENGTH), solved, published.toInstant(), null));
	}

	/**
	 * What the signal names: the value of a key with a pattern ({@code LK905} for
	 * {@code flight:LK905}), else the words that name it.
	 */
	private static String signalKey(String key, String text) {
		int colon = key.indexOf(':');
		return colon >= 0 ? key.substring(colon + 1) : limit(text.replace('\n', ' '), Signal.MAX_KEY_LENGTH);
	}

	static SignalKind kindOf(String text) {
		Matcher matcher = KIND.matcher(text);
		if (!matcher.find()) {
			return SignalKind.DISRUPTED;
		}
		String word = matcher.group(1).toLowerCase(Locale.ROOT);
		if (word.startsWith("cancel")) {
			return SignalKind.CANCELLED;
		}
		if (word.startsWith("delay")) {
			return SignalKind.DELAYED;
		}
		if (word.startsWith("divert") || word.startsWith("diversion")) {
			return SignalKind.DIVERTED;
		}
		return word.equals("outage") ? SignalKind.OUTAGE : SignalKind.DISRUPTED;
	}

	private static String body(SyndEntry entry) {
		List<SyndContent> contents = entry.getContents();
		String body = !contents.isEmpty() && contents.getFirst().getValue() != null ? contents.getFirst().getValue()
				: entry.getDescription() == null ? null : entry.getDescription().getValue();
		return body == null ? "" : FeedEntries.plain(body);
	}

	private static String limit(String text, int most) {
		return text.length() <= most ? text : text.substring(0, most - 1) + "…";
	}

	/**
	 * An entry read: its signal, or why it has none.
	 */
	record Read(@Nullable Signal signal, @Nullable String skippedBecause) {

		static Read of(Signal signal) {
			return new Read(signal, null);
		}

		static Read skipped(String because) {
			return new Read(null, because);
		}

	}

}
