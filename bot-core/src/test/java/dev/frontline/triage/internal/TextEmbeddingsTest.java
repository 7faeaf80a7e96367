package dev.frontline.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The embeddings' cache on disk: what one reader of labelled complaints kept, another
 * that waited for it reads back instead of embedding again, a vector let go of is
 * embedded again rather than kept twice, and reading them on every core keeps their
 * order.
 */
class TextEmbeddingsTest {

	static final long RECORD_BYTES = 32 + TextEmbeddings.DIMENSIONS * Float.BYTES;

	@TempDir
	Path cache;

	@Test
	void whatAnotherReaderKeptWhileThisOneWaitedIsReadBackNotEmbeddedAgain() throws IOException {
		Path file = cache.resolve("embeddings-" + TextEmbeddings.MODEL + ".bin");
		try (TextEmbeddings first = TextEmbeddings.rememberedIn(cache);
				TextEmbeddings second = TextEmbeddings.rememberedIn(cache)) {
			// Both opened the empty cache; the first reads and keeps a text.
			float[] kept = first.readingLabelled(() -> first.remembered("My bag never arrived in Oslo."));
			assertThat(Files.size(file)).isEqualTo(RECORD_BYTES);

			float[] readBack = second.readingLabelled(() -> second.remembered("My bag never arrived in Oslo."));

			assertThat(readBack).containsExactly(kept);
			assertThat(Files.size(file)).as("the second kept nothing more: it embedded nothing")
				.isEqualTo(RECORD_BYTES);
			assertThat(first.embedded()).isEqualTo(1);
			assertThat(second.embedded()).as("what was read back was not embedded").isZero();
		}
	}

	@Test
	void aTextAskedForAfterTheVectorsWereLetGoIsReadBackFromTheFileNotKeptTwice() throws IOException {
		Path file = cache.resolve("embeddings-" + TextEmbeddings.MODEL + ".bin");
		try (TextEmbeddings embeddings = TextEmbeddings.rememberedIn(cache)) {
			float[] kept = embeddings.readingLabelled(() -> embeddings.remembered("The lounge lost my gold status."));

			embeddings.letGoOfRemembered();
			float[] again = embeddings.remembered("The lounge lost my gold status.");
			float[] another = embeddings.remembered("A correction staff made afterwards.");

			assertThat(again).containsExactly(kept);
			assertThat(another).hasSize(TextEmbeddings.DIMENSIONS);
			assertThat(Files.size(file)).as("the first kept once, the new text once").isEqualTo(2 * RECORD_BYTES);
			assertThat(embeddings.embedded()).as("the first was read back from the file, not embedded again")
				.isEqualTo(2);
		}
	}

	@Test
	void aStartHoldsWhereTheFileKeepsEachVectorNotTheVectors() throws IOException {
		try (TextEmbeddings first = TextEmbeddings.rememberedIn(cache)) {
			first.readingLabelled(() -> first.remembered("My connection in Denver was missed."));
			first.readingLabelled(() -> first.remembered("The app charged me twice."));
		}
		try (TextEmbeddings restarted = TextEmbeddings.rememberedIn(cache);
				TextEmbeddings fresh = TextEmbeddings.inMemory()) {
			float[] second = restarted.readingLabelled(() -> restarted.remembered("The app charged me twice."));
			float[] first = restarted
				.readingLabelled(() -> restarted.remembered("My connection in Denver was missed."));

			assertThat(first).containsExactly(fresh.embed("My connection in Denver was missed."));
			assertThat(second).containsExactly(fresh.embed("The app charged me twice."));
			assertThat(restarted.embedded()).as("both read back from the file").isZero();
			assertThat(restarted.heldInMemory()).as("vectors held in memory").isZero();
		}
	}

	@Test
	void labelledComplaintsReadOnEveryCoreKeepTheirOrder() {
		PhraseTriage rules = ExampleTriage.engine();
		List<LabelledComplaint> examples = TriageConfiguration
			.labelled(List.of("file:" + TriageCrossValidationTest.LABELLED.toAbsolutePath() + "/writer-a.jsonl"),
					new PathMatchingResourcePatternResolver())
			.subList(0, 24);
		try (TextEmbeddings embeddings = TextEmbeddings.rememberedIn(cache)) {
			List<ComplaintFeatures> together = ComplaintFeatures.ofLabelled(examples, rules, embeddings);

			assertThat(together).hasSize(examples.size());
			for (int i = 0; i < examples.size(); i++) {
				ComplaintFeatures alone = ComplaintFeatures.ofLabelled(examples.get(i), rules, embeddings::remembered);
				assertThat(together.get(i).whole()).as(examples.get(i).id()).containsExactly(alone.whole());
				assertThat(together.get(i).forSeverity(new double[0], new double[0])).as(examples.get(i).id())
					.containsExactly(alone.forSeverity(new double[0], new double[0]));
			}
		}
	}

}
