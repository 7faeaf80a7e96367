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
		String defanged = text.indexOf(':') < 0 ? text : scheme.matcher(text)
			.replaceAll(match -> match.group(1) + "[:]" + (match.group(3) == null ? "" : "//"));
		return defangDomainDots(defanged);
	}

	/**
	 * Every dot between a letter, digit or hyphen and two or more letters that end a word
	 * ({@code evil.example}, not {@code 12.30} or {@code e.g}) becomes {@code [.]}. Read
	 * by hand rather than by a regular expression: every card and {@code /case} answer
	 * passes its customers' texts through here, and the expression's look-behind at each
	 * character was a fifth of answering {@code /case}.
	 */
	private static String defangDomainDots(String text) {
		StringBuilder out = null;
		int copied = 0;
		for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
			if (dot > 0 && isDomainCharacter(text.charAt(dot - 1)) && topLevelFollows(text, dot + 1)) {
				if (out == null) {
					out = new StringBuilder(text.length() + 16);
				}
				out.append(text, copied, dot).append("[.]");
				copied = dot + 1;
			}
		}
		return out == null ? text : out.append(text, copied, text.length()).toString();
	}

	/** Two or more letters from {@code from}, and then no letter, digit or underscore. */
	private static boolean topLevelFollows(String text, int from) {
		int end = from;
		while (end < text.length() && isLetter(text.charAt(end))) {
			end++;
		}
		return end - from >= 2 && (end == text.length() || !isWordCharacter(text.charAt(end)));
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isDomainCharacter(char c) {
		return isLetter(c) || isDigit(c) || c == '-';
	}

	private static boolean isWordCharacter(char c) {
		return isLetter(c) || isDigit(c) || c == '_';
	}

}
