package dev.frontline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.conversation.Answers;

/**
 * Options given one by one become the text typed after {@code /case} and {@code /cases}.
 */
class CaseCommandOptionsTest {

	@Test
	void aCaseNumberIsTheNumber() {
		assertThat(CaseCommands.CASE.typed().apply(Answers.of(Map.of("number", "1042")))).isEqualTo("1042");
	}

	@Test
	void historyAsksForTheCasesWholeHistory() {
		assertThat(CaseCommands.CASE.typed().apply(Answers.of(Map.of("number", "1042", "history", "true"))))
			.isEqualTo("1042 history");
		assertThat(CaseCommands.CASE.typed().apply(Answers.of(Map.of("number", "1042", "history", "false"))))
			.isEqualTo("1042");
	}

	@Test
	void aSearchIsSearchAndItsWords() {
		assertThat(CaseCommands.CASE.typed().apply(Answers.of(Map.of("search", "lost bag"))))
			.isEqualTo("search lost bag");
	}

	@Test
	void noOptionIsNoArgumentsSoTheCommandExplainsTheUsage() {
		assertThat(CaseCommands.CASE.typed().apply(Answers.of(Map.of()))).isEmpty();
	}

	@Test
	void aPageOfAListIsPageAndItsNumber() {
		assertThat(CaseCommands.CASES.typed().apply(Answers.of(Map.of("filter", "open")))).isEqualTo("open");
		assertThat(CaseCommands.CASES.typed().apply(Answers.of(Map.of("filter", "open", "page", "2"))))
			.isEqualTo("open page 2");
	}

}
