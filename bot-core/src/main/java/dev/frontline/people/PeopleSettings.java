package dev.frontline.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Who is who and may do what, bound from {@code frontline.people}: each person once, with
 * every platform identity they act under ({@code frontline.people.<person>.slack},
 * {@code .discord}, {@code .console}), their {@code .role} and {@code .name}; and, still
 * accepted, roles per platform identity ({@code frontline.people.roles.<platform>.<user
 * id>}) and per group ({@code frontline.people.groups.<platform>.<group id>}), each
 * {@code staff}, {@code supervisor} or {@code admin}. A person has the highest role given
 * to them, to any of their identities or to a group of theirs.
 *
 * @param roles per platform, each user id's role
 * @param groups per platform, each group's role (Slack user groups, Discord roles)
 * @param persons each configured person by their key
 */
public record PeopleSettings(Map<String, Map<String, String>> roles, Map<String, Map<String, String>> groups,
		Map<String, Person> persons) {

	private static final String PREFIX = "frontline.people";

	public PeopleSettings {
		roles = roles == null ? Map.of() : Map.copyOf(roles);
		groups = groups == null ? Map.of() : Map.copyOf(groups);
		persons = persons == null ? Map.of() : Map.copyOf(persons);
		roles.forEach((platform, users) -> users.forEach((user, role) -> parseRole("roles", platform, user, role)));
		groups.forEach((platform, ids) -> ids.forEach((group, role) -> parseRole("groups", platform, group, role)));
		Map<String, String> owners = new TreeMap<>();
		persons.values().forEach(person -> person.identities().forEach((platform, id) -> {
			String earlier = owners.put(platform + ":" + id, person.key());
			if (earlier != null) {
				throw new IllegalArgumentException(PREFIX + "." + person.key() + "." + platform + ": " + id
						+ " is already " + earlier + "'s; one identity belongs to one person");
			}
		}));
	}

	/** Only the roles per platform, as older configurations give them. */
	public PeopleSettings(Map<String, Map<String, String>> roles, Map<String, Map<String, String>> groups) {
		this(roles, groups, Map.of());
	}

	/**
	 * A person, configured once with all their platform identities.
	 *
	 * @param key how the configuration names them, such as {@code sam}
	 * @param identities per platform, their user id there
	 * @param role what they may do, or null for nothing
	 * @param name how refusals and lists name them
	 */
	public record Person(String key, Map<String, String> identities, @Nullable Role role, String name) {

		public Person {
			identities = Map.copyOf(identities);
			if (name == null || name.isBlank()) {
				name = key;
			}
		}

	}

	/**
	 * Reads {@code frontline.people}; a key that is neither a person's field nor a role
	 * stops the start with its name.
	 */
	static PeopleSettings bind(Binder binder) {
		Map<String, Object> all = binder.bind(PREFIX, Bindable.mapOf(String.class, Object.class)).orElseGet(Map::of);
		Map<String, Map<String, String>> roles = perPlatform(all.get("roles"), "roles");
		Map<String, Map<String, String>> groups = perPlatform(all.get("groups"), "groups");
		Map<String, Person> persons = new LinkedHashMap<>();
		all.forEach((key, value) -> {
			if (!List.of("roles", "groups").contains(key)) {
				persons.put(key, person(key, value));
			}
		});
		return new PeopleSettings(roles, groups, persons);
	}

	private static Person person(String key, Object value) {
		if (!(value instanceof Map<?, ?> fields)) {
			throw new IllegalArgumentException(PREFIX + "." + key
					+ ": expected a person with slack, discord, console, role and name, or roles or groups");
		}
		Map<String, String> identities = new TreeMap<>();
		Role role = null;
		String name = null;
		for (Map.Entry<?, ?> field : fields.entrySet()) {
			String fieldName = String.valueOf(field.getKey());
			String where = PREFIX + "." + key + "." + fieldName;
			// An id written as a bare number in YAML arrives as a number: it is the same
			// id.
			Object given = field.getValue();
			String text = given == null || given instanceof Map || given instanceof Iterable ? ""
					: String.valueOf(given);
			if (text.isBlank()) {
				throw new IllegalArgumentException(where + ": expected one value");
			}
			switch (fieldName.toLowerCase(Locale.ROOT)) {
				case "role" -> role = parseRole(where, text);
				case "name" -> name = text.strip();
				case "slack", "discord", "console" -> identities.put(fieldName.toLowerCase(Locale.ROOT), text.strip());
				default -> throw new IllegalArgumentException(
						where + ": unknown key, expected slack, discord, console, role or name");
			}
		}
		return new Person(key, identities, role, name == null ? key : name);
	}

	private static Map<String, Map<String, String>> perPlatform(@Nullable Object value, String kind) {
		Map<String, Map<String, String>> found = new TreeMap<>();
		if (value == null) {
			return found;
		}
		if (!(value instanceof Map<?, ?> platforms)) {
			throw new IllegalArgumentException(PREFIX + "." + kind + ": expected <platform>.<id>: <role>");
		}
		platforms.forEach((platform, ids) -> {
			if (!(ids instanceof Map<?, ?> byId)) {
				throw new IllegalArgumentException(PREFIX + "." + kind + "." + platform + ": expected <id>: <role>");
			}
			Map<String, String> roles = new TreeMap<>();
			byId.forEach((id, role) -> roles.put(String.valueOf(id), String.valueOf(role)));
			found.put(String.valueOf(platform), roles);
		});
		return found;
	}

	@Nullable Role roleOf(String platform, String userId) {
		String role = roles.getOrDefault(platform, Map.of()).get(userId);
		return role == null ? null : parseRole("roles", platform, userId, role);
	}

	@Nullable Role roleOfGroup(String platform, String groupId) {
		String role = groups.getOrDefault(platform, Map.of()).get(groupId);
		return role == null ? null : parseRole("groups", platform, groupId, role);
	}

	private static Role parseRole(String kind, String platform, String id, String role) {
		return parseRole(PREFIX + "." + kind + "." + platform + "." + id, role);
	}

	private static Role parseRole(String where, String role) {
		try {
			return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					where + ": unknown role '" + role + "', expected staff, supervisor or admin");
		}
	}

}
