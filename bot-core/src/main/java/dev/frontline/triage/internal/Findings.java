package dev.frontline.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;

/**
 * What triage found in one complaint: the reasons with their points, and the least
 * severity the rubric demands.
 */
final class Findings {

	private final List<Reason> reasons = new ArrayList<>();

	private Severity atLeast = Severity.SEV4;

	void add(String label, int points) {
		if (points != 0) {
			reasons.add(new Reason(label, points));
		}
	}

	/** A rule of the rubric: whatever the score, the severity is at least this. */
	void atLeast(Severity severity) {
		atLeast = Severity.mostUrgent(atLeast, severity);
	}

	Severity floor() {
		return atLeast;
	}

	int score() {
		return Math.clamp(reasons.stream().mapToInt(Reason::points).sum(), 0, 100);
	}

	/** Most points first, so staff read the weightiest reason first. */
	List<Reason> reasons() {
		return reasons.stream().sorted(Comparator.comparingInt(Reason::points).reversed()).toList();
	}

}
