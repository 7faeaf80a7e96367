package dev.frontline.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import dev.frontline.stories.Nomination;
import dev.frontline.stories.StoryStatus;

/** A home stays short however much is waiting for someone. */
class HomesTest {

	@Test
	void sixtyNominationsShowFiveAndSayHowManyMore() {
		List<Nomination> nominations = LongStream.rangeClosed(1, 60)
			.mapToObj(id -> new Nomination(id, 1000 + id, "loyalty", "slack:U0STAFF", "Sam", "Sofia", false))
			.toList();
		List<Home.Part> parts = new ArrayList<>();

		Homes.story(parts, new StoryStatus("loyalty", null, null, nominations, List.of()));

		assertThat(parts).hasSizeLessThanOrEqualTo(3 + 2 * Homes.NOMINATIONS_SHOWN + 1);
		assertThat(parts.toString()).contains("Case 1005 was nominated")
			.doesNotContain("Case 1006 was nominated")
			.contains("… and 55 more nominated cases");
	}

}
