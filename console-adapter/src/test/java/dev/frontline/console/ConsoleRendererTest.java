package dev.frontline.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ThreadNote;

/** Cards read well on a terminal, and nothing a customer wrote can drive the terminal. */
class ConsoleRendererTest {

	static final Card CARD = new Card("SEV2 · Case 1042 · OPEN", Card.Tone.HIGH,
			List.of(new Card.Field("Customer", "@jo (Jo) · 48k followers"), new Card.Field("Owner", "nobody yet")),
			"My bag is lost\nand nobody answers", List.of("Score 72: reach 48k followers +14"),
			List.of(new Card.Action("acknowledge", "Acknowledge", "1042", true),
					new Card.Action("escalate", "Escalate", "1042", false)),
			new Card.Link("Open the post", URI.create("https://social.example/x/1")));

	@Test
	void showsSeverityNumberHandleTextReasonsAndButtons() {
		String text = ConsoleRenderer.card("baggage", "frontline-7", CARD, false);

		assertThat(text).contains("[!! ] SEV2 · Case 1042 · OPEN   #baggage  (frontline-7)")
			.contains("Customer: @jo (Jo) · 48k followers · Owner: nobody yet")
			.contains("│ > My bag is lost\n│ > and nobody answers")
			.contains("Score 72: reach 48k followers +14")
			.contains("[Acknowledge] [Escalate]")
			.contains("type: ack 1042 | escalate 1042 <reason>");
	}

	@Test
	void marksAnUpdateOfAnEarlierCard() {
		assertThat(ConsoleRenderer.card("baggage", "frontline-7", CARD, true)).startsWith("↻ ")
			.contains("(updated frontline-7)");
	}

	@Test
	void escapeSequencesInCustomerTextAreShownNotObeyed() {
		Card hostile = new Card("SEV3 · Case 1 · OPEN", Card.Tone.NORMAL, List.of(), "\u001b[2J\u001b[31mFAKE\u0007",
				List.of(), List.of(), null);

		String text = ConsoleRenderer.card("care", "r", hostile, false);

		assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001b[2J\\u001b[31mFAKE\\u0007");
	}

	@Test
	void threadNotesNameTheirCard() {
		assertThat(ConsoleRenderer.note("baggage", "frontline-7", new ThreadNote("Acknowledged by Sam.")))
			.isEqualTo("  ↳ #baggage thread of frontline-7: Acknowledged by Sam.");
	}

	@Test
	void aDraftNoteShowsItsButtonsAndHowToTypeThem() {
		ThreadNote draft = new ThreadNote("Draft reply 3 by Sam:\nSorry Mara!", List.of(),
				List.of(new Card.Action("reply-approve", "Approve", "3:1", true),
						new Card.Action("reply-changes", "Request changes", "3", false),
						new Card.Action("reply-edit", "Edit", "3", false)));

		assertThat(ConsoleRenderer.note("baggage", "frontline-7", draft))
			.isEqualTo("  ↳ #baggage thread of frontline-7: Draft reply 3 by Sam:\n    Sorry Mara!\n"
					+ "    [Approve] [Request changes] [Edit]   type: approve 3:1 | changes 3 <what to change> | edit 3");
	}

}
