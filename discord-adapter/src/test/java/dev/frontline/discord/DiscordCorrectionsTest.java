package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.delivery.ConnectionHealth;
import dev.frontline.cases.Cases;
import dev.frontline.discord.FakeDiscord.Interaction;
import dev.frontline.discord.FakeDiscordRest.Call;
import dev.frontline.triage.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Correcting triage from a Discord card, through real JDA against the fake Discord: the
 * press opens a form with the choices and a reason, its submission re-rates or moves the
 * case, and the embeds follow; a refusal reaches only the person.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DiscordCorrectionsTest {

	static final FakeDiscord DISCORD = new FakeDiscord();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void fakeDiscord(DynamicPropertyRegistry properties) {
		properties.add("frontline.discord.rest-url", DISCORD::restUrl);
		properties.add("frontline.discord.gateway-url", DISCORD::gatewayUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	ConnectionHealth health;

	@AfterAll
	static void stopDiscord() {
		List<String> refused = DISCORD.refusedAcknowledgements();
		DISCORD.close();
		// Discord would have refused a late or second answer to an interaction.
		assertThat(refused).isEmpty();
	}

	@BeforeEach
	void connected() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> health.health().getDetails().get("gateway"), "CONNECTED"::equals);
	}

	@Test
	void changeSeverityOpensAFormAndItsSubmissionReRatesTheCard() {
		long number = complain("dfix-1", "My flight LK88 was delayed two hours and nobody explained why.");
		assertThat(cases.get(number).severity()).isEqualTo(Severity.SEV3);
		String messageId = DISCORD.messageIdOf(awaitCard(FakeDiscord.FLIGHT_OPS, number));

		Interaction press = DISCORD.press(FakeDiscord.STAFF, List.of(), "change-severity:" + number,
				FakeDiscord.FLIGHT_OPS, messageId);
		JsonNode modal = JSON
			.readTree(awaitCall(call -> call.describe().equals("POST " + press.callbackRoute())).body());
		assertThat(modal.get("type").asInt()).as("MODAL").isEqualTo(9);
		assertThat(modal.get("data").get("custom_id").asString()).isEqualTo("change-severity:" + number);
		assertThat(modal.get("data").toString()).contains("\"custom_id\":\"choice\"", "\"custom_id\":\"text\"",
				"\"value\":\"SEV1\"");

		Interaction lowered = submit("change-severity:" + number, "SEV4", "only a question");
		assertThat(answer(lowered)).startsWith("Sorry, only a supervisor can lower the severity of a case");

		Interaction raised = submit("change-severity:" + number, "SEV1", "an injury");

		assertThat(answer(raised)).isEqualTo("Case " + number + " is now SEV1.");
		assertThat(cases.get(number).severity()).isEqualTo(Severity.SEV1);
		awaitCall(call -> call.describe().equals("PATCH channels/" + FakeDiscord.FLIGHT_OPS + "/messages/" + messageId)
				&& call.body().contains("SEV1 · Case " + number + " "));
	}

	@Test
	void moveTeamPostsTheCardInTheNewTeamsChannelAndTheOldOneSaysWhereItWent() {
		long number = complain("dfix-2", "My flight LK91 was delayed an hour and the gate staff were rude.");
		String messageId = DISCORD.messageIdOf(awaitCard(FakeDiscord.FLIGHT_OPS, number));

		Interaction press = DISCORD.press(FakeDiscord.STAFF, List.of(), "move-team:" + number, FakeDiscord.FLIGHT_OPS,
				messageId);
		JsonNode modal = JSON
			.readTree(awaitCall(call -> call.describe().equals("POST " + press.callbackRoute())).body());
		assertThat(modal.get("data").toString()).contains("\"value\":\"care-social\"")
			.doesNotContain("\"value\":\"flight-ops\"");

		Interaction moved = submit("move-team:" + number, "care-social", "a general complaint about staff");

		// Markdown escaped, as everything a person is told on Discord.
		assertThat(answer(moved)).isEqualTo("Case " + number + " is moved to care\\-social.");
		assertThat(cases.get(number).team()).isEqualTo("care-social");
		Call posted = awaitCard(FakeDiscord.CARE, number);
		assertThat(posted.body()).contains("move-team:" + number);
		Call left = awaitCall(
				call -> call.describe().equals("PATCH channels/" + FakeDiscord.FLIGHT_OPS + "/messages/" + messageId)
						&& call.body().contains("MOVED to care"));
		assertThat(left.body()).doesNotContain("move-team:" + number);
	}

	private Interaction submit(String customId, String choice, String reason) {
		return DISCORD.submit(FakeDiscord.STAFF, List.of(), customId, FakeDiscord.FLIGHT_OPS, """
				[{"type":18,"id":1,"component":{"type":3,"id":2,"custom_id":"choice","values":["%s"]}},
				{"type":18,"id":3,"component":{"type":4,"id":4,"custom_id":"text","value":"%s"}}]""".formatted(choice,
				reason));
	}

	/** What the person read after submitting the form. */
	private static String answer(Interaction submitted) {
		return JSON.readTree(awaitCall(call -> call.describe().equals("POST " + submitted.webhookRoute())).body())
			.get("content")
			.asString();
	}

	private static Call awaitCard(String channel, long number) {
		return awaitCall(call -> call.describe().equals("POST channels/" + channel + "/messages")
				&& call.body().contains("Case " + number + " "));
	}

	private static Call awaitCall(Predicate<Call> matching) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> DISCORD.lastCall(matching).orElse(null), Objects::nonNull);
	}

	private long complain(String externalId, String text) {
		String body = JSON.writeValueAsString(Map.of("source", "x", "externalId", externalId, "text", text, "author",
				Map.of("handle", "@" + externalId, "followers", 300), "url", "https://social.example/x/" + externalId));
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
			return JSON.readTree(response.body()).get("caseNumber").asLong();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
