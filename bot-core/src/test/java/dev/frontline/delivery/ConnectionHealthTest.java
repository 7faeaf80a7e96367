package dev.frontline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ConnectionHealthTest {

	final AtomicReference<String> gateway = new AtomicReference<>("CONNECTED");

	final ConnectionHealth health = new ConnectionHealth("Discord", "gateway", "CONNECTED", gateway::get);

	@Test
	void upWhenConnectedAndEveryChannelWorks() {
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(health.health().getDetails()).containsEntry("gateway", "CONNECTED");
	}

	@Test
	void degradedNotDownWhileTheConnectionIsNotUpSayingWhy() {
		gateway.set("LOGGING_IN");
		health.found("login", "Discord could not be reached, retrying");

		Health shown = health.health();

		assertThat(shown.getStatus().getCode()).isEqualTo("DEGRADED");
		assertThat(shown.getStatus().getDescription())
			.isEqualTo("gateway LOGGING_IN; login: Discord could not be reached, retrying");
	}

	@Test
	void degradedNamingEachChannelThatDoesNotWorkUntilItWorksAgain() {
		health.found("channel 11", "not found, or the bot cannot see it");
		health.found("channel 14", "lacks permission Send Messages");

		assertThat(health.health().getStatus().getDescription())
			.isEqualTo("channel 11: not found, or the bot cannot see it; channel 14: lacks permission Send Messages");
		assertThat(health.health().getDetails()).containsEntry("channel 14", "lacks permission Send Messages");

		health.fixed("channel 11");
		health.fixed("channel 14");
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(health.problems()).isEmpty();
	}

}
