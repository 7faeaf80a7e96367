package dev.frontline.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jspecify.annotations.Nullable;

/**
 * The terminal through JLine: a prompt with history, line editing and completion of
 * commands and case numbers; whatever arrives meanwhile is printed above the line being
 * typed. With no terminal (input from a pipe or a file) it is a dumb one: no colour, no
 * editing, the same commands.
 */
final class ConsoleTerminal implements AutoCloseable {

	static final String PROMPT = "frontline> ";

	/** Lines that start with a severity or a card's marker get its colour. */
	private static final Pattern SEVERITY = Pattern
		.compile("^([┌↻] )?(\\[!!!]|\\[!! ]|\\[! {2}]|\\[ {3}]|\\[ ✓ ]|SEV[1-4])");

	/** How wide text is laid out when the terminal does not say. */
	private static final int DEFAULT_WIDTH = 80;

	private final Terminal terminal;

	private final LineReader reader;

	private ConsoleTerminal(Terminal terminal, Supplier<List<Long>> caseNumbers) {
		this.terminal = terminal;
		if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
			// Input from a pipe is not typed: the prompt shows each line once, as it
			// runs.
			terminal.echo(false);
		}
		this.reader = LineReaderBuilder.builder()
			.terminal(terminal)
			.appName("frontline")
			.completer(
					(lineReader, line, candidates) -> complete(line.words(), line.wordIndex(), caseNumbers, candidates))
			.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
			.option(LineReader.Option.AUTO_FRESH_LINE, true)
			.build();
	}

	/**
	 * The process's own terminal when it has one; else, with input from a pipe or a file,
	 * a dumb terminal over {@code System.in} and {@code System.out}. JLine's native
	 * providers are left out: they need native access the launcher does not grant; the
	 * exec provider asks {@code stty} instead.
	 */
	static ConsoleTerminal system(Supplier<List<Long>> caseNumbers) {
		Terminal terminal;
		try {
			terminal = TerminalBuilder.builder()
				.system(true)
				.ffm(false)
				.jni(false)
				.jna(false)
				.jansi(false)
				.dumb(false)
				.build();
		}
		catch (IOException | IllegalStateException notATerminal) {
			return of(System.in, System.out, caseNumbers);
		}
		return new ConsoleTerminal(terminal, caseNumbers);
	}

	/**
	 * A dumb terminal over these streams, as when input comes from a pipe. Its input is
	 * not echoed: the prompt shows each line once, as it runs.
	 */
	static ConsoleTerminal of(InputStream in, OutputStream out, Supplier<List<Long>> caseNumbers) {
		try {
			// Paused until echo is off, or the first line would be echoed as it arrives.
			Terminal terminal = TerminalBuilder.builder()
				.system(false)
				.streams(in, out)
				.type(Terminal.TYPE_DUMB)
				.paused(true)
				.ffm(false)
				.jni(false)
				.jna(false)
				.jansi(false)
				.build();
			terminal.echo(false);
			terminal.resume();
			return new ConsoleTerminal(terminal, caseNumbers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The terminal could not be opened", ex);
		}
	}

	/**
	 * The next typed line, or null once the input ends; Ctrl-C abandons the line being
	 * typed.
	 */
	@Nullable String readLine() {
		while (true) {
			try {
				return reader.readLine(PROMPT);
			}
			catch (UserInterruptException abandoned) {
				// a fresh prompt
			}
			catch (EndOfFileException ended) {
				return null;
			}
		}
	}

	/**
	 * Prints above the line being typed, severities in colour where the terminal has it.
	 */
	void print(String text) {
		AttributedStringBuilder out = new AttributedStringBuilder();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append('\n');
			}
			Matcher severity = SEVERITY.matcher(lines[i]);
			if (severity.find()) {
				out.append(lines[i].substring(0, severity.start(2)));
				out.styled(styleOf(severity.group(2)), severity.group(2));
				out.append(lines[i].substring(severity.end(2)));
			}
			else {
				out.append(lines[i]);
			}
		}
		AttributedString shown = out.toAttributedString();
		synchronized (this) {
			reader.printAbove(shown);
			terminal.flush();
		}
	}

	/** The width to lay cards out in. */
	int width() {
		int width = terminal.getWidth();
		// A dumb terminal guesses its width; what it prints may end up in a log or a
		// file.
		return width < 40 || terminal.getType().startsWith(Terminal.TYPE_DUMB) ? DEFAULT_WIDTH : width;
	}

	@Override
	public void close() {
		try {
			terminal.close();
		}
		catch (IOException ex) {
			// closing at exit; nothing is lost
		}
	}

	private static AttributedStyle styleOf(String marker) {
		return switch (marker) {
			case "[!!!]", "SEV1" -> AttributedStyle.BOLD.foreground(AttributedStyle.RED);
			case "[!! ]", "SEV2" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
			case "[!  ]", "SEV3" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
			case "[ ✓ ]" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
			default -> AttributedStyle.DEFAULT.faint();
		};
	}

	/** Commands in first place; a case number where a command takes one. */
	static void complete(List<String> words, int index, Supplier<List<Long>> caseNumbers, List<Candidate> candidates) {
		if (index == 0) {
			ConsoleCommands.VERBS.forEach(verb -> candidates.add(new Candidate(verb)));
			return;
		}
		String verb = words.getFirst().toLowerCase(Locale.ROOT);
		boolean takesCase = index == 1 && ConsoleCommands.TAKES_A_CASE.contains(verb)
				|| index == 2 && verb.equals("step") && words.get(1).equalsIgnoreCase("add");
		if (takesCase) {
			caseNumbers.get().forEach(number -> candidates.add(new Candidate(String.valueOf(number))));
		}
	}

}
