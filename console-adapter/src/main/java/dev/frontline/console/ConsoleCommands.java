package dev.frontline.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.TypedLines;
import dev.frontline.delivery.ImagePost;
import dev.frontline.people.Actor;
import dev.frontline.delivery.PlainCards;
import dev.frontline.delivery.PlainText;

/**
 * Reads typed lines from the terminal on a thread of its own until the input ends, hands
 * each to the core as the person at the terminal typed it, and prints what it comes to:
 * its words, cards, a form with how to submit it, a chart's file.
 */
class ConsoleCommands implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ConsoleCommands.class);

	/** {@code as <user> <line>}: the local demo's one person playing every part. */
	private static final String AS = "as";

	private static final String AS_HELP = "           as <user> <line> (act as another person; the local demo only)";

	private final ConsoleTerminal terminal;

	private final Conversation conversation;

	private final PlainCards cards;

	private final ConsoleSettings settings;

	/** Where pictures are written, as a terminal cannot show them. */
	private final Path pictures;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	ConsoleCommands(ConsoleTerminal terminal, Conversation conversation, PlainCards cards, ConsoleSettings settings,
			Path pictures, ApplicationEventPublisher events) {
		this.terminal = terminal;
		this.conversation = conversation;
		this.cards = cards;
		this.settings = settings;
		this.pictures = pictures;
		this.events = events;
	}

	/**
	 * What may be typed at a place of the line: as the core says, and {@code as} first.
	 */
	static List<String> complete(TypedLines typing, List<String> words, int place) {
		List<String> completions = new ArrayList<>(typing.completions(words, place));
		if (place == 0) {
			completions.add(AS);
		}
		return completions;
	}

	/** Runs one typed line as the person at the terminal and returns what to print. */
	String run(String line) {
		String[] words = line.strip().split("\\s+", 3);
		Actor operator = new Actor(ConsoleChatPlatform.NAME, settings.user(), settings.displayName());
		if (!words[0].equalsIgnoreCase(AS)) {
			String answer = print(conversation.typed(operator, line));
			return words[0].matches("(?i)help|\\?") ? answer + "\n" + AS_HELP : answer;
		}
		if (!settings.actAsOthers()) {
			return "Sorry, \"as <user>\" only works in the local demo (./run-local, or"
					+ " frontline.console.act-as-others=true): here you act as yourself, " + operator.displayName()
					+ ".";
		}
		if (words.length < 3) {
			return "Usage: as <user> <line>, for a person with a console identity under frontline.people";
		}
		return print(conversation.typed(new Actor(ConsoleChatPlatform.NAME, words[1], words[1]), words[2]));
	}

	/** What a line came to, as the terminal shows it. */
	private String print(Outcome outcome) {
		if (outcome instanceof Outcome.Show show) {
			return conversation.typing().asText(show.form());
		}
		Outcome.Answer answer = Outcome.Answer.of(outcome);
		List<String> parts = new ArrayList<>(List.of(PlainText.inert(answer.text())));
		answer.cards().forEach(card -> parts.add(cards.card(null, card, false, terminal.width())));
		if (answer.picture() != null) {
			parts.add(chart(answer.picture().get()));
		}
		parts.removeIf(String::isEmpty);
		return String.join("\n", parts);
	}

	/** Writes a chart to a file and says where, as a terminal cannot show it. */
	private String chart(ImagePost chart) {
		try {
			return "Chart: " + chart.writeInto(pictures);
		}
		catch (IOException ex) {
			return "The chart could not be written to " + pictures + ": " + ex.getMessage();
		}
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
				answer = run(line);
			}
			catch (RuntimeException ex) {
				// Only the command's first word: the rest may be a story or a reply with
				// personal data.
				log.error("Command {} failed", PlainText.oneLine(line.strip().split("\\s+", 2)[0]), ex);
				answer = "That did not work: " + PlainText.oneLine(String.valueOf(ex.getMessage()));
			}
			if (!answer.isEmpty()) {
				terminal.print(PlainText.wrap(answer, terminal.width()));
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
