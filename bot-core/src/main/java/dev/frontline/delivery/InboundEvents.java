package dev.frontline.delivery;

/**
 * Remembers which inbound platform events were handled. Platforms deliver at least once
 * and retry when unsure; an adapter asks here before acting on an event.
 */
public interface InboundEvents {

	/**
	 * Records an event as handled.
	 * @return true the first time the event is seen, false for every repeat
	 */
	boolean firstTime(String platform, String eventId);

}
