package dev.frontline.triage;

import java.util.List;

/**
 * Triage's verdict on a complaint.
 *
 * @param score 0–100
 * @param severity derived from the score and from the rules that force a severity
 * @param team the team that takes it
 * @param category what the complaint is about, such as {@code lost-baggage}; used for
 * templates and playbooks
 * @param reasons every signal that contributed, most important first
 */
public record Assessment(int score, Severity severity, String team, String category, List<Reason> reasons) {

	public Assessment {
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException("score must be 0..100, was " + score);
		}
		reasons = List.copyOf(reasons);
	}

}
