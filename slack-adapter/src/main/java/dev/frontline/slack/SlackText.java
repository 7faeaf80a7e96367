package dev.frontline.slack;

import dev.frontline.delivery.Defanging;

/**
 * Makes text safe to send to Slack. Slack reads {@code &}, {@code <} and {@code >} as
 * markup ({@code <!channel>}, {@code <@U0123>}, {@code <https://…|label>}), so they are
 * escaped in everything we send; and text a customer wrote is also defanged — links and
 * domains get a {@code [.]} and {@code [:]} so no client turns them into links.
 */
final class SlackText {

	private static final Defanging DEFANGING = new Defanging("slack");

	private SlackText() {
	}

	/** Escapes Slack's three control characters; for any text we send. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** Escaped and defanged: for anything a customer wrote. */
	static String untrusted(String text) {
		return escape(DEFANGING.apply(text));
	}

	/** Text cut to fit a Block Kit limit, marked when cut. */
	static String fit(String text, int limit) {
		return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
	}

}
