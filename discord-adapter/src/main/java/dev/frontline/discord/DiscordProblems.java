package dev.frontline.discord;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What stops the bot from reaching a channel or guild: a channel it cannot see, a
 * permission it lacks, a guild it is not in. Each is logged once when first found and
 * shown on {@code /actuator/health} until it is fixed.
 */
class DiscordProblems {

	private static final Logger log = LoggerFactory.getLogger(DiscordProblems.class);

	private final Map<String, String> problems = new TreeMap<>();

	/** Records a problem with a channel or guild; logged the first time only. */
	synchronized void found(String where, String problem) {
		String before = problems.put(where, problem);
		if (!problem.equals(before)) {
			log.error("Discord {}: {}", where, problem);
		}
	}

	/** The channel or guild works again. */
	synchronized void fixed(String where) {
		if (problems.remove(where) != null) {
			log.info("Discord {} works again", where);
		}
	}

	/**
	 * The problems now, in the order of where they are, so health reads the same each
	 * time.
	 */
	synchronized Map<String, String> current() {
		return Collections.unmodifiableMap(new TreeMap<>(problems));
	}

}
