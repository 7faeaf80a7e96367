package dev.frontline.triage.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

	@Test
	void aPhraseFindsItsWordsAndTheirPluralsOnly() {
		Text text = new Text("Two delays, three buses and the gas ran out. My bag is gone.");

		assertThat(text.contains(Phrase.of("delay"))).isTrue();
		assertThat(text.contains(Phrase.of("bus"))).isTrue();
		assertThat(text.contains(Phrase.of("gas ran out"))).isTrue();
		assertThat(text.contains(Phrase.of("bag"))).isTrue();
		assertThat(text.contains(Phrase.of("bags"))).isFalse();
		assertThat(text.contains(Phrase.of("ga"))).as("two letters take no plural").isFalse();
		assertThat(text.contains(Phrase.of("delayes"))).isFalse();
		assertThat(text.contains(Phrase.of("buse"))).as("a plural in s of 'buse' is 'buses' too").isTrue();
		assertThat(text.contains(Phrase.of("three bus"))).isTrue();
		assertThat(text.contains(Phrase.of("bus three"))).isFalse();
	}

	@Test
	void aDeniedPhraseIsNotAffirmed() {
		Text text = new Text("It never got dangerous, the crew were lovely.");

		assertThat(text.firstAffirmedOf(List.of(Phrase.of("dangerous")))).isEmpty();
		assertThat(text.firstOf(List.of(Phrase.of("dangerous")))).isPresent();
	}

	@Test
	void triageReadsALinkAsALinkAndLeavesChatMentionsOut() {
		assertThat(Text
			.asRead("<!channel> <@U0123ABC> my bag: https://x.example/lawyer-court-injury?a=1 and www.x.example"))
			.isEqualTo("  my bag: a link and a link");
		assertThat(Text.asRead("see <https://x.example/sue|my lawyer> and <#C42|general>"))
			.isEqualTo("see a link and ");
		assertThat(Text.asRead("@larkspurair lost my bag <3")).isEqualTo("@larkspurair lost my bag <3");
	}

}
