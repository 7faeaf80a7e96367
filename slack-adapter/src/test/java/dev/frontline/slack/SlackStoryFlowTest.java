package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.slack.SlackRequests.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story form in Slack, end to end: {@code /story} opens it, submitting shows the
 * story redacted as the team will read it, {@code Share} shares it — anonymously here —
 * and {@code /stories} lists it without a name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "frontline.stories.teams.loyalty.members[0].id=slack:U0STAFF",
				"frontline.stories.teams.loyalty.members[0].name=Sam",
				"frontline.stories.teams.loyalty.members[1].id=slack:U0STAFF2" })
class SlackStoryFlowTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@LocalServerPort
	int port;

	SlackRequests slack;

	@BeforeEach
	void connect() {
		slack = new SlackRequests(port, "test-signing-secret");
	}

	@AfterAll
	static void stopSlack() {
		SLACK.close();
	}

	@Test
	void aStoryIsPreviewedRedactedThenSharedAnonymously() {
		Answer opened = slack.slashCommand("/story", "", "U0STAFF2", SLACK.responseUrl("story"));
		assertThat(opened.status()).isEqualTo(200);
		JsonNode form = JSON
			.readTree(awaitCall("views.open", call -> call.param("view").contains("\"callback_id\":\"story-form\""))
				.param("view"));
		assertThat(form.toString()).contains("What happened")
			.contains("What would have helped")
			.contains("Share anonymously");

		Answer previewed = slack.viewSubmission("story-form", "",
				Map.of("happened", SlackRequests.textInput("@mara.t rang Sam on 07700 900123 about booking QX7P2L."),
						"did", SlackRequests.textInput("Took it to DMs and rebooked her."), "helped",
						SlackRequests.textInput("A rebooking shortcut."), "tags", SlackRequests.textInput("rebooking"),
						"anonymous", SlackRequests.checkboxes("anonymous")),
				"U0STAFF2");
		JsonNode update = JSON.readTree(previewed.body());
		assertThat(update.get("response_action").asString()).isEqualTo("update");
		String shown = update.get("view").toString();
		assertThat(shown).contains("[handle] rang [name] on [phone] about booking [booking ref].")
			.contains("Taken out: 1 handle, 1 phone number, 1 booking reference, 1 name.")
			.contains("with no name")
			.doesNotContain("07700")
			.doesNotContain("mara.t");

		Answer refused = slack.viewSubmission("story-preview", update.get("view").get("private_metadata").asString(),
				Map.of(), "U0STAFF");
		assertThat(JSON.readTree(refused.body()).get("view").toString()).as("only its author shares a preview")
			.contains("This preview has expired");
		Answer shared = slack.viewSubmission("story-preview", update.get("view").get("private_metadata").asString(),
				Map.of(), "U0STAFF2");
		assertThat(JSON.readTree(shared.body()).get("view").toString())
			.contains("is in the next digest, with no name: nothing links it to you.");

		JsonNode listed = JSON
			.readTree(slack.slashCommand("/stories", "this-week", "U0STAFF", SLACK.responseUrl("x")).body());
		assertThat(listed.get("blocks").toString()).contains("Anonymous · rebooking")
			.contains("[handle] rang [name]")
			.doesNotContain("U0STAFF2");
	}

	private static Call awaitCall(String method, java.util.function.Predicate<Call> matching) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> SLACK.calls(method).stream().filter(matching).reduce((a, b) -> b).orElse(null),
					Objects::nonNull);
	}

}
