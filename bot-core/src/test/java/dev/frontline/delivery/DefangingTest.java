package dev.frontline.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	void refusesASchemeThatIsNotAWord() {
		assertThatThrownBy(() -> new Defanging("a|b")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("a|b");
	}

}
