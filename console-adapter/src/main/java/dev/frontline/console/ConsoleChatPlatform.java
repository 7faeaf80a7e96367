package dev.frontline.console;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ChatPlatform;
import dev.frontline.delivery.DeliveryFailure;
import dev.frontline.delivery.ImagePost;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.delivery.PlainCards;
import dev.frontline.delivery.PlainText;

/**
 * The terminal as a chat platform: every channel prints to the same terminal, labelled
 * with its name; a thread's notes are labelled with what their card is about, which the
 * card's message reference carries, so it holds across restarts.
 */
class ConsoleChatPlatform implements ChatPlatform {

	static final String NAME = "console";

	/** Between a card's subject and its delivery id in its message reference. */
	private static final String AFTER_SUBJECT = " · ";

	private final ConsoleTerminal terminal;

	private final PlainCards cards;

	/** Where pictures are written, as a terminal cannot show them. */
	private final Path images;

	ConsoleChatPlatform(ConsoleTerminal terminal, PlainCards cards, Path images) {
		this.terminal = terminal;
		this.cards = cards;
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

	/**
	 * The delivery id, unique across runs, names the message; its subject goes before.
	 */
	@Override
	public String postCard(ChannelAddress channel, Card card, String deliveryId) {
		terminal.print(cards.card(channel.channel(), card, false, terminal.width()));
		String about = card.subject().orElseGet(() -> PlainText.oneLine(card.title()));
		return about.substring(0, Math.min(about.length(), 100)) + AFTER_SUBJECT + deliveryId;
	}

	@Override
	public void updateCard(ChannelAddress channel, String messageRef, Card card) {
		terminal.print(cards.card(channel.channel(), card, true, terminal.width()));
	}

	@Override
	public void postThreadNote(ChannelAddress channel, String cardMessageRef, ThreadNote note, String deliveryId) {
		int subject = cardMessageRef.lastIndexOf(AFTER_SUBJECT);
		terminal.print(cards.note(channel.channel(), subject < 0 ? null : cardMessageRef.substring(0, subject), note,
				terminal.width()));
	}

	@Override
	public void sendDirectMessage(String userId, ThreadNote message, String deliveryId) {
		terminal.print(cards.direct(userId, message, terminal.width()));
	}

	/** Writes the picture to a file and prints its lines and where the file is. */
	@Override
	public void postImage(ChannelAddress channel, ImagePost image, String deliveryId) throws DeliveryFailure {
		try {
			Path file = image.writeInto(images);
			terminal.print(cards.note(channel.channel(), null, new ThreadNote(image.text() + "\nChart: " + file),
					terminal.width()));
		}
		catch (IOException ex) {
			throw DeliveryFailure.permanent("The chart could not be written to " + images + ": " + ex.getMessage());
		}
	}

}
