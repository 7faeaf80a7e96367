package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import dev.frontline.cases.Cases;
import dev.frontline.followups.FollowUps;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.stories.Stories;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.ScriptedConversation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scripted conversation through Slack's real edge: every press and form signed as
 * Slack signs it, forms opened on a fake Slack.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.stories.teams.loyalty.members[0].id=slack:U0STAFF")
class SlackScriptedConversationTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void fakes(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@AfterAll
	static void stopSlack() {
		SLACK.close();
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

	@Test
	void theScriptedConversationReadsAsOnEveryPlatform() {
		SlackRequests slack = new SlackRequests(port, "test-signing-secret", SLACK);
		String body = JSON.writeValueAsString(Map.of("source", "x", "externalId", "scripted", "text",
				"My bag never arrived in Denver and nobody at the desk knows where it is.", "author",
				Map.of("handle", "@scripted", "followers", 300)));
		long number = new IntakeClient(port).post(body).json().get("caseNumber").asLong();

		List<String> history = ScriptedConversation.run(new ScriptedConversation.Platform() {

			@Override
			public String staff() {
				return "U0STAFF";
			}

			@Override
			public String supervisor() {
				return "U0SUPER";
			}

			@Override
			public String nameOf(String userId) {
				return "Display " + userId;
			}

			@Override
			public void press(String userId, String action, String target) {
				assertThat(slack.buttonPress(action, target, userId, SLACK.responseUrl(action)).status())
					.isEqualTo(200);
			}

			@Override
			public String platform() {
				return "slack";
			}

			@Override
			public void submit(String userId, String form, String target, Map<String, String> answers) {
				assertThat(slack.viewSubmission(form, target, inputs(answers), userId).body()).isEmpty();
			}

			@Override
			public ScriptedConversation.Read submitAndRead(String userId, String form, String target,
					Map<String, String> answers) {
				String body = slack.viewSubmission(form, target, inputs(answers), userId).body();
				JsonNode view = JSON.readTree(body).get("view");
				assertThat(view).as(body).isNotNull();
				String text = view.get("blocks")
					.valueStream()
					.filter(block -> block.has("text"))
					.map(block -> block.get("text").get("text").asString())
					.collect(Collectors.joining("\n"));
				JsonNode metadata = view.get("private_metadata");
				return new ScriptedConversation.Read(text, metadata == null ? "" : metadata.asString());
			}

			private Map<String, String> inputs(Map<String, String> answers) {
				Map<String, String> inputs = new HashMap<>();
				answers.forEach((name, value) -> inputs.put(name, value.equals("true") ? SlackRequests.checkboxes(name)
						: name.equals("share") ? SlackRequests.chosenOption(value) : SlackRequests.textInput(value)));
				return inputs;
			}

			@Override
			public void await(BooleanSupplier condition) {
				org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
			}

		}, number, cases, drafts, followUps, stories);

		assertThat(history).isEqualTo(ScriptedConversation.HISTORY);
		// Every card, note and form on the way kept within Block Kit's limits.
		assertThat(SLACK.invalid()).isEmpty();
	}

}
