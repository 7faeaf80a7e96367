package dev.frontline.console;

import java.io.PrintStream;
import java.time.Duration;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ChatPlatform;
import dev.frontline.delivery.ThreadNote;

/**
 * The terminal as a chat platform: every channel prints to the same output, labelled with
 * its name.
 */
class ConsoleChatPlatform implements ChatPlatform {

	static final String NAME = "console";

	private final PrintStream out;

	ConsoleChatPlatform(PrintStream out) {
		this.out = out;
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
		// The delivery id is unique across runs, so it serves as the message's reference.
		print(ConsoleRenderer.card(channel.channel(), deliveryId, card, false));
		return deliveryId;
	}

	@Override
	public void updateCard(ChannelAddress channel, String messageRef, Card card) {
		print(ConsoleRenderer.card(channel.channel(), messageRef, card, true));
	}

	@Override
	public void postThreadNote(ChannelAddress channel, String cardMessageRef, ThreadNote note, String deliveryId) {
		print(ConsoleRenderer.note(channel.channel(), cardMessageRef, note));
	}

	@Override
	public void sendDirectMessage(String userId, ThreadNote message, String deliveryId) {
		print(ConsoleRenderer.direct(userId, message));
	}

	private void print(String text) {
		synchronized (out) {
			out.println(text);
			out.flush();
		}
	}

}
