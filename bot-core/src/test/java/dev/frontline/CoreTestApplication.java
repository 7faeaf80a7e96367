package dev.frontline;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.frontline.testing.MutableClock;
import dev.frontline.testing.RecordingChatPlatform;

/**
 * The core's capabilities without any real chat adapter: a recording platform and a clock
 * tests move.
 */
@SpringBootApplication
public class CoreTestApplication {

	@Bean
	MutableClock clock() {
		return MutableClock.startingAt("2026-11-20T08:00:00Z");
	}

	@Bean
	RecordingChatPlatform recordingChatPlatform(MutableClock clock) {
		return new RecordingChatPlatform(clock);
	}

}
