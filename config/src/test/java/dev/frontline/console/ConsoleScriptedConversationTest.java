package dev.frontline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.cases.Cases;
import dev.frontline.conversation.Conversation;
import dev.frontline.followups.FollowUps;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.stories.Stories;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.ScriptedConversation;
import dev.frontline.delivery.PlainCards;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scripted conversation typed at the terminal, as the example airline's operator (a
 * supervisor) and sam (staff), each line read by the core's typed lines.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "frontline.console.enabled=false", "frontline.data-dir=target/scripted-test-data-${random.uuid}",
				"frontline.intake.allow-unsigned=true", "frontline.api.open-without-token=true",
				"frontline.triage.model.enabled=false" })
class ConsoleScriptedConversationTest {

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	ReplyDrafts drafts;

	@Autowired
	FollowUps followUps;

	@Autowired
	Conversation conversation;

	@Autowired
	Stories stories;

	@Test
	void theScriptedConversationReadsAsOnEveryPlatform() {
		ConsoleCommands console = new ConsoleCommands(
				ConsoleTerminal.plain(InputStream.nullInputStream(), OutputStream.nullOutputStream()), conversation,
				new PlainCards(conversation.typing()::formOf), new ConsoleSettings(true, "operator", "Operator", true),
				Path.of("target", "scripted-test-reports"), event -> {
				});
		String body = JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("source", "x", "externalId", "scripted", "text",
					"My bag never arrived in Denver and nobody at the desk knows where it is.", "author",
					Map.of("handle", "@scripted", "followers", 300)));
		long number = new IntakeClient(port).post(body).json().get("caseNumber").asLong();

		List<String> history = ScriptedConversation.run(new ScriptedConversation.Platform() {

			@Override
			public String staff() {
				return "sam";
			}

			@Override
			public String supervisor() {
				return "operator";
			}

			@Override
			public String nameOf(String userId) {
				return userId.equals("operator") ? "Operator" : userId;
			}

			@Override
			public void press(String userId, String action, String target) {
				String typed = switch (action) {
					case "acknowledge" -> "ack " + target;
					case "draft-reply" -> "draft " + target;
					case "reply-approve" -> "approve " + target;
					case "plan-follow-up" -> "plan " + target;
					case "step-done" -> "step done " + target;
					case "story-share" -> "/story";
					default -> throw new IllegalArgumentException(action);
				};
				type(userId, typed);
			}

			@Override
			public void submit(String userId, String form, String target, Map<String, String> answers) {
				String typed = switch (form) {
					case "draft-reply" -> "reply " + target + " " + answers.get("reply") + " // " + answers.get("note");
					case "reply-changes" -> "changes " + target + " " + answers.get("comment");
					case "reply-edit-form" ->
						"edit " + target.substring(target.indexOf(':') + 1) + " " + answers.get("reply");
					case "resolve" -> "resolve-waiving " + target + " " + answers.get("text");
					default -> throw new IllegalArgumentException(form);
				};
				type(userId, typed);
			}

			@Override
			public String platform() {
				return ConsoleChatPlatform.NAME;
			}

			/**
			 * The story's answers, typed once more when it is shared: one line does both.
			 */
			private String typedStory = "";

			@Override
			public ScriptedConversation.Read submitAndRead(String userId, String form, String target,
					Map<String, String> answers) {
				if (form.equals("story-form")) {
					typedStory = String.join(" | ", answers.get("happened"), answers.get("did"), answers.get("helped"),
							answers.get("idea"), answers.get("tags"));
					return new ScriptedConversation.Read(type(userId, "story preview " + typedStory), "typed");
				}
				return new ScriptedConversation.Read(type(userId,
						(answers.get("share").equals("named") ? "story share " : "story share-anonymously ")
								+ typedStory),
						"");
			}

			private String type(String userId, String line) {
				String printed = userId.equals("operator") ? console.run(line)
						: console.run("as " + userId + " " + line);
				assertThat(printed).doesNotStartWith("Sorry").doesNotStartWith("Usage");
				return printed;
			}

			@Override
			public void await(BooleanSupplier condition) {
				org.awaitility.Awaitility.await()
					.atMost(java.time.Duration.ofSeconds(20))
					.until(condition::getAsBoolean);
			}

		}, number, cases, drafts, followUps, stories);

		assertThat(history).isEqualTo(ScriptedConversation.HISTORY);
	}

}
