package dev.frontline;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The core with the Slack adapter, against a fake Slack on loopback. */
@SpringBootApplication
public class SlackTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
