package dev.frontline.stories;

/**
 * A resolved case someone would like told as a story: a teachable moment.
 *
 * @param id its number
 * @param caseNumber the case
 * @param team the nominee's story team
 * @param nomineeId who is asked to tell it, such as {@code slack:U0123}
 * @param nomineeName their display name
 * @param nominatedBy who nominated it
 * @param shared whether the nominee has shared a story from it (named or not; nothing
 * links the two)
 */
public record Nomination(long id, long caseNumber, String team, String nomineeId, String nomineeName,
		String nominatedBy, boolean shared) {
}
