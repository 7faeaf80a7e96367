package dev.frontline.cases;

import java.util.Set;

/**
 * Which of some words name people Frontline knows from its cases, so a story can leave
 * them out.
 *
 * @param names customers' display names (whole, as stored), their handles without the
 * {@code @}, and the names of staff who owned a case
 * @param references customers' own booking references, as stored
 */
public record KnownPeople(Set<String> names, Set<String> references) {

	public KnownPeople {
		names = Set.copyOf(names);
		references = Set.copyOf(references);
	}

}
