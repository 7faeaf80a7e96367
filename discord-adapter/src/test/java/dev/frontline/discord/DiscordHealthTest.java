package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import net.dv8tion.jda.api.JDA;

class DiscordHealthTest {

	final DiscordConnection connection = mock(DiscordConnection.class);

	final DiscordProblems problems = new DiscordProblems();

	final DiscordHealth health = new DiscordHealth(connection, problems);

	@Test
	void upWhenConnectedAndEveryChannelWorks() {
		when(connection.status()).thenReturn(JDA.Status.CONNECTED);

		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void degradedNotDownWhileTheGatewayIsNotConnectedSayingWhy() {
		when(connection.status()).thenReturn(JDA.Status.LOGGING_IN);
		problems.found("login", "Discord could not be reached, retrying");

		Health shown = health.health();

		assertThat(shown.getStatus().getCode()).isEqualTo("DEGRADED");
		assertThat(shown.getStatus().getDescription())
			.isEqualTo("gateway LOGGING_IN; login: Discord could not be reached, retrying");
	}

	@Test
	void degradedNamingEachChannelThatDoesNotWorkUntilItWorksAgain() {
		when(connection.status()).thenReturn(JDA.Status.CONNECTED);
		problems.found("channel 11", "not found, or the bot cannot see it");
		problems.found("channel 14", "lacks permission Send Messages");

		assertThat(health.health().getStatus().getDescription())
			.isEqualTo("channel 11: not found, or the bot cannot see it; channel 14: lacks permission Send Messages");
		assertThat(health.health().getDetails()).containsEntry("channel 14", "lacks permission Send Messages");

		problems.fixed("channel 11");
		problems.fixed("channel 14");
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

}
