package dev.frontline.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/** Reads typed lines from the terminal on a thread of its own until the input ends. */
class ConsoleCommandLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ConsoleCommandLoop.class);

	private final InputStream in;

	private final PrintStream out;

	private final ConsoleCommands commands;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	ConsoleCommandLoop(InputStream in, PrintStream out, ConsoleCommands commands, ApplicationEventPublisher events) {
		this.in = in;
		this.out = out;
		this.commands = commands;
		this.events = events;
	}

	@Override
	public void start() {
		running = true;
		Thread reader = new Thread(this::readLines, "frontline-console");
		reader.setDaemon(true);
		reader.start();
	}

	private void readLines() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while (running && (line = lines.readLine()) != null) {
				String answer;
				try {
					answer = commands.run(line);
				}
				catch (RuntimeException ex) {
					log.error("Command failed: {}", ConsoleText.oneLine(line), ex);
					answer = "That did not work: " + ex.getMessage();
				}
				if (!answer.isEmpty()) {
					synchronized (out) {
						out.println(answer);
						out.flush();
					}
				}
			}
		}
		catch (IOException ex) {
			log.warn("Reading the terminal failed: {}", ex.toString());
		}
		if (running) {
			events.publishEvent(new ConsoleInputClosed());
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// Start after the delivery worker and the web server, so commands find everything
		// running.
		return Integer.MAX_VALUE - 100;
	}

}
