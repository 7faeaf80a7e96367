package dev.frontline.discord;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.frontline.delivery.PlatformSettings;

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
		botToken = PlatformSettings.blankToNull(botToken);
		if (pacePerChannel == null) {
			pacePerChannel = Duration.ofSeconds(1);
		}
		restUrl = PlatformSettings.base(PlatformSettings.address(
				"frontline.discord.rest-url (FRONTLINE_DISCORD_REST_URL)", restUrl, DEFAULT_REST_URL, "http", "https"));
		gatewayUrl = PlatformSettings.address("frontline.discord.gateway-url (FRONTLINE_DISCORD_GATEWAY_URL)",
				gatewayUrl, DEFAULT_GATEWAY_URL, "ws", "wss");
		guilds = guilds == null ? List.of() : guilds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
		for (int i = 0; i < guilds.size(); i++) {
			if (!guilds.get(i).matches("\\d{1,20}")) {
				throw new IllegalArgumentException(
						"frontline.discord.guilds[" + i + "]: a guild id is digits only, not '" + guilds.get(i) + "'");
			}
		}
	}

}
