package dev.frontline.triage.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.frontline.teams.Teams;
import dev.frontline.teams.TeamsSettings;
import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;
import dev.frontline.triage.TriageSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learned layer on the example airline's labelled complaints, judging complaints
 * written here in words none of its phrase lists hold.
 */
class LearnedTriageTest {

	static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	static PhraseTriage rules;

	static LearnedTriage learned;

	@BeforeAll
	static void fit() {
		var binder = ExampleTriage.binder(java.util.Map.of());
		TriageSettings settings = binder.bind("frontline.triage", TriageSettings.class).get();
		Teams teams = new Teams(binder.bind("frontline", TeamsSettings.class).get());
		rules = new PhraseTriage(settings, teams);
		List<LabelledComplaint> examples = TriageConfiguration.labelled(
				List.of("file:" + TriageCrossValidationTest.LABELLED.toAbsolutePath() + "/*.jsonl"),
				new PathMatchingResourcePatternResolver());
		learned = new LearnedTriage(rules, () -> TextEmbeddings.rememberedIn(TriageConfiguration.DEFAULT_CACHE),
				examples, List.copyOf(teams.names()), LearnedModel.Tuning.DEFAULT,
				FittedClassifierFiles.in(TriageConfiguration.DEFAULT_CACHE));
	}

	@AfterAll
	static void close() {
		learned.close();
	}

	static ComplaintSignals complaint(String text, long followers, String tier) {
		return new ComplaintSignals("x", text, followers, 3, 1, 2, tier, NOW.minusSeconds(600), 0);
	}

	@Test
	void anInjuryToldAsWhatHappenedToTheBodyIsSev1WhereTheRulesSeeNoRisk() {
		ComplaintSignals injury = complaint("The drinks trolley rolled into my daughter's elbow in the aisle on "
				+ "LK220. By landing it had swollen like a golf ball and we spent our first night of the holiday "
				+ "at urgent care getting it x-rayed. Not one word from the crew.", 800, null);

		Assessment byRules = rules.assess(injury, NOW);
		Assessment byBoth = learned.assess(injury, NOW);

		assertThat(byRules.severity()).isNotEqualTo(Severity.SEV1);
		assertThat(byBoth.severity()).isEqualTo(Severity.SEV1);
		assertThat(byBoth.reasons().getFirst().label()).startsWith("reads like SEV1 (")
			.contains("), a risk to safety or health: closest to labelled SEV1");
	}

	@Test
	void theReasonSaysWhichOfTheRubricsRisksAComplaintReadsLike() {
		ComplaintSignals producer = complaint("I produce the consumer slot on a regional evening programme and "
				+ "we are putting together a piece on LK flights that leave families split across rows. Your "
				+ "office has not returned three calls this week.", 900, null);
		ComplaintSignals letter = complaint(
				"My solicitor has now written to Larkspur about the refund you "
						+ "promised in March and never paid. If it is not in my account by Friday we file the claim.",
				120, null);

		assertThat(learned.assess(producer, NOW).reasons().getFirst().label()).startsWith("reads like SEV1 (")
			.contains("), the press: ");
		assertThat(learned.assess(letter, NOW).reasons().getFirst().label()).startsWith("reads like SEV1 (")
			.contains("), a legal threat: ");
	}

	@Test
	void aLoyaltyComplaintThatMentionsTheAppGoesToLoyalty() {
		ComplaintSignals points = complaint("Flew LK400 and LK401 last month, both in the app under my number, "
				+ "and the miles for the return leg never posted. Member services keeps telling me to wait "
				+ "another six weeks.", 150, "gold");

		assertThat(learned.assess(points, NOW).team()).isEqualTo("loyalty");
	}

	@Test
	void anOrdinaryComplaintSharedAFewHundredTimesIsNotAPageUntilItGoesViral() {
		String text = "Six hours from Boston to Seattle on LK318 and the screen in 23C was dead from push-back "
				+ "to landing. The crew said they'd log it. I paid for the seat with the 'premium entertainment', "
				+ "so can I at least get the seat fee back?";
		ComplaintSignals shared = new ComplaintSignals("x", text, 24_000, 5_200, 640, 310, null,
				NOW.minusSeconds(3_600), 0);
		ComplaintSignals viral = new ComplaintSignals("x", text, 24_000, 9_800, 1_200, 450, null,
				NOW.minusSeconds(3_600), 0);

		assertThat(learned.assess(shared, NOW).severity()).isEqualTo(Severity.SEV3);
		assertThat(learned.assess(viral, NOW).severity()).isEqualTo(Severity.SEV1);
	}

	@Test
	void aQuoteInAReasonAddressesNobody() {
		Assessment assessment = learned.assess(
				complaint("@channel my bag is lost <@U123> and my <https://evil.example|lawyer> knows", 10, null), NOW);

		assertThat(assessment.reasons()).extracting(Reason::label)
			.allSatisfy(label -> assertThat(label).doesNotContain("@", "<", ">", "https"));
	}

	@Test
	void aLegalThreatInAShortSarcasticPostIsSev1AndTheReasonsNameItsWords() {
		Assessment assessment = learned
			.assess(complaint("my solicitor is writing to you about the 300k miles you wiped off my account. enjoy", 90,
					"platinum"), NOW);

		assertThat(assessment.severity()).isEqualTo(Severity.SEV1);
		assertThat(assessment.reasons()).extracting(Reason::label)
			.anySatisfy(label -> assertThat(label).startsWith("words that lean to SEV1: ").contains("solicitor"));
	}

	@Test
	void whatALinkSpellsDoesNotMoveTheRating() {
		String complaint = "my lounge pass was refused at ORD even though I'm Platinum. photo: ";

		Assessment plain = learned.assess(complaint(complaint + "https://pics.example/p/8812", 40, "platinum"), NOW);
		Assessment spelled = learned.assess(
				complaint(complaint + "https://pics.example/lawyer-court-injury-urgent-press", 40, "platinum"), NOW);

		assertThat(spelled.severity()).isEqualTo(plain.severity());
		assertThat(spelled.reasons().getFirst().label()).isEqualTo(plain.reasons().getFirst().label());
	}

}
