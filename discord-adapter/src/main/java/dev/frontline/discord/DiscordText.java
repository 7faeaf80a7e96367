package dev.frontline.discord;

import java.util.regex.Pattern;

import dev.frontline.delivery.Defanging;

/**
 * Makes text safe to send to Discord. Discord reads markdown ({@code **},
 * {@code [label](url)}, {@code > quote}) and mention markup ({@code <@123>},
 * {@code <@&123>}, {@code @everyone}) in what we send, so every character that means
 * something is escaped; and text a customer wrote is also defanged — links and domains
 * get a {@code [.]} and {@code [:]} so no client turns them into links. Default mentions
 * are off for every message as well (see {@link DiscordConnection}): this is the second
 * wall, so the text also reads inert.
 */
final class DiscordText {

	private static final Defanging DEFANGING = new Defanging("discord", "steam");

	private static final Pattern MARKDOWN = Pattern.compile("([\\\\*_~`|>#\\[\\]()<:-])");

	private static final Pattern EVERYONE = Pattern.compile("(?i)@(everyone|here)");

	private DiscordText() {
	}

	/** Escapes Discord's markdown and mention markup; for any text we send. */
	static String escape(String text) {
		String escaped = MARKDOWN.matcher(text).replaceAll("\\\\$1");
		// A zero-width space after the @ keeps @everyone and @here from reading as a
		// mention even where a client would highlight them.
		return EVERYONE.matcher(escaped).replaceAll("@\u200B$1");
	}

	/** Escaped and defanged: for anything a customer wrote. */
	static String untrusted(String text) {
		return escape(DEFANGING.apply(text));
	}

	/** Text where markdown is not read (button labels, thread names, modal titles). */
	static String plain(String text, int limit) {
		return fit(text.replace('\n', ' ').strip(), limit);
	}

	/** Text cut to fit a Discord limit, marked when cut. */
	static String fit(String text, int limit) {
		if (text.length() <= limit) {
			return text;
		}
		String cut = text.substring(0, limit - 1);
		// Never leave a dangling escape that would swallow the ellipsis.
		if (cut.endsWith("\\") && !cut.endsWith("\\\\")) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
	}

}
