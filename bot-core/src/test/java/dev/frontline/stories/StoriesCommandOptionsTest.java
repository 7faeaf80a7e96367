package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.conversation.Answers;

/** Options given one by one become the text typed after {@code /stories}. */
class StoriesCommandOptionsTest {

	@Test
	void noOptionIsNoArguments() {
		assertThat(StoriesCommand.STORIES.typed().apply(Answers.of(Map.of()))).isEmpty();
	}

	@Test
	void aThemeIsThemeAndItsTagElseTheWeek() {
		assertThat(StoriesCommand.STORIES.typed().apply(Answers.of(Map.of("show", "last-week"))))
			.isEqualTo("last-week");
		assertThat(StoriesCommand.STORIES.typed().apply(Answers.of(Map.of("show", "last-week", "theme", "baggage"))))
			.isEqualTo("theme baggage");
		assertThat(StoriesCommand.STORIES.typed()
			.apply(Answers.of(Map.of("show", "last-week", "theme", "baggage", "nominate", "1042"))))
			.isEqualTo("nominate 1042");
	}

}
