package dev.frontline.followups;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Follow-up plans, bound from {@code frontline.followups}.
 *
 * @param remindBefore how long before a step is due its owner is reminded privately
 * @param playbooks per category, or {@code default} for every other one: the steps a plan
 * starts with
 */
@ConfigurationProperties(prefix = "frontline.followups", ignoreUnknownFields = false)
public record FollowUpSettings(@Nullable Duration remindBefore, Map<String, List<PlaybookStep>> playbooks) {

	private static final String PREFIX = "frontline.followups.";

	/** The longest step title accepted. */
	public static final int MAX_TITLE = 300;

	public FollowUpSettings {
		remindBefore = remindBefore == null ? Duration.ofHours(1) : remindBefore;
		if (remindBefore.isNegative()) {
			throw new IllegalArgumentException(PREFIX + "remind-before: must not be negative");
		}
		playbooks = playbooks == null ? Map.of() : Map.copyOf(playbooks);
		playbooks.forEach((category, steps) -> {
			for (int i = 0; i < steps.size(); i++) {
				PlaybookStep step = steps.get(i);
				String key = PREFIX + "playbooks." + category + "[" + i + "]";
				if (step.step() == null || step.step().isBlank() || step.step().length() > MAX_TITLE) {
					throw new IllegalArgumentException(
							key + ".step: required, what to do, at most " + MAX_TITLE + " characters");
				}
				if (step.due() == null || step.due().isNegative() || step.due().isZero()) {
					throw new IllegalArgumentException(
							key + ".due: required, how long after the plan is made (e.g. 24h)");
				}
			}
		});
	}

	/** The playbook of a category: its own, else the default one, else none. */
	public List<PlaybookStep> playbookOf(String category) {
		List<PlaybookStep> steps = playbooks.get(category);
		return steps != null ? steps : playbooks.getOrDefault("default", List.of());
	}

	/**
	 * One step of a playbook.
	 *
	 * @param step what to do
	 * @param due how long after the plan is made it is due
	 * @param owner who owns it at first; anyone may reassign it
	 */
	public record PlaybookStep(String step, Duration due, @Nullable Owner owner) {

		public PlaybookStep {
			owner = owner == null ? Owner.STAFF : owner;
		}

	}

	/** Who a playbook step goes to when the plan is made. */
	public enum Owner {

		/** The case's owner, else the person who made the plan. */
		STAFF,
		/**
		 * The person who made the plan if they are a supervisor, else the first
		 * supervisor mapped by id on their platform.
		 */
		SUPERVISOR

	}

}
