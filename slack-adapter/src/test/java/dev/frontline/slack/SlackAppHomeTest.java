package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import com.slack.api.model.block.LayoutBlock;

import dev.frontline.stories.Nomination;
import dev.frontline.stories.StoryStatus;

/** App Home stays within Slack's 100 blocks however much is waiting for someone. */
class SlackAppHomeTest {

	@Test
	void sixtyNominationsShowFiveAndSayHowManyMore() {
		List<Nomination> nominations = LongStream.rangeClosed(1, 60)
			.mapToObj(id -> new Nomination(id, 1000 + id, "loyalty", "slack:U0STAFF", "Sam", "Sofia", false))
			.toList();
		List<LayoutBlock> blocks = new ArrayList<>();

		SlackAppHome.story(blocks, new StoryStatus("loyalty", null, null, nominations, List.of()));

		assertThat(blocks).hasSizeLessThanOrEqualTo(4 + 2 * SlackAppHome.NOMINATIONS_SHOWN + 1);
		assertThat(blocks.toString()).contains("Case 1005 was nominated")
			.doesNotContain("Case 1006 was nominated")
			.contains("… and 55 more nominated cases");
	}

}
