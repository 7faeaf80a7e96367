/**
 * Escalation: SLA clocks and per-team escalation chains on durable timers, so a case
 * nobody takes reaches someone who can act, once, whatever restarts in between.
 */
@NullMarked
package dev.frontline.escalation;

import org.jspecify.annotations.NullMarked;
