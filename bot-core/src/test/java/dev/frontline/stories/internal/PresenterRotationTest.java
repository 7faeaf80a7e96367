package dev.frontline.stories.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Ten weeks of presenters for a team of four, with absences. */
class PresenterRotationTest {

	final List<String> team = List.of("slack:ANA", "slack:BEN", "slack:CAM", "slack:DEV");

	@Test
	void nobodyPresentsTwiceBeforeEveryonePresentHasOnceAndTheAbsentAreFirstBack() {
		Map<Long, Set<String>> away = Map.of(1L, Set.of("slack:BEN"), 2L, Set.of("slack:BEN"), 5L,
				Set.of("slack:ANA", "slack:CAM"), 7L, Set.of("slack:DEV"));
		Map<String, Long> lastPresented = new HashMap<>();
		List<String> presenters = new ArrayList<>();

		for (long week = 0; week < 10; week++) {
			String presenter = PresenterRotation.choose(team, lastPresented, away.getOrDefault(week, Set.of()))
				.orElseThrow();
			presenters.add(presenter);
			lastPresented.put(presenter, week);
		}

		assertThat(presenters).containsExactly("slack:ANA", "slack:CAM", "slack:DEV", "slack:BEN", "slack:ANA",
				"slack:DEV", "slack:CAM", "slack:BEN", "slack:ANA", "slack:DEV");
		// Fair: within any run of weeks, nobody presents a second time while someone
		// present throughout has not presented.
		for (int start = 0; start < presenters.size(); start++) {
			Set<String> seen = new HashSet<>();
			for (int week = start; week < presenters.size(); week++) {
				if (!seen.add(presenters.get(week))) {
					Set<String> presentThroughout = new HashSet<>(team);
					for (long w = start; w <= week; w++) {
						presentThroughout.removeAll(away.getOrDefault(w, Set.of()));
					}
					assertThat(seen).as("weeks %d..%d", start, week).containsAll(presentThroughout);
					break;
				}
			}
		}
	}

	@Test
	void nobodyPresentsWhenEveryoneIsAway() {
		assertThat(PresenterRotation.choose(team, Map.of(), Set.copyOf(team))).isEmpty();
	}

}
