package dev.frontline;

import org.springframework.beans.factory.annotation.Value;
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
	MutableClock clock(@Value("${frontline.test.clock-start:2026-11-20T08:00:00Z}") String start) {
		return MutableClock.startingAt(start);
	}

	@Bean
	RecordingChatPlatform recordingChatPlatform(MutableClock clock) {
		return new RecordingChatPlatform(clock);
	}

}
