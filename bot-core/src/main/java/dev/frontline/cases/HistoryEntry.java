package dev.frontline.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One change to a case.
 *
 * @param at when
 * @param actor who, such as {@code Sam (slack:U0123)} or {@code frontline}
 * @param action what, such as {@code ACKNOWLEDGED}
 * @param detail more, in plain words, or null
 */
public record HistoryEntry(Instant at, String actor, String action, @Nullable String detail) {
}
