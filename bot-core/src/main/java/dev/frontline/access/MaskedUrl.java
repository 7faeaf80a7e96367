package dev.frontline.access;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * A URL as it may appear in a log: scheme, host and port only. Feed and connector URLs
 * often carry a key in their user part, path or query ({@code ?token=…}), and logs are
 * read by more people than the configuration.
 */
public final class MaskedUrl {

	private MaskedUrl() {
	}

	/**
	 * {@code https://hooks.example.com/…} for
	 * {@code https://user:key@hooks.example.com/x?token=…}.
	 */
	public static String of(@Nullable URI url) {
		if (url == null) {
			return "(none)";
		}
		if (url.getHost() == null) {
			return url.getScheme() == null ? "(a URL)" : url.getScheme() + ":…";
		}
		String rest = (url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/"))
				&& url.getRawQuery() == null && url.getRawUserInfo() == null ? "" : "/…";
		return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()) + rest;
	}

	/** The same for a URL as configured, which may not even parse. */
	public static String of(@Nullable String url) {
		if (url == null) {
			return "(none)";
		}
		try {
			return of(URI.create(url.strip()));
		}
		catch (IllegalArgumentException ex) {
			return "(a URL that does not parse)";
		}
	}

	/** A message (such as an exception's) with every copy of the URL in it masked. */
	public static String scrub(String message, @Nullable URI url) {
		if (url == null) {
			return message;
		}
		String masked = of(url);
		String scrubbed = message.replace(url.toString(), masked);
		if (url.getRawUserInfo() != null) {
			scrubbed = scrubbed.replace(url.getRawUserInfo(), "…");
		}
		if (url.getRawQuery() != null) {
			scrubbed = scrubbed.replace(url.getRawQuery(), "…");
		}
		return scrubbed;
	}

}
