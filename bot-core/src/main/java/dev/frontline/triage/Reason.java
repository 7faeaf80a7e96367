package dev.frontline.triage;

/**
 * One signal that moved a score, shown to staff as {@code reach 48k followers +14}.
 *
 * @param label what was seen, in plain words
 * @param points how much it added; negative when it lowered the score (a mild tone); zero
 * for a reason that explains without adding points (what the text reads like)
 */
public record Reason(String label, int points) {

	public Reason {
		if (label.isBlank()) {
			throw new IllegalArgumentException("a reason needs a label");
		}
	}

	@Override
	public String toString() {
		if (points == 0) {
			return label;
		}
		return label + (points < 0 ? " −" + -points : " +" + points);
	}

}
