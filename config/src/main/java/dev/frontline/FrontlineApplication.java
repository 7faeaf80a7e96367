package dev.frontline;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import dev.frontline.scheduling.DemoClock;

/** Frontline: the chat-ops bot for frontline customer-care teams. */
@SpringBootApplication
public class FrontlineApplication {

	public static void main(String[] args) {
		SpringApplication.run(FrontlineApplication.class, args);
	}

	/**
	 * The one clock every capability reads, so tests can move time instead of sleeping;
	 * in the demo, one the console can move on to the weekly story meeting.
	 */
	@Bean
	Clock clock(@Value("${frontline.demo.enabled:false}") boolean demo) {
		return demo ? new DemoClock(Clock.systemUTC()) : Clock.systemUTC();
	}

}
