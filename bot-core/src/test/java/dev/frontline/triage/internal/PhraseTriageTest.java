package dev.frontline.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;

/** The rules of triage one at a time, with the example airline's configuration. */
class PhraseTriageTest {

	static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	final PhraseTriage triage = ExampleTriage.engine();

	@Test
	void sueInsideIssueIsNotALegalThreat() {
		Assessment assessment = assess("There was an issue with my seat, a tissue would have helped too.");

		assertThat(assessment.severity()).isNotEqualTo(Severity.SEV1);
		assertThat(assessment.reasons()).extracting(Reason::label).noneMatch(label -> label.startsWith("legal"));
	}

	@Test
	void aRiskThatIsDeniedIsNoRisk() {
		assertThat(assess("A drunk man kicked my seat all flight. It never got dangerous, but please cut people off.")
			.severity()).isNotEqualTo(Severity.SEV1);
		assertThat(assess("It got dangerous when the drunk man started a fight in row 12.").severity())
			.isEqualTo(Severity.SEV1);
	}

	@Test
	void aLegalThreatIsSev1AndNamesTheWord() {
		Assessment assessment = assess("My suitcase is gone and I am going to sue you.");

		assertThat(assessment.severity()).isEqualTo(Severity.SEV1);
		assertThat(assessment.reasons()).first().isEqualTo(new Reason("legal \"sue\"", 40));
		assertThat(assessment.team()).isEqualTo("baggage");
	}

	@Test
	void goingViralBySharesIsSev1EvenWhenMild() {
		Assessment assessment = triage.assess(signals("the new seats are a bit narrow lol", 300, 2_500, null), NOW);

		assertThat(assessment.severity()).isEqualTo(Severity.SEV1);
		assertThat(assessment.reasons()).extracting(Reason::label).contains("going viral: 2.5k shares");
	}

	@Test
	void highReachIsAtLeastSev2AndShowsTheFollowers() {
		Assessment assessment = triage.assess(signals("The app logs me out every time.", 48_210 + 10_000, 0, null),
				NOW);

		assertThat(assessment.severity()).isEqualTo(Severity.SEV2);
		assertThat(assessment.reasons()).contains(new Reason("reach 58.2k followers", 15));
	}

	@Test
	void aVipWhoseProblemIsLiveIsSev2ButNotWhenItIsOver() {
		String live = "Standing at the lounge desk right now and they won't let me in.";
		String over = "Last Tuesday the lounge desk would not let me in.";

		assertThat(triage.assess(signals(live, 200, 0, "gold"), NOW).severity()).isEqualTo(Severity.SEV2);
		assertThat(triage.assess(signals(over, 200, 0, "gold"), NOW).severity()).isIn(Severity.SEV3, Severity.SEV4);
		assertThat(triage.assess(signals(live, 200, 0, "silver"), NOW).severity()).isIn(Severity.SEV3, Severity.SEV4);
	}

	@Test
	void aVipWithHighImpactIsSev1() {
		String missedFuneral = "The cancellation made me miss my father's funeral.";

		assertThat(triage.assess(signals(missedFuneral, 200, 0, "platinum"), NOW).severity()).isEqualTo(Severity.SEV1);
		assertThat(triage.assess(signals(missedFuneral, 200, 0, "silver"), NOW).severity()).isEqualTo(Severity.SEV2);
	}

	@Test
	void anOldPostIsNotLiveWhateverItSays() {
		ComplaintSignals old = new ComplaintSignals("x", "Still at the gate right now, nobody here!", 200, 0, 0, 0,
				"gold", NOW.minus(Duration.ofDays(2)), 0);

		assertThat(triage.assess(old, NOW).reasons()).extracting(Reason::label).noneMatch(l -> l.startsWith("live"));
	}

	@Test
	void shoutingCountsButQuotedCapitalsAndFlightCodesDoNot() {
		Assessment quoted = assess("Got 'LAST CHANCE' emails about LK450 and JFK fares.");
		Assessment shouted = assess("WHERE IS MY BAG, nobody ANSWERS");

		assertThat(quoted.reasons()).extracting(Reason::label).noneMatch(label -> label.startsWith("shouting"));
		assertThat(shouted.reasons()).extracting(Reason::label).contains("shouting (WHERE, ANSWERS)");
	}

	@Test
	void aMildToneLowersTheScoreToSev4() {
		Assessment assessment = assess("Inflight magazine was from August. Not a big deal.");

		assertThat(assessment.severity()).isEqualTo(Severity.SEV4);
		assertThat(assessment.reasons()).contains(new Reason("mild tone \"not a big deal\"", -20));
	}

	@Test
	void sarcasmThatAsksForSomethingIsNotAMildGripe() {
		Assessment asking = assess("The recline was broken the whole flight 🙃 can i get the seat fee back pls");
		Assessment notAsking = assess("The recline was broken the whole flight 🙃");

		assertThat(asking.severity()).isEqualTo(Severity.SEV3);
		assertThat(asking.reasons()).extracting(Reason::label).noneMatch(label -> label.startsWith("mild"));
		assertThat(notAsking.severity()).isEqualTo(Severity.SEV4);
	}

	@Test
	void symbolsAreMatchedAsWrittenNotAsWords() {
		Assessment range = assess("Support says 3-5 days to reverse the double charge in the app.");

		assertThat(range.reasons()).extracting(Reason::label).noneMatch(label -> label.startsWith("mild"));
	}

	@Test
	void longerPhrasesAreReadBeforeTheirWords() {
		Assessment turbulence = assess("During turbulence a roller bag fell from the overhead bin onto my arm.");
		Assessment wallet = assess("The boarding pass in my phone wallet showed the wrong gate.");

		assertThat(turbulence.team()).isEqualTo("flight-ops");
		assertThat(wallet.team()).isEqualTo("digital");
	}

	@Test
	void nothingRecognisableGoesToTheDefaultTeam() {
		assertThat(assess("Hmm.").team()).isEqualTo("care-social");
		assertThat(assess("Hmm.").category()).isEqualTo("other");
	}

	@Test
	void repeatContactAddsPointsForEarlierUnresolvedComplaints() {
		ComplaintSignals again = new ComplaintSignals("x", "Still no answer about my refund.", 100, 0, 0, 0, null, NOW,
				2);

		assertThat(triage.assess(again, NOW).reasons())
			.contains(new Reason("repeat contact (2 unresolved before)", 10));
	}

	@Test
	void aRoutingRuleIsTriedBeforeTheCategories() {
		PhraseTriage routed = ExampleTriage.engine(Map.of("frontline.triage.routing[0].team", "loyalty",
				"frontline.triage.routing[0].tiers", "platinum", "frontline.triage.routing[0].sources", "x"));

		assertThat(routed.assess(signals("My bag is lost.", 100, 0, "platinum"), NOW).team()).isEqualTo("loyalty");
		assertThat(routed.assess(signals("My bag is lost.", 100, 0, "gold"), NOW).team()).isEqualTo("baggage");
	}

	@Test
	void acknowledgementSlasComeFromTheConfiguration() {
		assertThat(triage.acknowledgeWithin(Severity.SEV1)).contains(Duration.ofMinutes(5));
		assertThat(triage.acknowledgeWithin(Severity.SEV3)).contains(Duration.ofMinutes(60));
		assertThat(triage.acknowledgeWithin(Severity.SEV4)).isEmpty();
	}

	@Test
	void aCategoryNamingAnUnknownTeamIsRejectedWithItsKey() {
		assertThatThrownBy(() -> ExampleTriage.engine(Map.of("frontline.triage.categories.baggage.team", "bagage")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("frontline.triage.categories.baggage.team: no team named 'bagage'");
	}

	@Test
	void thresholdsOutOfOrderAreRejectedWithTheirKey() {
		assertThatThrownBy(() -> ExampleTriage.engine(Map.of("frontline.triage.thresholds.sev2", "10")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageStartingWith("frontline.triage.thresholds: need 0 < sev3 < sev2 < sev1");
	}

	private Assessment assess(String text) {
		return triage.assess(signals(text, 200, 0, null), NOW);
	}

	private static ComplaintSignals signals(String text, long followers, long shares, @Nullable String tier) {
		return new ComplaintSignals("x", text, followers, 0, shares, 0, tier, NOW.minus(Duration.ofMinutes(20)), 0);
	}

}
