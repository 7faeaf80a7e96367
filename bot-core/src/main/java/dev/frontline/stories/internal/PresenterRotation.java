package dev.frontline.stories.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses this week's presenter fairly: of the members present, whoever presented least
 * recently, and anyone who never has before anyone who has; ties go to the order the team
 * lists its members in. So nobody presents twice before everyone present has once, and
 * someone who was away is first in line when they are back.
 */
public final class PresenterRotation {

	private PresenterRotation() {
	}

	/**
	 * @param members the team, in its listed order
	 * @param lastPresented per member, the number of the week they last presented
	 * @param absent who is away this week
	 * @return the presenter, or empty when everyone is away
	 */
	public static Optional<String> choose(List<String> members, Map<String, Long> lastPresented, Set<String> absent) {
		return members.stream()
			.filter(member -> !absent.contains(member))
			.min(Comparator.comparingLong((String member) -> lastPresented.getOrDefault(member, Long.MIN_VALUE))
				.thenComparingInt(members::indexOf));
	}

}
