/**
 * Delivery: the chat-platform port, the durable, paced, per-channel-ordered queue of
 * outbound cards and thread notes, and the ledger of inbound platform events already
 * handled.
 */
@NullMarked
package dev.frontline.delivery;

import org.jspecify.annotations.NullMarked;
