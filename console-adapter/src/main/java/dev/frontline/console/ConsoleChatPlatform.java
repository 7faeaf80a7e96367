package dev.frontline.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ChatPlatform;
import dev.frontline.delivery.DeliveryFailure;
import dev.frontline.delivery.ImagePost;
import dev.frontline.delivery.ThreadNote;

/**
 * The terminal as a chat platform: every channel prints to the same terminal, labelled
 * with its name; a thread's notes are labelled with what their card is about.
 */
class ConsoleChatPlatform implements ChatPlatform {

	static final String NAME = "console";

	/** What a card is about, from its title: {@code Case 1042}, {@code Incident 3}. */
	private static final Pattern SUBJECT = Pattern.compile("(Case|Incident|Story|Draft reply) \\d+");

	private static final int REMEMBERED_CARDS = 2_000;

	private final ConsoleTerminal terminal;

	private final ConsoleRenderer renderer;

	/** Each card's subject by its message reference, for the notes in its thread. */
	private final Map<String, String> subjects = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > REMEMBERED_CARDS;
		}

	});

	/** Where pictures are written, as a terminal cannot show them. */
	private final Path images;

	ConsoleChatPlatform(ConsoleTerminal terminal, ConsoleRenderer renderer, Path images) {
		this.terminal = terminal;
		this.renderer = renderer;
		this.images = images;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Duration minimumIntervalPerChannel() {
		return Duration.ZERO;
	}

	@Override
	public String postCard(ChannelAddress channel, Card card, String deliveryId) {
		// The delivery id is unique across runs, so it serves as the message's reference;
		// nobody reads it.
		remember(deliveryId, card);
		terminal.print(renderer.card(channel.channel(), card, false, terminal.width()));
		return deliveryId;
	}

	@Override
	public void updateCard(ChannelAddress channel, String messageRef, Card card) {
		remember(messageRef, card);
		terminal.print(renderer.card(channel.channel(), card, true, terminal.width()));
	}

	@Override
	public void postThreadNote(ChannelAddress channel, String cardMessageRef, ThreadNote note, String deliveryId) {
		terminal.print(renderer.note(channel.channel(), subjects.get(cardMessageRef), note, terminal.width()));
	}

	@Override
	public void sendDirectMessage(String userId, ThreadNote message, String deliveryId) {
		terminal.print(renderer.direct(userId, message, terminal.width()));
	}

	/** Writes the picture to a file and prints its lines and where the file is. */
	@Override
	public void postImage(ChannelAddress channel, ImagePost image, String deliveryId) throws DeliveryFailure {
		Path file;
		try {
			file = write(images, image);
		}
		catch (UncheckedIOException ex) {
			throw DeliveryFailure.permanent(ex.getMessage() + ": " + ex.getCause().getMessage());
		}
		terminal.print(renderer.note(channel.channel(), null, new ThreadNote(image.text() + "\nChart: " + file),
				terminal.width()));
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

	private void remember(String messageRef, Card card) {
		Matcher subject = SUBJECT.matcher(card.title());
		subjects.put(messageRef, subject.find() ? subject.group() : ConsoleText.oneLine(card.title()));
	}

}
