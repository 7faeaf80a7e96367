package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.ScriptedConversation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scripted conversation through Slack's real edge: every press and form signed as
 * Slack signs it, forms opened on a fake Slack.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SlackScriptedConversationTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

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

	@Test
	void theScriptedConversationReadsAsOnEveryPlatform() {
		SlackRequests slack = new SlackRequests(port, "test-signing-secret");
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("source", "x", "externalId", "scripted", "text",
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
			public void submit(String userId, String form, String target, Map<String, String> answers) {
				Map<String, String> inputs = new HashMap<>();
				answers.forEach((name, value) -> inputs.put(name,
						value.equals("true") ? SlackRequests.checkboxes(name) : SlackRequests.textInput(value)));
				assertThat(slack.viewSubmission(form, target, inputs, userId).body()).isEmpty();
			}

			@Override
			public void await(BooleanSupplier condition) {
				org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
			}

		}, number, cases, drafts, followUps);

		assertThat(history).isEqualTo(ScriptedConversation.HISTORY);
		// Every card, note and form on the way kept within Block Kit's limits.
		assertThat(SLACK.invalid()).isEmpty();
	}

}
