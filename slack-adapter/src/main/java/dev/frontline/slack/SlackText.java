package dev.frontline.slack;

import java.util.regex.Pattern;

/**
 * Makes text safe to send to Slack. Slack reads {@code &}, {@code <} and {@code >} as
 * markup ({@code <!channel>}, {@code <@U0123>}, {@code <https://…|label>}), so they are
 * escaped in everything we send; and text a customer wrote is also defanged — links and
 * domains get a {@code [.]} and {@code [:]} so no client turns them into links.
 */
final class SlackText {

	private static final Pattern SCHEME = Pattern.compile("(?i)\\b(https?|ftp|mailto|slack)(:)(//)?");

	private static final Pattern DOMAIN_DOT = Pattern.compile("(?i)(?<=[a-z0-9-])\\.(?=[a-z]{2,}\\b)");

	private SlackText() {
	}

	/** Escapes Slack's three control characters; for any text we send. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** Escaped and defanged: for anything a customer wrote. */
	static String untrusted(String text) {
		String defanged = SCHEME.matcher(text)
			.replaceAll(match -> match.group(1) + "[:]" + (match.group(3) == null ? "" : "//"));
		defanged = DOMAIN_DOT.matcher(defanged).replaceAll("[.]");
		return escape(defanged);
	}

	/** Text cut to fit a Block Kit limit, marked when cut. */
	static String fit(String text, int limit) {
		return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
	}

}
