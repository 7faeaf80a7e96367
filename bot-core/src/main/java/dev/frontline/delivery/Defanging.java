package dev.frontline.delivery;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes text a customer wrote read inert in a chat client: a link's scheme gets
 * {@code [:]} and a domain's dot {@code [.]}, so no client turns either into a link. Each
 * platform adds the schemes its own clients open, such as {@code slack:}; escaping the
 * platform's markup stays with its adapter.
 */
public final class Defanging {

	private static final Pattern DOMAIN_DOT = Pattern.compile("(?i)(?<=[a-z0-9-])\\.(?=[a-z]{2,}\\b)");

	private final Pattern scheme;

	/**
	 * @param platformSchemes schemes the platform's clients open besides the web's and
	 * mail's, in letters only
	 */
	public Defanging(String... platformSchemes) {
		for (String name : platformSchemes) {
			if (!name.matches("[a-z]+")) {
				throw new IllegalArgumentException("a scheme to defang is letters only, not " + name);
			}
		}
		String schemes = Stream.concat(Stream.of("https?", "ftp", "mailto"), Stream.of(platformSchemes))
			.collect(Collectors.joining("|"));
		this.scheme = Pattern.compile("(?i)\\b(" + schemes + ")(:)(//)?");
	}

	/** The text with every link and domain defanged; nothing else changes. */
	public String apply(String text) {
		String defanged = scheme.matcher(text)
			.replaceAll(match -> match.group(1) + "[:]" + (match.group(3) == null ? "" : "//"));
		return DOMAIN_DOT.matcher(defanged).replaceAll("[.]");
	}

}
