package dev.frontline.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DefangingTest {

	private final Defanging slack = new Defanging("slack");

	@Test
	void breaksLinksAndDomainsSoNoClientLinksThem() {
		assertThat(slack.apply("see https://evil.example/pay or mail me at mailto:a@b.co"))
			.isEqualTo("see https[:]//evil[.]example/pay or mail me at mailto[:]a@b[.]co");
	}

	@Test
	void breaksThePlatformsOwnSchemesOnlyWhereAsked() {
		assertThat(slack.apply("slack://open")).isEqualTo("slack[:]//open");
		assertThat(new Defanging("discord", "steam").apply("slack://open steam://run"))
			.isEqualTo("slack://open steam[:]//run");
	}

	@Test
	void leavesOrdinaryTextAlone() {
		assertThat(slack.apply("My bag is lost. Flight 12.30, row 4: help!"))
			.isEqualTo("My bag is lost. Flight 12.30, row 4: help!");
	}

	@Test
	void defangsTheDomainsTheRuleAsARegularExpressionDefangs() {
		// The rule that reading by hand replaced: a dot after a letter, digit or hyphen,
		// before two or more letters that end a word.
		Pattern domainDot = Pattern.compile("(?i)(?<=[a-z0-9-])\\.(?=[a-z]{2,}\\b)");
		Defanging none = new Defanging();
		Random random = new Random(20261203);
		String alphabet = "ab.Z9_-. é.x.c0";
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(12); length > 0; length--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String expected = domainDot.matcher(text).replaceAll("[.]");
			assertThat(none.apply(text.toString())).as(text.toString()).isEqualTo(expected);
		}
		assertThat(none.apply("Ask x.com, e.g. visit a-b.co_uk or 12.30. Or café.fr."))
			.isEqualTo("Ask x[.]com, e.g. visit a-b.co_uk or 12.30. Or café.fr.");
	}

	@Test
	void refusesASchemeThatIsNotAWord() {
		assertThatThrownBy(() -> new Defanging("a|b")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("a|b");
	}

}
