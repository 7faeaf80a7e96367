package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yaml.snakeyaml.Yaml;

import dev.frontline.conversation.Answers;
import dev.frontline.conversation.CommandOptions;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Field;

/**
 * The app manifest an operator pastes into Slack ({@code config/slack-app-manifest.yml})
 * offers exactly the commands the core declares, described in the core's words, and its
 * usage hints name every choice the core offers: Slack shows them, but only the core
 * reads a command.
 */
@SpringBootTest
class SlackAppManifestTest {

	static final Path MANIFEST = Path.of("../config/slack-app-manifest.yml");

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@AfterAll
	static void stopSlack() {
		SLACK.close();
	}

	@Autowired
	Conversation conversation;

	@Test
	void listsEveryCommandTheCoreDeclaresAndNoOther() throws IOException {
		assertThat(manifestCommands().keySet()).as("the commands in " + MANIFEST)
			.containsExactlyInAnyOrderElementsOf(conversation.commands());
	}

	@Test
	void describesEachCommandAsTheCoreDoes() throws IOException {
		Map<String, String> manifest = new TreeMap<>();
		manifestCommands().forEach((name, command) -> manifest.put(name, String.valueOf(command.get("description"))));
		Map<String, String> core = conversation.commandOptions()
			.stream()
			.collect(Collectors.toMap(CommandOptions::name, CommandOptions::description, (a, b) -> a, TreeMap::new));

		assertThat(manifest).as("each command's description in " + MANIFEST).isEqualTo(core);
	}

	@Test
	void hintsAtEveryChoiceTheCoreOffersAndNothingWhereItTakesNoArguments() throws IOException {
		Map<String, Map<String, Object>> manifest = manifestCommands();
		for (CommandOptions command : conversation.commandOptions()) {
			Object hint = manifest.getOrDefault(command.name(), Map.of()).get("usage_hint");
			if (command.options().isEmpty()) {
				assertThat(hint).as(command.name() + " takes no arguments, so no usage hint").isNull();
				continue;
			}
			List<String> alternatives = Arrays.asList(String.valueOf(hint).split(" \\| "));
			for (CommandOptions.Option option : command.options()) {
				for (Field.Option choice : option.choices()) {
					// What Discord sends for the choice, as the text typed after the
					// command.
					String typed = command.typed().apply(Answers.of(Map.of(option.name(), choice.value())));
					assertThat(alternatives).as("%s's usage hint in %s", command.name(), MANIFEST).contains(typed);
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> manifestCommands() throws IOException {
		Map<String, Object> manifest;
		try (Reader reader = Files.newBufferedReader(MANIFEST)) {
			manifest = new Yaml().load(reader);
		}
		List<Map<String, Object>> commands = (List<Map<String, Object>>) ((Map<String, Object>) manifest
			.get("features")).get("slash_commands");
		Map<String, Map<String, Object>> byName = new TreeMap<>();
		commands.forEach(command -> byName.put(String.valueOf(command.get("command")), command));
		return byName;
	}

}
