package dev.frontline.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.frontline.triage.TriageSettings;

/**
 * Decides what a complaint is about. Longer phrases are read first and their words used
 * up, so {@code roller bag} in a turbulence story or {@code boarding pass} in an app
 * complaint does not count again as {@code bag} or {@code boarding}. Strong words count
 * three, weak one; the category with most wins, the one listed first on a tie.
 */
final class Categorizer {

	private static final int STRONG = 3;

	private static final int WEAK = 1;

	private record Cue(String category, Phrase phrase, int weight) {
	}

	/** The category found, and the words that decided it. */
	record Found(String name, TriageSettings.Category category, int weight, String cue) {
	}

	private final Map<String, TriageSettings.Category> categories;

	private final List<Cue> cuesLongestFirst;

	Categorizer(Map<String, TriageSettings.Category> categories) {
		this.categories = new LinkedHashMap<>(categories);
		List<Cue> cues = new ArrayList<>();
		categories.forEach((name, category) -> {
			category.strong().forEach(words -> cues.add(new Cue(name, Phrase.of(words), STRONG)));
			category.weak().forEach(words -> cues.add(new Cue(name, Phrase.of(words), WEAK)));
		});
		cues.sort(Comparator.comparingInt((Cue cue) -> cue.phrase().words().size()).reversed());
		this.cuesLongestFirst = List.copyOf(cues);
	}

	Optional<Found> categorize(Text text) {
		List<String> words = text.words();
		boolean[] used = new boolean[words.size()];
		Map<String, Integer> weights = new LinkedHashMap<>();
		Map<String, String> strongestCue = new LinkedHashMap<>();
		for (Cue cue : cuesLongestFirst) {
			int length = cue.phrase().words().size();
			if (length == 0 || !text.mayContain(cue.phrase())) {
				continue;
			}
			for (int i = 0; i + length <= words.size(); i++) {
				if (!anyUsed(used, i, length) && cue.phrase().startsAt(words, i)) {
					for (int j = i; j < i + length; j++) {
						used[j] = true;
					}
					weights.merge(cue.category(), cue.weight(), Integer::sum);
					strongestCue.putIfAbsent(cue.category(), cue.phrase().text());
				}
			}
		}
		String best = null;
		int bestWeight = 0;
		for (String name : categories.keySet()) {
			int weight = weights.getOrDefault(name, 0);
			if (weight > bestWeight) {
				best = name;
				bestWeight = weight;
			}
		}
		return best == null ? Optional.empty()
				: Optional.of(new Found(best, categories.get(best), bestWeight, strongestCue.get(best)));
	}

	private static boolean anyUsed(boolean[] used, int from, int length) {
		for (int i = from; i < from + length; i++) {
			if (used[i]) {
				return true;
			}
		}
		return false;
	}

}
