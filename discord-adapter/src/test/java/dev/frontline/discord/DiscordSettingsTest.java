package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

	@Test
	void defaultsToDiscordsOwnRestAndGateway() {
		DiscordSettings settings = new DiscordSettings(" token ", "", null, null, null);

		assertThat(settings.botToken()).isEqualTo("token");
		assertThat(settings.restUrl()).isEqualTo("https://discord.com/api/v10/");
		assertThat(settings.gatewayUrl()).isEqualTo("wss://gateway.discord.gg/");
		assertThat(settings.guilds()).isEmpty();
	}

	@Test
	void aRestBaseGetsItsTrailingSlash() {
		assertThat(
				new DiscordSettings("t", "http://127.0.0.1:1/api/v10", "ws://127.0.0.1:2/", List.of(), null).restUrl())
			.isEqualTo("http://127.0.0.1:1/api/v10/");
	}

	@Test
	void badUrlsAndGuildIdsAreRefusedNamingTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DiscordSettings("t", "ftp://x/", null, List.of(), null))
			.withMessageStartingWith("frontline.discord.rest-url (FRONTLINE_DISCORD_REST_URL)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DiscordSettings("t", null, "https://gateway.discord.gg/", List.of(), null))
			.withMessageStartingWith("frontline.discord.gateway-url (FRONTLINE_DISCORD_GATEWAY_URL)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DiscordSettings("t", null, null, List.of("123", "larkspur"), null))
			.withMessage("frontline.discord.guilds[1]: a guild id is digits only, not 'larkspur'");
	}

}
