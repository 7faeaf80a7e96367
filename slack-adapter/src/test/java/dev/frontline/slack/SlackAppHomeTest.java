package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.slack.api.model.block.LayoutBlock;

import dev.frontline.delivery.Card;
import dev.frontline.home.Home;

/** App Home stays within Slack's 100 blocks however much is waiting for someone. */
class SlackAppHomeTest {

	@Test
	void theLongestHomeStaysWithinAHundredBlocks() {
		// Every list at its longest: four lists of 15, the story with five nominations.
		List<Home.Part> parts = new ArrayList<>(List.of(new Home.Heading("Frontline")));
		for (int list = 0; list < 4; list++) {
			parts.add(new Home.Heading("A list (15)"));
			for (int entry = 0; entry < 15; entry++) {
				parts.add(new Home.Line("Case " + entry + " · <@U0EVERYONE> wrote " + "x".repeat(4_000)));
			}
		}
		parts.add(new Home.Heading("Your weekly story · loyalty"));
		for (int nomination = 0; nomination < 5; nomination++) {
			parts.add(new Home.Line("Case " + nomination + " was nominated for you."));
			parts.add(new Home.Buttons(List.of(new Card.Action("story-share-case", "Share this case as a story",
					String.valueOf(nomination), false))));
		}
		parts.add(new Home.Line("… and 55 more nominated cases: each shows here once one above is shared."));

		List<LayoutBlock> blocks = SlackAppHome.blocks(new Home(parts));

		assertThat(blocks).hasSizeLessThanOrEqualTo(100);
		assertThat(blocks.toString()).doesNotContain("<@U0EVERYONE>").contains("Case 4 was nominated for you.");
	}

}
