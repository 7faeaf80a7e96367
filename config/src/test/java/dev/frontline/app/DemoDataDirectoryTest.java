package dev.frontline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontline.app.DemoDataDirectory.Outcome;

/**
 * The demo starts over in its own directory at each start, keeps it when asked, and never
 * empties a directory it did not write.
 */
class DemoDataDirectoryTest {

	@TempDir
	Path parent;

	@Test
	void aNewDirectoryIsMadeAndMarkedAsTheDemos() {
		Path demo = parent.resolve("data/demo");

		assertThat(DemoDataDirectory.prepare(demo, false)).isEqualTo(Outcome.NEW);

		assertThat(demo.resolve(DemoDataDirectory.MARKER)).isRegularFile();
	}

	@Test
	void theLastRunsDataIsDeletedAtTheNextStart() throws IOException {
		Path demo = parent.resolve("demo");
		DemoDataDirectory.prepare(demo, false);
		Files.writeString(demo.resolve("frontline.mv.db"), "last run's cases");
		Files.writeString(demo.resolve(DemoDataDirectory.REPLAYED), "replayed");
		Files.createDirectories(demo.resolve("nested"));
		Files.writeString(demo.resolve("nested/frontline.log"), "log");

		assertThat(DemoDataDirectory.prepare(demo, false)).isEqualTo(Outcome.STARTED_OVER);

		try (var left = Files.list(demo)) {
			assertThat(left.map(path -> path.getFileName().toString())).containsExactly(DemoDataDirectory.MARKER);
		}
	}

	@Test
	void theLastRunsDataIsKeptWhenAsked() throws IOException {
		Path demo = parent.resolve("demo");
		DemoDataDirectory.prepare(demo, false);
		Files.writeString(demo.resolve("frontline.mv.db"), "last run's cases");

		assertThat(DemoDataDirectory.prepare(demo, true)).isEqualTo(Outcome.KEPT);

		assertThat(demo.resolve("frontline.mv.db")).hasContent("last run's cases");
	}

	@Test
	void aDirectoryHoldingDataTheDemoDidNotWriteIsRefusedAndLeftAlone() throws IOException {
		Path operators = parent.resolve("data");
		Files.createDirectories(operators);
		Files.writeString(operators.resolve("frontline.mv.db"), "an operator's cases");

		Throwable refusal = catchThrowable(() -> DemoDataDirectory.prepare(operators, false));

		assertThat(refusal).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("frontline.data-dir: " + operators)
			.hasMessageContaining("did not write")
			.hasMessageContaining("./run-local --keep");
		assertThat(operators.resolve("frontline.mv.db")).hasContent("an operator's cases");
		assertThat(operators.resolve(DemoDataDirectory.MARKER)).doesNotExist();
	}

	@Test
	void aDirectoryTheDemoDidNotWriteIsUsedAsItIsWhenKept() throws IOException {
		Path operators = parent.resolve("data");
		Files.createDirectories(operators);
		Files.writeString(operators.resolve("frontline.mv.db"), "an operator's cases");

		assertThat(DemoDataDirectory.prepare(operators, true)).isEqualTo(Outcome.KEPT);

		assertThat(operators.resolve("frontline.mv.db")).hasContent("an operator's cases");
		assertThat(operators.resolve(DemoDataDirectory.MARKER)).doesNotExist();
	}

}
