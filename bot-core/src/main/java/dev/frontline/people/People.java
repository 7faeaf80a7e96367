package dev.frontline.people;

import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Maps chat identities to roles and turns away anyone without the role an action needs.
 */
@Component
@EnableConfigurationProperties(PeopleSettings.class)
public class People {

	private final PeopleSettings settings;

	People(PeopleSettings settings) {
		this.settings = settings;
	}

	/** The person's role, or empty when they are not mapped (and may do nothing). */
	public Optional<Role> roleOf(Actor actor) {
		return Optional.ofNullable(settings.roleOf(actor.platform(), actor.userId()));
	}

	/**
	 * Checks the person may act with at least the given role.
	 * @throws NotPermittedException with a polite message for them when not
	 */
	public void require(Actor actor, Role needed) {
		Role role = roleOf(actor).orElseThrow(() -> new NotPermittedException(
				"Sorry, Frontline doesn't know you yet. Ask an admin to add you to a care team."));
		if (!role.includes(needed)) {
			throw new NotPermittedException(
					"Sorry, only a " + needed.name().toLowerCase(Locale.ROOT) + " can do that.");
		}
	}

}
