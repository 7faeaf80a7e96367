package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.delivery.ConnectionHealth;

/**
 * Socket Mode with {@code SLACK_APP_TOKEN}: Frontline starts, takes complaints and posts
 * their cards while Slack cannot open a socket, shows that as {@code slack} on health,
 * and once Slack can, opens the connection through {@code apps.connections.open},
 * receives a slash command over the WebSocket and answers it in the envelope's
 * acknowledgement; no HTTP endpoint for Slack is exposed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "frontline.slack.app-token=xapp-test-token", "frontline.slack.signing-secret=" })
class SlackSocketModeTest {

	static final FakeSlack SLACK = FakeSlackHolder.start();

	static final FakeSocketModeServer SOCKET = FakeSocketModeServer.startOnFreePort();

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		SLACK.socketModeUrl(SOCKET.url());
		// Slack cannot open a socket as Frontline starts.
		SLACK.refuseWith("apps.connections.open", params -> true, "service_unavailable");
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	ConnectionHealth slackHealthIndicator;

	@Autowired
	HealthContributorRegistry health;

	@LocalServerPort
	int port;

	@AfterAll
	static void stop() throws InterruptedException {
		SOCKET.stop(1_000);
		SLACK.close();
	}

	@Test
	void startsAndPostsCardsWhileSlackCannotOpenASocketThenAnswersASlashCommandOverIt() throws Exception {
		assertThat(health.getContributor("slack")).as("slack on /actuator/health").isSameAs(slackHealthIndicator);
		await().atMost(Duration.ofSeconds(15)).until(() -> slackHealthIndicator.problems().containsKey("login"));
		Status down = slackHealthIndicator.health().getStatus();
		assertThat(down.getCode()).isEqualTo("DEGRADED");
		assertThat(down.getDescription()).isEqualTo("socket LOGGING_IN; login: Slack could not be reached, retrying: "
				+ "apps.connections.open answered service_unavailable");
		HttpResponse<String> complaint = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"""
								{"source":"x","externalId":"socket-1","text":"My bag never arrived in Denver and nobody at the desk knows where it is.",
								"author":{"handle":"@socket1","followers":300}}"""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(complaint.statusCode()).as(complaint.body()).isEqualTo(202);
		SLACK.awaitCall("chat.postMessage", call -> call.param("channel").equals("C0BAGGAGE"));

		SLACK.clear();
		await().atMost(Duration.ofSeconds(60)).until(SOCKET::hasClient);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> slackHealthIndicator.health().getStatus(), Status.UP::equals);
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
					Objects::nonNull);
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
