package dev.frontline;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.frontline.testing.ShiftableClock;

/** The core with the Discord adapter, against a fake Discord on loopback. */
@SpringBootApplication
public class DiscordTestApplication {

	/** The real time, which a test may move ahead to a due time. */
	@Bean
	ShiftableClock clock() {
		return new ShiftableClock();
	}

}
