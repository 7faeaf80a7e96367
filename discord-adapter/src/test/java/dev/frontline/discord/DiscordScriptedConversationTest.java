package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.delivery.ConnectionHealth;
import dev.frontline.cases.Cases;
import dev.frontline.followups.FollowUps;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.stories.Stories;
import dev.frontline.testing.ScriptedConversation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scripted conversation through Discord's real edge: real JDA, interactions from a
 * fake gateway, answers through JDA's interaction callbacks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.stories.teams.loyalty.members[0].id=discord:" + FakeDiscord.STAFF)
class DiscordScriptedConversationTest {

	static final FakeDiscord DISCORD = new FakeDiscord();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void fakeDiscord(DynamicPropertyRegistry properties) {
		properties.add("frontline.discord.rest-url", DISCORD::restUrl);
		properties.add("frontline.discord.gateway-url", DISCORD::gatewayUrl);
	}

	@AfterAll
	static void stopDiscord() {
		List<String> refused = DISCORD.refusedAcknowledgements();
		DISCORD.close();
		// Discord would have refused a late or second answer to an interaction.
		assertThat(refused).isEmpty();
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	ReplyDrafts drafts;

	@Autowired
	FollowUps followUps;

	@Autowired
	Stories stories;

	@Autowired
	ConnectionHealth health;

	@Test
	void theScriptedConversationReadsAsOnEveryPlatform() throws Exception {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> health.health().getDetails().get("gateway"), "CONNECTED"::equals);
		String body = JSON.writeValueAsString(Map.of("source", "x", "externalId", "scripted", "text",
				"My bag never arrived in Denver and nobody at the desk knows where it is.", "author",
				Map.of("handle", "@scripted", "followers", 300)));
		HttpResponse<String> raised = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		long number = JSON.readTree(raised.body()).get("caseNumber").asLong();
		String card = DISCORD.messageIdOf(await().atMost(Duration.ofSeconds(30))
			.until(() -> DISCORD
				.lastCall(call -> call.describe().equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages")
						&& call.body().contains("Case " + number + " "))
				.orElse(null), Objects::nonNull));
		AtomicInteger ids = new AtomicInteger();

		List<String> history = ScriptedConversation.run(new ScriptedConversation.Platform() {

			@Override
			public String staff() {
				return FakeDiscord.STAFF;
			}

			@Override
			public String supervisor() {
				return FakeDiscord.SUPERVISOR;
			}

			@Override
			public String nameOf(String userId) {
				return "Display user" + userId.substring(userId.length() - 2);
			}

			@Override
			public void press(String userId, String action, String target) {
				DISCORD.press(userId, roles(userId), action + ":" + target, FakeDiscord.BAGGAGE, card);
			}

			@Override
			public String platform() {
				return "discord";
			}

			@Override
			public ScriptedConversation.Read submitAndRead(String userId, String form, String target,
					Map<String, String> answers) {
				if (form.equals("story-preview")) {
					// The preview's choice is a button on the private message.
					FakeDiscord.Interaction pressed = DISCORD.press(userId, roles(userId),
							"choose:story-preview:share=" + answers.get("share") + ":" + target, FakeDiscord.BAGGAGE,
							DISCORD.nextId());
					String said = awaitCall("PATCH " + pressed.webhookRoute() + "/messages/@original");
					return new ScriptedConversation.Read(JSON.readTree(said).get("content").asString(), "");
				}
				FakeDiscord.Interaction submitted = submitted(userId, form, target, answers);
				JsonNode shown = JSON.readTree(awaitCall("POST " + submitted.webhookRoute()));
				String next = shown.get("components")
					.valueStream()
					.flatMap(row -> row.get("components").valueStream())
					.map(button -> button.get("custom_id").asString())
					.filter(id -> id.startsWith("choose:story-preview:share=named:"))
					.map(id -> id.substring(id.lastIndexOf(':') + 1))
					.findFirst()
					.orElse("");
				return new ScriptedConversation.Read(shown.get("content").asString(), next);
			}

			private String awaitCall(String described) {
				return org.awaitility.Awaitility.await()
					.atMost(Duration.ofSeconds(30))
					.until(() -> DISCORD.lastCall(call -> call.describe().equals(described)).orElse(null),
							Objects::nonNull)
					.body();
			}

			@Override
			public void submit(String userId, String form, String target, Map<String, String> answers) {
				submitted(userId, form, target, answers);
			}

			private FakeDiscord.Interaction submitted(String userId, String form, String target,
					Map<String, String> answers) {
				String fields = answers.entrySet()
					.stream()
					.map(answer -> "{\"type\":18,\"id\":" + ids.incrementAndGet() + ",\"component\":"
							+ (answer.getValue().equals("true")
									? "{\"type\":23,\"id\":" + ids.incrementAndGet() + ",\"custom_id\":\""
											+ answer.getKey() + "\",\"value\":true}"
									: "{\"type\":4,\"id\":" + ids.incrementAndGet() + ",\"custom_id\":\""
											+ answer.getKey() + "\",\"value\":"
											+ JSON.writeValueAsString(answer.getValue()) + "}")
							+ "}")
					.collect(Collectors.joining(",", "[", "]"));
				return DISCORD.submit(userId, roles(userId), form + ":" + target, FakeDiscord.BAGGAGE, fields);
			}

			@Override
			public void await(BooleanSupplier condition) {
				org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(condition::getAsBoolean);
			}

		}, number, cases, drafts, followUps, stories);

		assertThat(history).isEqualTo(ScriptedConversation.HISTORY);
	}

	private static List<String> roles(String userId) {
		return userId.equals(FakeDiscord.SUPERVISOR) ? List.of(FakeDiscord.SUPERVISOR_ROLE) : List.of();
	}

}
