package dev.frontline.delivery.internal;

import java.time.Instant;

import dev.frontline.delivery.ChannelAddress;

/**
 * One stored outbound message.
 *
 * @param id its place in the queue; also the base of its delivery id
 * @param channel where it goes; for a direct message, the person's id
 * @param cardKey the card it shows or whose thread it joins
 * @param kind a card version, a thread note, a direct message or an image post
 * @param payload the card or note as JSON
 * @param attempts how many times delivery was tried
 * @param notBefore when it may next be tried
 * @param inFlight whether an attempt started and its outcome is unknown
 */
record OutboundMessage(long id, ChannelAddress channel, String cardKey, Kind kind, String payload, int attempts,
		Instant notBefore, boolean inFlight) {

	enum Kind {

		CARD, THREAD_NOTE, DIRECT_MESSAGE, IMAGE

	}

	String deliveryId() {
		return "frontline-" + id;
	}

}
