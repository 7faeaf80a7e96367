package dev.frontline.delivery;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A platform-neutral message that is kept up to date in place, such as a case card.
 * <p>
 * Every string here is plain text and may hold what a customer wrote: adapters render it
 * so that nothing in it can mention, notify, link or format anything on their platform.
 *
 * @param title the headline, such as {@code SEV2 · Case 1042 · OPEN}
 * @param tone how urgent the card looks
 * @param fields labelled facts shown compactly
 * @param quote what the customer wrote, shown as a quotation, or null
 * @param details further lines, such as the triage reasons
 * @param actions the buttons, in order
 * @param link a link to the source, or null
 */
public record Card(String title, Tone tone, List<Field> fields, @Nullable String quote, List<String> details,
		List<Action> actions, @Nullable Link link) {

	private static final Pattern SUBJECT = Pattern.compile("(Case|Incident|Story|Draft reply) \\d+");

	public Card {
		fields = List.copyOf(fields);
		details = List.copyOf(details);
		actions = List.copyOf(actions);
	}

	/**
	 * What the card is about, read from its title ({@code Case 1042}), for platforms that
	 * name a card's thread or label its notes by it; empty when the title names no one
	 * thing.
	 */
	public Optional<String> subject() {
		Matcher subject = SUBJECT.matcher(title);
		return subject.find() ? Optional.of(subject.group()) : Optional.empty();
	}

	/**
	 * A time as it reads on a card, in UTC: {@code 16:56 UTC} today,
	 * {@code Thu 16:56 UTC} within the week around today, else with its date,
	 * {@code Thu 10 Dec 16:56 UTC}.
	 */
	public static String time(Instant at, Instant now) {
		LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		long days = Math.abs(ChronoUnit.DAYS.between(today, day));
		String pattern = days == 0 ? "HH:mm 'UTC'" : days < 7 ? "EEE HH:mm 'UTC'" : "EEE d MMM HH:mm 'UTC'";
		return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(ZoneOffset.UTC).format(at);
	}

	/** A count as it reads on a card: {@code 950}, {@code 48.2k}, {@code 1.2M}. */
	public static String compact(long count) {
		if (count >= 1_000_000) {
			return trimmed(count / 1_000_000.0) + "M";
		}
		if (count >= 1_000) {
			return trimmed(count / 1_000.0) + "k";
		}
		return String.valueOf(count);
	}

	private static String trimmed(double value) {
		return value >= 100 ? String.valueOf(Math.round(value))
				: String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
	}

	/** How urgent a card looks, mapped by adapters to colours or markers. */
	public enum Tone {

		CRITICAL("🔴", 0xD7263D), HIGH("🟠", 0xF46036), NORMAL("🟡", 0xF2C14E), LOW("⚪", 0xA0A4A8), DONE("✅", 0x2E933C);

		private final String marker;

		private final int colour;

		Tone(String marker, int colour) {
			this.marker = marker;
			this.colour = colour;
		}

		/** The colour chat platforms that show emoji put before a card's title. */
		public String marker() {
			return marker;
		}

		/** The colour, as RGB, of a card where a platform colours one (its edge). */
		public int colour() {
			return colour;
		}

	}

	/** A labelled fact: {@code Owner: Sam}. */
	public record Field(String label, String value) {
	}

	/**
	 * A button. Pressing it calls back with the action's id and value.
	 *
	 * @param id what it does, such as {@code acknowledge}
	 * @param label the text on the button
	 * @param value what it acts on, such as a case number
	 * @param primary whether it is the button most people should press
	 */
	public record Action(String id, String label, String value, boolean primary) {
	}

	/**
	 * A link out. Only {@code http} and {@code https} links are accepted, so a card never
	 * carries a scheme a chat client would act on.
	 */
	public record Link(String label, URI url) {

		public Link {
			String scheme = url.getScheme();
			if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
				throw new IllegalArgumentException("only http and https links are shown, not " + url);
			}
		}

	}

}
