package dev.frontline.access;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read the API, bound from {@code frontline.api}.
 *
 * @param tokens the bearer tokens accepted ({@code FRONTLINE_API_TOKEN}, comma-separated
 * so a new token can be added before the old one is retired); none configured closes the
 * API
 * @param openWithoutToken when no token is configured, let reads through anyway; only the
 * {@code local} profile sets it, and it binds to 127.0.0.1
 */
@ConfigurationProperties(prefix = "frontline.api", ignoreUnknownFields = false)
public record ApiSettings(@Nullable List<String> tokens, boolean openWithoutToken) {

	/** The variable operators set; named in every refusal so the fix is obvious. */
	public static final String TOKEN_VARIABLE = "FRONTLINE_API_TOKEN";

	public ApiSettings {
		tokens = tokens == null ? List.of() : tokens.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).length() < 16) {
				throw new IllegalArgumentException("frontline.api.tokens[" + i + "] (" + TOKEN_VARIABLE
						+ "): a token must be at least 16 characters, so it cannot be guessed");
			}
		}
	}

}
