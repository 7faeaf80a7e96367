package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.slack.api.util.json.GsonFactory;

import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;

/** The core's forms become modals Slack accepts, whatever their length. */
class SlackConversationTest {

	@Test
	void whatAModalCannotHoldIsFittedInTheRendererNotDropped() {
		Form form = new Form("story-improve", "7", "Improvement action for the story about the lost bag",
				"Create it now, please",
				List.of(new Field.Text("x".repeat(5_000)),
						new Field.LongText("title", "What to change", null, "y".repeat(3_500), 4_000, true),
						new Field.PersonPicker("owner", "Owner", null),
						new Field.Checkbox("waive", "Open steps", "Waive them", true)));

		String view = GsonFactory.createSnakeCase().toJson(SlackConversation.render(form));

		assertThat(BlockKitLimits.broken("views.open", Map.of("view", view))).isEmpty();
		assertThat(view).contains("\"callback_id\":\"story-improve\"", "\"private_metadata\":\"7\"",
				"\"block_id\":\"title\"", "\"block_id\":\"owner\"", "\"type\":\"users_select\"");
	}

	@Test
	void theFakeRefusesWhatSlackRefuses() {
		String view = "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"" + "t".repeat(25)
				+ "\"},\"blocks\":[{\"type\":\"section\",\"block_id\":\"a\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"}},"
				+ "{\"type\":\"section\",\"block_id\":\"a\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"}}]}";

		assertThat(BlockKitLimits.broken("views.open", Map.of("view", view)))
			.containsExactly("the view's title longer than 24: 25", "block_id a twice");
	}

}
