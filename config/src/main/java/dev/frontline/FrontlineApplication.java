package dev.frontline;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Frontline: the chat-ops bot for frontline customer-care teams. */
@SpringBootApplication
public class FrontlineApplication {

	public static void main(String[] args) {
		SpringApplication.run(FrontlineApplication.class, args);
	}

	/**
	 * The one clock every capability reads, so tests can move time instead of sleeping.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
