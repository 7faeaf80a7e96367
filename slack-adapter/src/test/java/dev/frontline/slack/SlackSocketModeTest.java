package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Socket Mode with {@code SLACK_APP_TOKEN}: Frontline opens the connection through
 * {@code apps.connections.open}, receives a slash command over the WebSocket and answers
 * it in the envelope's acknowledgement; no HTTP endpoint is exposed.
 */
@SpringBootTest(properties = { "frontline.slack.app-token=xapp-test-token", "frontline.slack.signing-secret=" })
class SlackSocketModeTest {

	static final FakeSlack SLACK = FakeSlackHolder.start();

	static final FakeSocketModeServer SOCKET = FakeSocketModeServer.startOnFreePort();

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		SLACK.socketModeUrl(SOCKET.url());
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@Autowired
	ApplicationContext context;

	@AfterAll
	static void stop() throws InterruptedException {
		SOCKET.stop(1_000);
		SLACK.close();
	}

	@Test
	void aSlashCommandOverTheWebSocketIsAnsweredInItsAcknowledgement() {
		await().atMost(Duration.ofSeconds(15)).until(SOCKET::hasClient);
		assertThat(SLACK.calls("apps.connections.open")).first()
			.extracting(FakeSlack.Call::authorization)
			.isEqualTo("Bearer xapp-test-token");

		SOCKET.send("""
				{"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
				"payload":{"token":"legacy","team_id":"T0TEAM","channel_id":"C0BAGGAGE","user_id":"U0STAFF",
				"command":"/cases","text":"sideways","response_url":"%s","trigger_id":"t1","api_app_id":"A0APP"}}"""
			.formatted(SLACK.responseUrl("socket")));

		String ack = await().atMost(Duration.ofSeconds(10))
			.until(() -> SOCKET.received().stream().filter(m -> m.contains("env-1")).findFirst().orElse(null),
					java.util.Objects::nonNull);
		assertThat(ack).contains("\"response_type\":\"ephemeral\"").contains("is not a list I know");
		assertThat(context.getBeanNamesForType(SlackEventsController.class)).isEmpty();
	}

	/** Starts the fake Web API. */
	static final class FakeSlackHolder {

		static FakeSlack start() {
			try {
				return new FakeSlack();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
