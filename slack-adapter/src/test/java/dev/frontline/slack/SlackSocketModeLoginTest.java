package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;

import dev.frontline.delivery.ConnectionHealth;

/**
 * Socket Mode logs in after start-up against a fake Slack on loopback: it retries while
 * Slack cannot be reached or cannot open a socket, gives up when Slack refuses the app
 * token, and shows each on health as {@code slack}.
 */
class SlackSocketModeLoginTest {

	static final String APP_TOKEN = "xapp-login-test";

	final FakeSlack slack = FakeSlack.onLoopback();

	final FakeSocketModeServer socket = FakeSocketModeServer.startOnFreePort();

	Slack client;

	SlackSocketMode socketMode;

	final ConnectionHealth health = new ConnectionHealth("Slack", "socket", SlackSocketMode.CONNECTED,
			() -> socketMode.state());

	@AfterEach
	void stop() throws Exception {
		if (socketMode != null) {
			socketMode.stop();
			client.close();
		}
		socket.stop(1_000);
		slack.close();
	}

	@Test
	void retriesWhileSlackCannotOpenASocketThenConnects() {
		slack.socketModeUrl(socket.url());
		slack.refuseWith("apps.connections.open", params -> true, "service_unavailable");

		start(slack.apiUrl());

		await().atMost(Duration.ofSeconds(10)).until(() -> health.problems().containsKey("login"));
		assertThat(status()).isEqualTo("DEGRADED socket LOGGING_IN; login: Slack could not be reached, retrying: "
				+ "apps.connections.open answered service_unavailable");

		slack.clear();
		await().atMost(Duration.ofSeconds(30)).until(socket::hasClient);
		await().atMost(Duration.ofSeconds(10)).until(() -> health.health().getStatus(), Status.UP::equals);
		assertThat(health.health().getDetails()).containsExactlyEntriesOf(Map.of("socket", "CONNECTED"));
		assertThat(slack.calls("apps.connections.open")).isNotEmpty()
			.allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer " + APP_TOKEN));
	}

	@Test
	void retriesWhileSlackCannotBeReached() {
		start("http://127.0.0.1:1/api/");

		await().atMost(Duration.ofSeconds(10)).until(() -> health.problems().containsKey("login"));
		assertThat(health.problems().get("login")).startsWith("Slack could not be reached, retrying: ");
		assertThat(status()).startsWith("DEGRADED socket LOGGING_IN; login: Slack could not be reached");
	}

	@Test
	void givesUpWhenSlackRefusesTheAppToken() {
		slack.refuseWith("apps.connections.open", params -> true, "invalid_auth");

		start(slack.apiUrl());

		await().atMost(Duration.ofSeconds(10)).until(() -> health.problems().containsKey("login"));
		assertThat(status()).isEqualTo(
				"DEGRADED socket LOGGING_IN; login: Slack refused the app token (SLACK_APP_TOKEN): invalid_auth");
		// Past the first retry's two seconds, Slack has still been asked once.
		await().during(Duration.ofMillis(2_500))
			.atMost(Duration.ofSeconds(5))
			.until(() -> slack.calls("apps.connections.open").size() == 1);
		assertThat(socketMode.client()).isEmpty();
	}

	@Test
	void showsTheSocketConnectingUntilItsAddressTakesAConnection() {
		// Slack hands out an address where nothing listens, then one where its socket
		// does.
		slack.socketModeUrl("ws://127.0.0.1:1/link/");

		start(slack.apiUrl());

		await().atMost(Duration.ofSeconds(10)).until(() -> socketMode.client().isPresent());
		assertThat(status()).isEqualTo("DEGRADED socket CONNECTING");

		slack.socketModeUrl(socket.url());
		// Bolt checks its socket every five seconds and asks Slack for a new address.
		await().atMost(Duration.ofSeconds(30)).until(socket::hasClient);
		await().atMost(Duration.ofSeconds(10)).until(() -> health.health().getStatus(), Status.UP::equals);
	}

	/** Health's status with its description, as {@code /actuator/health} shows them. */
	private String status() {
		Status status = health.health().getStatus();
		return status.getCode() + " " + status.getDescription();
	}

	private void start(String apiUrl) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(apiUrl);
		config.setStatsEnabled(false);
		client = Slack.getInstance(config);
		App app = new App(AppConfig.builder()
			.slack(client)
			.singleTeamBotToken("xoxb-login-test")
			.signingSecret("login-test-secret")
			.build());
		socketMode = new SlackSocketMode(client, APP_TOKEN, app, health);
		socketMode.start();
	}

}
