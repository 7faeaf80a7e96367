package dev.frontline.scheduling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How periodic work is shared between instances, bound from {@code frontline.scheduling}.
 *
 * @param lockAtMost how long an instance that stops answering (killed, cut off) keeps the
 * others from its work: its deliveries, timers, reminders and cards are taken over after
 * this. A live instance renews its lock while it works, so this is no limit on a round.
 */
@ConfigurationProperties(prefix = "frontline.scheduling")
public record SchedulingSettings(@DefaultValue("10s") Duration lockAtMost) {

	public SchedulingSettings {
		if (lockAtMost.compareTo(Duration.ofSeconds(2)) < 0 || lockAtMost.compareTo(Duration.ofMinutes(10)) > 0) {
			throw new IllegalArgumentException(
					"frontline.scheduling.lock-at-most: between 2s and 10m, not " + lockAtMost);
		}
	}

	/** How often a lock held for work under way is renewed: three times per lease. */
	public Duration renewEvery() {
		return lockAtMost.dividedBy(3);
	}

}
