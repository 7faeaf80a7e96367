package dev.frontline.app;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides {@code frontline.console.enabled: auto}: the terminal is the chat platform
 * exactly when no other platform's credentials are configured. Decided here, in the
 * composition root, because no adapter may know of another.
 */
class ConsoleDefault implements EnvironmentPostProcessor, Ordered {

	static final String KEY = "frontline.console.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!"auto".equalsIgnoreCase(environment.getProperty(KEY, "auto"))) {
			return;
		}
		boolean otherPlatform = StringUtils.hasText(environment.getProperty("frontline.slack.bot-token"))
				|| StringUtils.hasText(environment.getProperty("frontline.discord.bot-token"));
		environment.getPropertySources()
			.addFirst(new MapPropertySource("frontlineConsoleDefault", Map.of(KEY, String.valueOf(!otherPlatform))));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
