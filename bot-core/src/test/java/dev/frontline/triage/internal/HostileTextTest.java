package dev.frontline.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Reason;
import dev.frontline.testing.CountingText;

/**
 * Text written to hurt triage: however it is written, it costs no more than its length to
 * read, and what triage says of it fits on a card.
 */
class HostileTextTest {

	static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	@Test
	void unclosedQuotationMarksAreReadInOnePass() {
		CountingText text = new CountingText("“".repeat(10_000) + " THIS IS LOUD");

		String outside = Text.withoutQuotations(text);

		assertThat(outside).endsWith(" THIS IS LOUD");
		// A pattern that tries every opening mark against the rest of the text reads it
		// about 50 million times; one pass reads it a few times.
		assertThat(text.reads()).isLessThan(10L * text.length());
	}

	@Test
	void quotationsAreStillLeftOutOfShouting() {
		assertThat(Text.withoutQuotations("the sign said \"KEEP LEFT\" and ‘NO ENTRY’, it's fine"))
			.isEqualTo("the sign said   and  , it's fine");
	}

	@Test
	void aPostOfNineHundredCapitalisedWordsHasAShortReadableShoutingReason() {
		String shouting = "WHERE IS MY LUGGAGE ".repeat(225).strip();

		Assessment assessment = ExampleTriage.engine()
			.assess(new ComplaintSignals("x", shouting, 10, 0, 0, 0, null, NOW, 0), NOW);

		assertThat(assessment.reasons()).extracting(Reason::label)
			.contains("shouting (WHERE, LUGGAGE, WHERE, LUGGAGE, WHERE and 445 more words in capitals)");
		assertThat(assessment.reasons())
			.allSatisfy(reason -> assertThat(reason.label()).hasSizeLessThanOrEqualTo(Reason.MAX_LABEL_LENGTH));
	}

	@Test
	void anyReasonLabelIsCappedWithAMark() {
		assertThat(new Reason("x".repeat(5_000), 3).label()).hasSize(Reason.MAX_LABEL_LENGTH).endsWith("…");
	}

}
