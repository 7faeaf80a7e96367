package dev.frontline.people;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
	 * Everyone mapped to at least a role, per platform: people by id and groups by id,
	 * for telling them all at once (supervisors when a case escalates).
	 */
	public Map<String, Set<Member>> withRoleAtLeast(Role role) {
		Map<String, Set<Member>> found = new TreeMap<>();
		settings.roles().forEach((platform, users) -> users.keySet().forEach(user -> {
			Role given = settings.roleOf(platform, user);
			if (given != null && given.includes(role)) {
				found.computeIfAbsent(platform, p -> new TreeSet<>()).add(new Member(user, false));
			}
		}));
		settings.groups().forEach((platform, groups) -> groups.keySet().forEach(group -> {
			Role given = settings.roleOfGroup(platform, group);
			if (given != null && given.includes(role)) {
				found.computeIfAbsent(platform, p -> new TreeSet<>()).add(new Member(group, true));
			}
		}));
		return found;
	}

	/**
	 * A person or group with a role on a platform.
	 *
	 * @param id the platform's id
	 * @param group whether it is a group
	 */
	public record Member(String id, boolean group) implements Comparable<Member> {

		@Override
		public int compareTo(Member other) {
			return id.compareTo(other.id);
		}

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
