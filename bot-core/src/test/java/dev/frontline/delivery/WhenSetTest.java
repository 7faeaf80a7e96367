package dev.frontline.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A platform's wiring is on when its setting has text, and off when another has too. */
class WhenSetTest {

	@Configuration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		@WhenSet("frontline.test.token")
		String platform() {
			return "on";
		}

		@Bean
		@WhenSet(value = "frontline.test.token", unless = "frontline.test.other")
		Integer httpMode() {
			return 1;
		}

	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Wiring.class);

	@Test
	void onWhenTheSettingHasText() {
		context.withPropertyValues("frontline.test.token=t")
			.run(wired -> assertThat(wired).hasBean("platform").hasBean("httpMode"));
	}

	@Test
	void offWhenTheSettingIsUnsetOrBlank() {
		context.run(wired -> assertThat(wired).doesNotHaveBean("platform").doesNotHaveBean("httpMode"));
		context.withPropertyValues("frontline.test.token= ")
			.run(wired -> assertThat(wired).doesNotHaveBean("platform").doesNotHaveBean("httpMode"));
	}

	@Test
	void offUnlessTheOtherSettingIsUnset() {
		context.withPropertyValues("frontline.test.token=t", "frontline.test.other=o")
			.run(wired -> assertThat(wired).hasBean("platform").doesNotHaveBean("httpMode"));
		context.withPropertyValues("frontline.test.token=t", "frontline.test.other= ")
			.run(wired -> assertThat(wired).hasBean("httpMode"));
	}

}
