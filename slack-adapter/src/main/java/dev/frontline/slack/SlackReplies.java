package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;

import dev.frontline.cases.CommandReply;
import dev.frontline.delivery.Card;

/**
 * A command's reply as blocks: its text as plain text (it may quote customers), then its
 * cards.
 */
final class SlackReplies {

	private SlackReplies() {
	}

	static List<LayoutBlock> blocks(CommandReply reply) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(s -> s.text(plainText(SlackText.fit(SlackText.untrusted(reply.text()), 2_900)))));
		for (Card card : reply.cards()) {
			blocks.addAll(CardBlocks.of(card));
		}
		return blocks;
	}

	static String fallback(CommandReply reply) {
		return SlackText.fit(SlackText.untrusted(reply.text()), 2_900);
	}

}
