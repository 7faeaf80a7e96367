package dev.frontline.people;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

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

	/**
	 * The person's highest role, their own or a group's, or empty when they are not
	 * mapped (and may do nothing).
	 */
	public Optional<Role> roleOf(Actor actor) {
		return Stream
			.concat(Stream.of(settings.roleOf(actor.platform(), actor.userId())),
					actor.groups().stream().map(group -> settings.roleOfGroup(actor.platform(), group)))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder());
	}

	/**
	 * The groups of a platform that are mapped to a role; adapters check membership of
	 * these.
	 */
	public Set<String> groupsMappedOn(String platform) {
		return settings.groups().getOrDefault(platform, Map.of()).keySet();
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
