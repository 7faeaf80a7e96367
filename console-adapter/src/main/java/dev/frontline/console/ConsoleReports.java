package dev.frontline.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Outcome;
import dev.frontline.delivery.ImagePost;
import dev.frontline.people.Actor;

/**
 * {@code /report [team] [week]} at the terminal: the summary, and the chart written to a
 * file whose path is printed, as a terminal cannot show a picture.
 */
class ConsoleReports {

	private final Conversation conversation;

	private final Actor operator;

	private final Path directory;

	ConsoleReports(Conversation conversation, Actor operator, Path directory) {
		this.conversation = conversation;
		this.operator = operator;
		this.directory = directory;
	}

	/** Whether the line is {@code /report}, with or without arguments. */
	static boolean isReport(String line) {
		String verb = line.strip().split("\\s+", 2)[0];
		return verb.toLowerCase(Locale.ROOT).equals("/report");
	}

	String run(String line) {
		String[] parts = line.strip().split("\\s+", 2);
		Outcome.Answer answer = Outcome.Answer
			.of(conversation.command(operator, "/report", parts.length > 1 ? parts[1] : ""));
		if (answer.picture() == null) {
			return answer.text();
		}
		return answer.text() + "\nChart: " + write(directory, answer.picture().get());
	}

	/** Writes the picture into the directory and returns where it is. */
	static Path write(Path directory, ImagePost image) {
		Path file = directory.resolve(image.fileName()).toAbsolutePath();
		try {
			Files.createDirectories(directory);
			Files.write(file, image.png());
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The chart could not be written to " + file, ex);
		}
	}

}
