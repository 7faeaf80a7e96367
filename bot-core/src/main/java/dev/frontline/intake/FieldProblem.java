package dev.frontline.intake;

/**
 * One thing wrong with submitted complaint data.
 *
 * @param field where, such as {@code [2].author.followers} or {@code text}
 * @param message why, in plain words
 */
public record FieldProblem(String field, String message) {
}
