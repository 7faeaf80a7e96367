package dev.frontline.discord;

import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import net.dv8tion.jda.api.JDA;

/**
 * {@code discord} on {@code /actuator/health}: {@code DOWN} while the gateway is not
 * connected, {@code DEGRADED} while a channel is missing, a permission lacking or a
 * server unreachable (the bot keeps serving the rest), else {@code UP}. The description
 * names the problems, so they show even where details are hidden.
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
			health = Health.status(new Status(Status.DOWN.getCode(), "gateway " + gateway.name() + describe(found)));
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
