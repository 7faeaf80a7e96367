package dev.frontline.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jspecify.annotations.Nullable;

import dev.frontline.delivery.PlainText;

/**
 * Where the console reads and prints. On a terminal, JLine: a prompt with history, line
 * editing and completion of commands and case numbers; whatever arrives meanwhile is
 * printed above the line being typed, severities in colour. With input from a pipe or a
 * file, plain lines: each one printed after the prompt as it runs, no colour.
 */
abstract sealed class ConsoleTerminal implements AutoCloseable {

	static final String PROMPT = "frontline> ";

	/** Lines that start with a severity or a card's marker get its colour. */
	private static final Pattern SEVERITY = Pattern
		.compile("(?m)^(?:[┌↻] )?(\\[!!!]|\\[!! ]|\\[! {2}]|\\[ {3}]|\\[ ✓ ]|SEV[1-4](?= · ))");

	private static final String REDIRECT_PIPE_MODE = "org.jline.terminal.exec.redirectPipeCreationMode";

	/** How wide text is laid out when there is no terminal to ask. */
	static final int PLAIN_WIDTH = 80;

	/**
	 * The process's own terminal when it has one, else plain lines over {@code System.in}
	 * and {@code System.out}. JLine's native providers are left out: they need native
	 * access the launcher does not grant; the exec provider asks {@code stty} instead.
	 */
	static ConsoleTerminal system(BiFunction<List<String>, Integer, List<String>> completion) {
		// JLine's exec provider would otherwise load its native library to redirect a
		// stream that is not a terminal, and the JVM warns of native access at start-up.
		if (System.getProperty(REDIRECT_PIPE_MODE) == null) {
			System.setProperty(REDIRECT_PIPE_MODE, "reflection");
		}
		Terminal terminal;
		try {
			terminal = builder().system(true).dumb(false).build();
		}
		catch (IOException | IllegalStateException notATerminal) {
			return plain(System.in, System.out);
		}
		if (terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
			close(terminal);
			return plain(System.in, System.out);
		}
		return new Interactive(terminal, completion);
	}

	/** Plain lines over these streams, as when input comes from a pipe. */
	static ConsoleTerminal plain(InputStream in, OutputStream out) {
		return new Plain(in, out);
	}

	/** A terminal of that type over these streams, as if a person typed into it. */
	static ConsoleTerminal interactive(InputStream in, OutputStream out, String type, int width,
			BiFunction<List<String>, Integer, List<String>> completion) {
		try {
			Terminal terminal = builder().system(false)
				.streams(in, out)
				.type(type)
				.size(new org.jline.terminal.Size(width, 40))
				.build();
			return new Interactive(terminal, completion);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The terminal could not be opened", ex);
		}
	}

	/** The next line, or null once the input ends. */
	abstract @Nullable String readLine();

	/** Prints text, above the line being typed when someone is typing. */
	abstract void print(String text);

	/** The width to lay text out in. */
	abstract int width();

	@Override
	public abstract void close();

	/**
	 * JLine without its native providers, which need access the launcher does not grant.
	 */
	private static TerminalBuilder builder() {
		return TerminalBuilder.builder().ffm(false).jni(false).jna(false).jansi(false);
	}

	private static void close(Terminal terminal) {
		try {
			terminal.close();
		}
		catch (IOException ex) {
			// closing at exit; nothing is lost
		}
	}

	/** A person at a terminal, through JLine. */
	static final class Interactive extends ConsoleTerminal {

		private final Terminal terminal;

		private final LineReader reader;

		private Interactive(Terminal terminal, BiFunction<List<String>, Integer, List<String>> completion) {
			this.terminal = terminal;
			this.reader = LineReaderBuilder.builder()
				.terminal(terminal)
				.appName("frontline")
				.completer((lineReader, line, candidates) -> completion.apply(line.words(), line.wordIndex())
					.forEach(word -> candidates.add(new Candidate(word))))
				.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
				.build();
		}

		@Override
		@Nullable String readLine() {
			while (true) {
				try {
					return reader.readLine(PROMPT);
				}
				catch (UserInterruptException abandoned) {
					// Ctrl-C abandons the line being typed: a fresh prompt
				}
				catch (EndOfFileException ended) {
					return null;
				}
			}
		}

		@Override
		void print(String text) {
			AttributedStringBuilder out = new AttributedStringBuilder();
			Matcher severity = SEVERITY.matcher(text);
			int printed = 0;
			while (severity.find()) {
				out.append(text, printed, severity.start(1)).styled(styleOf(severity.group(1)), severity.group(1));
				printed = severity.end(1);
			}
			out.append(text.substring(printed));
			synchronized (this) {
				reader.printAbove(out.toAttributedString());
				terminal.flush();
			}
		}

		@Override
		int width() {
			int width = terminal.getWidth();
			return width < 40 ? PLAIN_WIDTH : width;
		}

		@Override
		public void close() {
			ConsoleTerminal.close(terminal);
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

	}

	/** Lines from a pipe or a file, and plain text out. */
	static final class Plain extends ConsoleTerminal {

		private final BufferedReader in;

		private final PrintStream out;

		private Plain(InputStream in, OutputStream out) {
			this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			this.out = out instanceof PrintStream print ? print : new PrintStream(out, true, StandardCharsets.UTF_8);
		}

		@Override
		@Nullable String readLine() {
			try {
				String line = in.readLine();
				if (line != null) {
					// What runs is shown, so the output reads as a transcript.
					print(PROMPT + PlainText.oneLine(line));
				}
				return line;
			}
			catch (IOException ex) {
				return null;
			}
		}

		@Override
		void print(String text) {
			synchronized (out) {
				out.println(text);
				out.flush();
			}
		}

		@Override
		int width() {
			return PLAIN_WIDTH;
		}

		@Override
		public void close() {
			// System.in and System.out stay open for the rest of the process
		}

	}

}
