package dev.frontline.app;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo feed replayed on a local run, bound from {@code frontline.demo}.
 *
 * @param enabled whether to replay it at start-up
 * @param speed how many times faster than written to replay it (1 = about a minute)
 * @param keepData whether to carry on with the last run's data ({@code ./run-local
 * --keep}) instead of starting over in an emptied data directory; a feed already replayed
 * into it is not replayed again
 */
@ConfigurationProperties(prefix = "frontline.demo", ignoreUnknownFields = false)
public record DemoSettings(boolean enabled, double speed, boolean keepData) {

	public DemoSettings {
		if (speed == 0) {
			speed = 1;
		}
		if (speed < 0.01 || speed > 1000) {
			throw new IllegalArgumentException("frontline.demo.speed: must be between 0.01 and 1000, was " + speed);
		}
	}

}
