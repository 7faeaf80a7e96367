package dev.frontline.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.cases.CaseTyping;
import dev.frontline.cases.Cases;
import dev.frontline.conversation.Conversation;
import dev.frontline.people.People;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.replies.ReplyTyping;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.delivery.PlainCards;
import dev.frontline.delivery.PlainText;

/** Cards read well on a terminal, and nothing a customer wrote can drive the terminal. */
class ConsoleCardsTest {

	/** Buttons typed as the core's capabilities declare them. */
	static final PlainCards RENDERER = new PlainCards(
			new Conversation(List.of(new CaseTyping(mock(Cases.class)), new ReplyTyping(mock(ReplyDrafts.class))),
					mock(People.class))
				.typing()::formOf);

	static final Card CARD = new Card("SEV2 · Case 1042 · OPEN", Card.Tone.HIGH,
			List.of(new Card.Field("Customer", "@jo (Jo) · 48k followers"), new Card.Field("Owner", "nobody yet")),
			"My bag is lost\nand nobody answers", List.of("Score 72: reach 48k followers +14"),
			List.of(new Card.Action("acknowledge", "Acknowledge", "1042", true),
					new Card.Action("escalate", "Escalate", "1042", false)),
			new Card.Link("Open the post", URI.create("https://social.example/x/1")));

	@Test
	void showsSeverityNumberHandleTextReasonsAndButtonsAndNoInternalReference() {
		String text = RENDERER.card("baggage", CARD, false, 100);

		assertThat(text).startsWith("┌ [!! ] SEV2 · Case 1042 · OPEN   #baggage\n")
			.contains("│ Customer: @jo (Jo) · 48k followers\n│ Owner: nobody yet")
			.contains("│ > My bag is lost\n│ > and nobody answers")
			.contains("Score 72: reach 48k followers +14")
			.contains("[Acknowledge] [Escalate]")
			.contains("type: ack 1042 | escalate 1042 <reason>")
			.doesNotContain("frontline-");
	}

	@Test
	void marksAnUpdateOfAnEarlierCard() {
		assertThat(RENDERER.card("baggage", CARD, true, 100)).startsWith("↻ ").contains("(card updated)");
	}

	@Test
	void aCardIsWrappedToTheWidthWithItsBoxIntact() {
		Card wordy = new Card("SEV3 · Case 7 · OPEN", Card.Tone.NORMAL, List.of(new Card.Field("Customer", "@x")),
				"I waited ".repeat(30) + "and a link https://example.com/" + "a".repeat(120), List.of(), List.of(),
				null);

		String text = RENDERER.card("care", wordy, false, 60);

		assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60))
			.allSatisfy(line -> assertThat(line).matches("^[┌│└].*"));
		assertThat(text.lines().filter(line -> line.startsWith("│ > ")).count()).isGreaterThan(5);
	}

	@Test
	void plainTextIsWrappedKeepingItsIndent() {
		String wrapped = PlainText.wrap("Heading\n  " + "word ".repeat(30).strip(), 40);

		assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
		assertThat(wrapped.lines().skip(2)).allSatisfy(line -> assertThat(line).startsWith("    word"));
	}

	@Test
	void escapeSequencesInCustomerTextAreShownNotObeyed() {
		Card hostile = new Card("SEV3 · Case 1 · OPEN", Card.Tone.NORMAL, List.of(), "\u001b[2J\u001b[31mFAKE\u0007",
				List.of(), List.of(), null);

		String text = RENDERER.card("care", hostile, false, 100);

		assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001b[2J\\u001b[31mFAKE\\u0007");
	}

	@Test
	void threadNotesNameWhatTheirCardIsAbout() {
		assertThat(RENDERER.note("baggage", "Case 1042", new ThreadNote("Acknowledged by Sam."), 100))
			.isEqualTo("  ↳ #baggage, Case 1042: Acknowledged by Sam.");
	}

	@Test
	void aDraftNoteShowsItsButtonsAndHowToTypeThem() {
		ThreadNote draft = new ThreadNote("Draft reply 3 by Sam:\nSorry Mara!", List.of(),
				List.of(new Card.Action("reply-approve", "Approve", "3:1", true),
						new Card.Action("reply-changes", "Request changes", "3", false),
						new Card.Action("reply-edit", "Edit", "3", false)));

		assertThat(RENDERER.note("baggage", "Case 1042", draft, 120))
			.isEqualTo("  ↳ #baggage, Case 1042: Draft reply 3 by Sam:\n    Sorry Mara!\n"
					+ "    [Approve] [Request changes] [Edit]   type: approve 3:1 | changes 3 <what to change> | edit 3");
	}

}
