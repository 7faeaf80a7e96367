package dev.frontline.discord;

import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import net.dv8tion.jda.api.JDA;

/**
 * {@code discord} on {@code /actuator/health}: {@code UP} while the gateway is connected
 * and every channel works, else {@code DEGRADED}, its description naming why — the
 * gateway's state, a channel missing, a permission lacking, a server the bot is not in —
 * so it shows even where details are hidden. Never {@code DOWN}: intake, the other
 * platforms and the delivery queue keep working while Discord does not, and a load
 * balancer must not take them away.
 */
class DiscordHealth implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED");

	private final DiscordConnection connection;

	private final DiscordProblems problems;

	DiscordHealth(DiscordConnection connection, DiscordProblems problems) {
		this.connection = connection;
		this.problems = problems;
	}

	@Override
	public Health health() {
		JDA.Status gateway = connection.status();
		Map<String, String> found = problems.current();
		Health.Builder health;
		if (gateway != JDA.Status.CONNECTED) {
			health = Health.status(new Status(DEGRADED.getCode(), "gateway " + gateway.name() + describe(found)));
		}
		else if (found.isEmpty()) {
			health = Health.up();
		}
		else {
			health = Health.status(new Status(DEGRADED.getCode(), describe(found).substring(2)));
		}
		health.withDetail("gateway", gateway.name());
		found.forEach(health::withDetail);
		return health.build();
	}

	private static String describe(Map<String, String> found) {
		StringBuilder text = new StringBuilder();
		found.forEach((where, problem) -> text.append("; ").append(where).append(": ").append(problem));
		return text.toString();
	}

}
