package dev.frontline.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Escalation, bound from {@code frontline.escalation}.
 *
 * @param warnBefore how long before an acknowledgement is due the team is warned (at most
 * half the SLA)
 * @param chains per team name, or {@code default} for every other team: who is told after
 * how long without acknowledgement; the card's post is the first step and is not listed
 * @param onCall per team, per platform, the on-call group to mention (a Slack user group
 * id)
 * @param escalationChannel per platform, the channel that also gets the card at that step
 */
@ConfigurationProperties(prefix = "frontline.escalation", ignoreUnknownFields = false)
public record EscalationSettings(@Nullable Duration warnBefore, Map<String, List<Step>> chains,
		Map<String, Map<String, String>> onCall, Map<String, String> escalationChannel) {

	public EscalationSettings {
		warnBefore = warnBefore == null ? Duration.ofMinutes(5) : warnBefore;
		chains = chains == null ? Map.of() : Map.copyOf(chains);
		onCall = onCall == null ? Map.of() : Map.copyOf(onCall);
		escalationChannel = escalationChannel == null ? Map.of() : Map.copyOf(escalationChannel);
		chains.forEach((team, steps) -> {
			Duration previous = Duration.ZERO;
			for (int i = 0; i < steps.size(); i++) {
				Step step = steps.get(i);
				String key = "frontline.escalation.chains." + team + "[" + i + "]";
				if (step.after() == null || step.after().isNegative()) {
					throw new IllegalArgumentException(key + ".after: required, how long after the post");
				}
				if (step.after().compareTo(previous) < 0) {
					throw new IllegalArgumentException(key + ".after: steps must be in order of time");
				}
				if (step.tell() == null) {
					throw new IllegalArgumentException(
							key + ".tell: required, one of channel, on-call, supervisors, escalation-channel");
				}
				previous = step.after();
			}
		});
	}

	/** The chain of a team: its own, else the default one, else none. */
	public List<Step> chainOf(String team) {
		List<Step> chain = chains.get(team);
		return new ArrayList<>(chain != null ? chain : chains.getOrDefault("default", List.of()));
	}

	/**
	 * One step of a chain.
	 *
	 * @param after how long after the card was posted, if still nobody acknowledged it
	 * @param tell who is told
	 */
	public record Step(Duration after, Notify tell) {
	}

	/** Who a step tells. */
	public enum Notify {

		/** The team channel, in the card's thread. */
		CHANNEL,
		/** The team's on-call group, mentioned in the thread. */
		ON_CALL,
		/** The supervisors, mentioned in the thread. */
		SUPERVISORS,
		/** The escalation channel, which also gets the card. */
		ESCALATION_CHANNEL

	}

}
