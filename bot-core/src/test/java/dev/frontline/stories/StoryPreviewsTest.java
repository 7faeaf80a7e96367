package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.testing.MutableClock;

/**
 * A preview waits in the database, so Share works on any instance, yet nothing stored
 * says who wrote it: its row is sealed with the token the preview's form carries.
 */
@SpringBootTest
class StoryPreviewsTest {

	@Autowired
	StoryPreviews previews;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	static final StoryForm FORM = new StoryForm("A passenger shouted at the gate", "I listened and rebooked her",
			"A script for rebookings", null, "gate, rebooking", true);

	@Test
	void aHeldPreviewIsFoundByItsTokenUntilForgotten() {
		String token = previews.hold(new StoryPreviews.Held("U-ANON-AUTHOR", null, 1042L, FORM));

		assertThat(previews.find(token)).contains(new StoryPreviews.Held("U-ANON-AUTHOR", null, 1042L, FORM));
		previews.forget(token);
		assertThat(previews.find(token)).isEmpty();
	}

	@Test
	void theStoredRowNamesNeitherTheAuthorNorTheirWords() {
		String token = previews.hold(new StoryPreviews.Held("U-ANON-AUTHOR", null, null, FORM));

		String stored = String.join("|",
				jdbc.sql("select key_hash || ':' || sealed from story_preview").query(String.class).list());
		assertThat(stored).doesNotContain("U-ANON-AUTHOR").doesNotContain("shouted").doesNotContain(token);
	}

	@Test
	void aPreviewExpiresAndAStrangeTokenOpensNothing() {
		String token = previews.hold(new StoryPreviews.Held("U-STAFF", null, null, FORM));

		assertThat(previews.find("not-a-token")).isEmpty();
		assertThat(previews.find(token.substring(1) + "A")).isEmpty();
		clock.advance(StoryPreviews.KEPT_FOR.plus(Duration.ofSeconds(1)));
		assertThat(previews.find(token)).isEmpty();
	}

}
