package dev.frontline.delivery;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How every chat platform's settings read alike: a value left blank, as an unset
 * environment variable in a compose file gives, is not set; and an address is the
 * platform's own unless a test or proxy sets another, checked at start-up with the
 * setting named.
 */
public final class PlatformSettings {

	private PlatformSettings() {
	}

	/** The value stripped, or null when it is blank. */
	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * The address set, or the platform's own when none is.
	 * @param key the setting and its variable, as a mistake names them
	 * @param schemes the schemes it may use, the secure one last
	 */
	public static String address(String key, @Nullable String set, String platformOwn, String... schemes) {
		String url = set == null || set.isBlank() ? platformOwn : set.strip();
		String scheme;
		try {
			scheme = URI.create(url).getScheme();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(key + ": not a URL: " + url);
		}
		if (!List.of(schemes).contains(scheme)) {
			throw new IllegalArgumentException(
					key + ": expected a " + schemes[schemes.length - 1] + ":// URL, not " + url);
		}
		return url;
	}

	/** An API's base address, ending in a slash so that its paths resolve beneath it. */
	public static String base(String url) {
		return url.endsWith("/") ? url : url + "/";
	}

}
