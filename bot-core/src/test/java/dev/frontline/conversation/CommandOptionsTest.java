package dev.frontline.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.conversation.CommandOptions.Option;

/** A command given option by option reads as the text typed after it. */
class CommandOptionsTest {

	static final CommandOptions CASES = new CommandOptions("/cases", "List cases privately", true, false,
			List.of(Option.text("filter", "Which cases"), Option.number("page", "Which page"),
					Option.yesNo("history", "All of it")),
			answers -> answers.text("filter") + "|" + answers.text("page") + "|" + answers.ticked("history"));

	@Test
	void theOptionsGivenAreReadByNameStrippedAndThoseNotGivenAreLeftOut() {
		Map<String, String> given = Map.of("filter", " open ", "history", "true", "other", "x");

		assertThat(CASES.typedFrom(given::get)).isEqualTo("open||true");
	}

}
