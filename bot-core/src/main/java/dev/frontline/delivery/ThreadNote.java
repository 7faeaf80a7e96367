package dev.frontline.delivery;

/**
 * A line of activity posted in a card's thread. Plain text, rendered inert like a
 * {@link Card}'s strings.
 */
public record ThreadNote(String text) {
}
