package dev.frontline;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.frontline.testing.ShiftableClock;

/** The core with the Slack adapter, against a fake Slack on loopback. */
@SpringBootApplication
public class SlackTestApplication {

	/** The real time, which a test may move ahead to a due time. */
	@Bean
	ShiftableClock clock() {
		return new ShiftableClock();
	}

}
