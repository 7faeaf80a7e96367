package dev.frontline.people;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Binds {@code frontline.people} by hand: a person's key sits beside {@code roles} and
 * {@code groups}, which a bound record cannot say.
 */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

	@Bean
	PeopleSettings peopleSettings(Environment environment) {
		return PeopleSettings.bind(Binder.get(environment));
	}

}
