package dev.frontline.console;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/** Reads typed lines from the terminal on a thread of its own until the input ends. */
class ConsoleCommandLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ConsoleCommandLoop.class);

	private final ConsoleTerminal terminal;

	private final ConsoleCommands commands;

	private final @Nullable ConsoleReports reports;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	ConsoleCommandLoop(ConsoleTerminal terminal, ConsoleCommands commands, ApplicationEventPublisher events) {
		this(terminal, commands, null, events);
	}

	ConsoleCommandLoop(ConsoleTerminal terminal, ConsoleCommands commands, @Nullable ConsoleReports reports,
			ApplicationEventPublisher events) {
		this.terminal = terminal;
		this.commands = commands;
		this.reports = reports;
		this.events = events;
	}

	@Override
	public void start() {
		running = true;
		Thread reader = new Thread(this::readLines, "frontline-console");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Runs each typed line until the input ends; visible for tests that drive a stream.
	 */
	void readLines() {
		String line;
		while (running && (line = terminal.readLine()) != null) {
			String answer;
			try {
				answer = reports != null && ConsoleReports.isReport(line) ? reports.run(line) : commands.run(line);
			}
			catch (RuntimeException ex) {
				// Only the command's first word: the rest may be a story or a reply with
				// personal data.
				log.error("Command {} failed", ConsoleText.oneLine(line.strip().split("\\s+", 2)[0]), ex);
				answer = "That did not work: " + ConsoleText.oneLine(String.valueOf(ex.getMessage()));
			}
			if (!answer.isEmpty()) {
				terminal.print(ConsoleRenderer.wrap(answer, terminal.width()));
			}
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
