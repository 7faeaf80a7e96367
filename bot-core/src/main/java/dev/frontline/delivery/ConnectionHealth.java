package dev.frontline.delivery;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * A chat platform's connection on {@code /actuator/health}, fed by its adapter: the
 * connection's state, and what stops the bot from reaching a channel or a server — a
 * channel it cannot see, a permission it lacks, a server it is not in, a login refused.
 * Each problem is logged once when first found and shown until it is fixed.
 * <p>
 * {@code UP} while connected and nothing is wrong, else {@code DEGRADED}, its description
 * naming why, so it shows even where details are hidden. Never {@code DOWN}: intake, the
 * other platforms and the delivery queue keep working while one platform does not, and a
 * load balancer must not take them away.
 */
public class ConnectionHealth implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(ConnectionHealth.class);

	public static final Status DEGRADED = new Status("DEGRADED");

	private final String platform;

	private final String connection;

	private final String connected;

	private final Supplier<String> state;

	private final Map<String, String> problems = new TreeMap<>();

	/**
	 * @param platform the platform's name as logs show it ({@code Discord})
	 * @param connection what the connection is called in health's details
	 * ({@code gateway})
	 * @param connected the state in which the connection works ({@code CONNECTED})
	 * @param state the connection's state now
	 */
	public ConnectionHealth(String platform, String connection, String connected, Supplier<String> state) {
		this.platform = platform;
		this.connection = connection;
		this.connected = connected;
		this.state = state;
	}

	/** Records a problem with a channel or server; logged the first time only. */
	public synchronized void found(String where, String problem) {
		String before = problems.put(where, problem);
		if (!problem.equals(before)) {
			log.error("{} {}: {}", platform, where, problem);
		}
	}

	/** The channel or server works again. */
	public synchronized void fixed(String where) {
		if (problems.remove(where) != null) {
			log.info("{} {} works again", platform, where);
		}
	}

	/**
	 * The problems now, in the order of where they are, so health reads the same each
	 * time.
	 */
	public synchronized Map<String, String> problems() {
		return Collections.unmodifiableMap(new TreeMap<>(problems));
	}

	@Override
	public Health health() {
		String now = state.get();
		Map<String, String> found = problems();
		Health.Builder health;
		if (!now.equals(connected)) {
			health = Health.status(new Status(DEGRADED.getCode(), connection + " " + now + describe(found)));
		}
		else if (found.isEmpty()) {
			health = Health.up();
		}
		else {
			health = Health.status(new Status(DEGRADED.getCode(), describe(found).substring(2)));
		}
		health.withDetail(connection, now);
		found.forEach(health::withDetail);
		return health.build();
	}

	private static String describe(Map<String, String> found) {
		StringBuilder text = new StringBuilder();
		found.forEach((where, problem) -> text.append("; ").append(where).append(": ").append(problem));
		return text.toString();
	}

}
