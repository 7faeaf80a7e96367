package dev.frontline.people;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.people.PeopleSettings.Person;

/**
 * Knows who is who across platforms, maps them to roles, and turns away anyone without
 * the role an action needs, saying who has it.
 */
@Component
public class People {

	private final PeopleSettings settings;

	/** Each person by every identity of theirs, such as {@code slack:U0123}. */
	private final Map<String, Person> byIdentity = new TreeMap<>();

	People(PeopleSettings settings) {
		this.settings = settings;
		settings.persons()
			.values()
			.forEach(person -> person.identities()
				.forEach((platform, id) -> byIdentity.put(identity(platform, id), person)));
	}

	/**
	 * The person's highest role, their own, their person's or a group's, or empty when
	 * they are not mapped (and may do nothing).
	 */
	public Optional<Role> roleOf(Actor actor) {
		Person person = byIdentity.get(identity(actor.platform(), actor.userId()));
		Stream<@Nullable Role> ownRoles = person == null ? Stream.of(settings.roleOf(actor.platform(), actor.userId()))
				: Stream.concat(Stream.of(person.role()),
						person.identities().entrySet().stream().map(id -> settings.roleOf(id.getKey(), id.getValue())));
		return Stream
			.concat(ownRoles, actor.groups().stream().map(group -> settings.roleOfGroup(actor.platform(), group)))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder());
	}

	/**
	 * Every identity of the one person behind this actor, such as
	 * {@code [slack:U0123, discord:4567]}; just their own when they are not configured as
	 * a person.
	 */
	public Set<String> identitiesOf(Actor actor) {
		return identitiesOf(identity(actor.platform(), actor.userId()));
	}

	/** Every identity of the person behind one identity, such as {@code slack:U0123}. */
	public Set<String> identitiesOf(String identity) {
		Person person = byIdentity.get(identity);
		if (person == null) {
			return Set.of(identity);
		}
		return person.identities()
			.entrySet()
			.stream()
			.map(id -> identity(id.getKey(), id.getValue()))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * Whether the actor is the person behind an identity written down earlier, on any
	 * platform.
	 */
	public boolean isSamePerson(Actor actor, @Nullable String identity) {
		return identity != null && identitiesOf(actor).contains(identity);
	}

	/** How an identity is written down: its platform and the platform's id. */
	public static String identity(String platform, String userId) {
		return platform + ":" + userId;
	}

	/**
	 * Everyone mapped to at least a role, per platform: people by id and groups by id,
	 * for telling them all at once (supervisors when a case escalates).
	 */
	public Map<String, Set<Member>> withRoleAtLeast(Role role) {
		Map<String, Set<Member>> found = new TreeMap<>();
		settings.persons().values().forEach(person -> {
			if (person.role() != null && person.role().includes(role)) {
				person.identities()
					.forEach((platform, id) -> found.computeIfAbsent(platform, p -> new TreeSet<>())
						.add(new Member(id, false)));
			}
		});
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
	 * Who holds at least a role, as a refusal names them: each person by name once, an
	 * identity without a person by its id, a group as a group.
	 */
	public Set<String> namesWithRoleAtLeast(Role role) {
		Set<String> names = new LinkedHashSet<>();
		settings.persons().values().stream().sorted(Comparator.comparing(Person::key)).forEach(person -> {
			if (roleOf(person).filter(held -> held.includes(role)).isPresent()) {
				names.add(person.name());
			}
		});
		settings.roles().forEach((platform, users) -> users.keySet().forEach(user -> {
			Role given = settings.roleOf(platform, user);
			if (given != null && given.includes(role) && !byIdentity.containsKey(identity(platform, user))) {
				names.add(user);
			}
		}));
		settings.groups().forEach((platform, groups) -> groups.keySet().forEach(group -> {
			Role given = settings.roleOfGroup(platform, group);
			if (given != null && given.includes(role)) {
				names.add("anyone in " + platform + " group " + group);
			}
		}));
		return names;
	}

	private Optional<Role> roleOf(Person person) {
		return Stream
			.concat(Stream.of(person.role()),
					person.identities().entrySet().stream().map(id -> settings.roleOf(id.getKey(), id.getValue())))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder());
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
	 * Someone on a platform as an actor, with those of the platform's mapped groups they
	 * belong to: membership is asked only of groups mapped to a role, as each question
	 * may cost the adapter a call to the platform.
	 * @param belongsTo whether the person is in a group of the platform, by its id
	 */
	public Actor actor(String platform, String userId, String name, Predicate<String> belongsTo) {
		Set<String> groups = groupsMappedOn(platform).stream().filter(belongsTo).collect(Collectors.toSet());
		return new Actor(platform, userId, name, groups);
	}

	/**
	 * Checks the person may act with at least the given role.
	 * @throws NotPermittedException with a polite message for them, naming who may, when
	 * not
	 */
	public void require(Actor actor, Role needed) {
		require(actor, needed, "do that");
	}

	/**
	 * Checks the person may act with at least the given role.
	 * @param what what they tried, as the refusal says it: {@code approve a SEV3 reply}
	 * @throws NotPermittedException with a polite message for them, naming who may, when
	 * not
	 */
	public void require(Actor actor, Role needed, String what) {
		Role role = roleOf(actor).orElseThrow(() -> new NotPermittedException(
				"Sorry, Frontline doesn't know you yet. Ask an admin to add you to a care team."));
		if (!role.includes(needed)) {
			throw new NotPermittedException(refusal(needed, what));
		}
	}

	/** Whether the person holds at least the role. */
	public boolean holds(Actor actor, Role role) {
		return roleOf(actor).filter(held -> held.includes(role)).isPresent();
	}

	/**
	 * The polite refusal for someone without the role: what only that role may do, and
	 * who holds it.
	 */
	public String refusal(Role needed, String what) {
		Set<String> who = namesWithRoleAtLeast(needed);
		return "Sorry, only a" + (needed == Role.ADMIN ? "n " : " ") + needed.name().toLowerCase(Locale.ROOT) + " can "
				+ what + (who.isEmpty() ? "." : ": " + String.join(", ", who) + ".");
	}

}
