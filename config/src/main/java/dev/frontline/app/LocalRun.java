package dev.frontline.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;

import dev.frontline.console.ConsoleInputClosed;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.incidents.Incidents;

/**
 * Ends a local run when the terminal's input closes: after the demo feed is replayed and
 * every card has been shown, so piping commands in (or {@code < /dev/null}) runs to
 * completion.
 */
class LocalRun {

	private static final Logger log = LoggerFactory.getLogger(LocalRun.class);

	private static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);

	private final Optional<DemoReplay> demo;

	private final DeliveryQueue delivery;

	private final Incidents incidents;

	private final ConfigurableApplicationContext context;

	LocalRun(Optional<DemoReplay> demo, DeliveryQueue delivery, Incidents incidents,
			ConfigurableApplicationContext context) {
		this.demo = demo;
		this.delivery = delivery;
		this.incidents = incidents;
		this.context = context;
	}

	@EventListener
	void onInputClosed(ConsoleInputClosed closed) {
		Thread exit = new Thread(this::finishAndExit, "frontline-exit");
		exit.start();
	}

	private void finishAndExit() {
		try {
			if (demo.isPresent()) {
				demo.get().awaitFinished();
			}
			// The last counts of an incident would otherwise wait for update-every.
			incidents.showWaitingCards();
			Instant giveUp = Instant.now().plus(DRAIN_LIMIT);
			while (delivery.pendingCount() > 0 && Instant.now().isBefore(giveUp)) {
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Input closed and work done; exiting");
		System.exit(SpringApplication.exit(context));
	}

}
