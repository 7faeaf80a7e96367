package dev.frontline.discord;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Discord, bound from {@code frontline.discord} ({@code DISCORD_BOT_TOKEN},
 * {@code FRONTLINE_DISCORD_REST_URL}, {@code FRONTLINE_DISCORD_GATEWAY_URL}).
 *
 * @param botToken the bot token from the Developer Portal; Discord is off without it
 * @param restUrl the REST API base, Discord's own unless a test or proxy says otherwise
 * @param gatewayUrl the gateway WebSocket, Discord's own unless a test or proxy says
 * otherwise
 * @param guilds the servers (guild ids) whose slash commands are registered at start-up
 * @param pacePerChannel the least time between two messages in one channel: one second,
 * within Discord's five per five seconds with room for card edits; tests against a fake
 * Discord set less
 */
@ConfigurationProperties(prefix = "frontline.discord", ignoreUnknownFields = false)
public record DiscordSettings(@Nullable String botToken, @Nullable String restUrl, @Nullable String gatewayUrl,
		List<String> guilds, @Nullable Duration pacePerChannel) {

	static final String DEFAULT_REST_URL = "https://discord.com/api/v10/";

	static final String DEFAULT_GATEWAY_URL = "wss://gateway.discord.gg/";

	public DiscordSettings {
		botToken = blankToNull(botToken);
		if (pacePerChannel == null) {
			pacePerChannel = Duration.ofSeconds(1);
		}
		restUrl = blankToNull(restUrl) == null ? DEFAULT_REST_URL : restUrl.strip();
		if (!restUrl.endsWith("/")) {
			restUrl = restUrl + "/";
		}
		gatewayUrl = blankToNull(gatewayUrl) == null ? DEFAULT_GATEWAY_URL : gatewayUrl.strip();
		requireScheme("frontline.discord.rest-url (FRONTLINE_DISCORD_REST_URL)", restUrl, "http", "https");
		requireScheme("frontline.discord.gateway-url (FRONTLINE_DISCORD_GATEWAY_URL)", gatewayUrl, "ws", "wss");
		guilds = guilds == null ? List.of() : guilds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
		for (int i = 0; i < guilds.size(); i++) {
			if (!guilds.get(i).matches("\\d{1,20}")) {
				throw new IllegalArgumentException(
						"frontline.discord.guilds[" + i + "]: a guild id is digits only, not '" + guilds.get(i) + "'");
			}
		}
	}

	private static void requireScheme(String key, String url, String plain, String secure) {
		String scheme;
		try {
			scheme = URI.create(url).getScheme();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(key + ": not a URL: " + url);
		}
		if (!plain.equals(scheme) && !secure.equals(scheme)) {
			throw new IllegalArgumentException(key + ": expected a " + secure + ":// URL, not " + url);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
