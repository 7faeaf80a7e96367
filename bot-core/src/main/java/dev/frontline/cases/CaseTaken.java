package dev.frontline.cases;

/**
 * Someone acknowledged or resolved the case, so its clocks stop; published inside the
 * transaction of that decision.
 *
 * @param number the case
 */
public record CaseTaken(long number) {
}
