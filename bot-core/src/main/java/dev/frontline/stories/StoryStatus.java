package dev.frontline.stories;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a person stands with the weekly story, as App Home shows it.
 *
 * @param team their story team
 * @param week the team's latest week, or null before the first prompt
 * @param editable their named story that can still change, or null
 * @param nominations cases nominated for them to tell, not yet shared
 * @param actions the open improvement actions they own
 */
public record StoryStatus(String team, @Nullable Week week, @Nullable Story editable, List<Nomination> nominations,
		List<ImprovementAction> actions) {

	public StoryStatus {
		nominations = List.copyOf(nominations);
		actions = List.copyOf(actions);
	}

	/**
	 * The team's latest story week.
	 *
	 * @param presenterName who presents, or null when everyone was away
	 * @param presenting whether the person presents
	 * @param digestAt when the digest is posted
	 * @param digestPosted whether it has been
	 * @param asked whether the person was asked this week
	 * @param answered whether they have shared a story this week
	 */
	public record Week(@Nullable String presenterName, boolean presenting, Instant digestAt, boolean digestPosted,
			boolean asked, boolean answered) {
	}

}
