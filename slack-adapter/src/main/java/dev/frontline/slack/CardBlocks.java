package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;

import dev.frontline.conversation.Outcome;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ThreadNote;

/**
 * A card in Block Kit. Every string of the card is plain text to Slack, escaped and
 * defanged, so nothing in it can mention, notify, link or format; only the source link is
 * built as a link, from the URL intake validated.
 */
final class CardBlocks {

	/** Slack's limit on a header's text. */
	static final int HEADER_LIMIT = 150;

	private static final int SECTION_LIMIT = 2_900;

	private CardBlocks() {
	}

	/**
	 * The notification text shown where blocks are not: the title only, never customer
	 * text.
	 */
	static String fallback(Card card) {
		return SlackText.untrusted(card.title());
	}

	static List<LayoutBlock> of(Card card) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header(h -> h.text(plainText(
				SlackText.fit(card.tone().marker() + " " + SlackText.untrusted(card.title()), HEADER_LIMIT)))));
		if (!card.fields().isEmpty()) {
			List<TextObject> fields = card.fields()
				.stream()
				.limit(10)
				.map(field -> (TextObject) plainText(
						SlackText.fit(SlackText.untrusted(field.label() + ": " + field.value()), 1_900)))
				.toList();
			blocks.add(section(s -> s.fields(fields)));
		}
		if (card.quote() != null) {
			blocks.add(inert(card.quote()));
		}
		for (String detail : card.details()) {
			blocks.add(context(c -> c.elements(List.of(plainText(SlackText.fit(SlackText.untrusted(detail), 1_900))))));
		}
		if (card.link() != null) {
			String url = SlackText.escape(card.link().url().toString()).replace("|", "%7C");
			blocks.add(context(c -> c
				.elements(List.of(markdownText("<" + url + "|" + SlackText.escape(card.link().label()) + ">")))));
		}
		if (!card.actions().isEmpty()) {
			blocks.add(buttons(card.actions()));
		}
		return blocks;
	}

	/**
	 * A thread note with buttons, such as a draft reply: the mentions (from
	 * configuration) as the only markup, the note as plain text, then its buttons.
	 */
	static List<LayoutBlock> ofNote(String mentions, ThreadNote note) {
		List<LayoutBlock> blocks = new ArrayList<>();
		if (!mentions.isBlank()) {
			blocks.add(section(s -> s.text(markdownText(mentions.strip()))));
		}
		blocks.add(inert(note.text()));
		blocks.add(buttons(note.actions()));
		return blocks;
	}

	/**
	 * A command's answer: its text as plain text (it may quote customers), then its
	 * cards.
	 */
	static List<LayoutBlock> ofAnswer(Outcome.Answer answer) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(inert(answer.text()));
		answer.cards().forEach(card -> blocks.addAll(of(card)));
		return blocks;
	}

	/**
	 * Text that may quote a customer, as a section that cannot link, mention or format.
	 */
	static LayoutBlock inert(String text) {
		return section(s -> s.text(plainText(SlackText.fit(SlackText.untrusted(text), SECTION_LIMIT))));
	}

	/** A row of buttons, as on cards and thread notes. */
	static LayoutBlock buttons(List<Card.Action> actions) {
		List<BlockElement> buttons = actions.stream()
			.map(action -> (BlockElement) button(b -> b.actionId(action.id())
				.text(plainText(SlackText.escape(action.label())))
				.value(action.value())
				.style(action.primary() ? "primary" : null)))
			.toList();
		return actions(a -> a.elements(buttons));
	}

}
