/**
 * Delivery: the chat-platform port and the durable, paced, per-channel-ordered queue of
 * outbound cards and thread notes.
 */
@NullMarked
package dev.frontline.delivery;

import org.jspecify.annotations.NullMarked;
