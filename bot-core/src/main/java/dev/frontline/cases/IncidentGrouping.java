package dev.frontline.cases;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Severity;

/**
 * Gathers complaints about one failure into an incident. Reception asks it about every
 * complaint; it lives outside this module, which only knows this port, so incidents may
 * act on cases without cases depending on incidents.
 */
public interface IncidentGrouping {

	/** The grouping key the text names, such as {@code flight:LK123}, if any. */
	Optional<String> keyOf(String text);

	/**
	 * Locks grouping until the transaction ends. Reception calls it before it locks any
	 * case, and so does everything that acts on an incident's members, so the two never
	 * wait for each other.
	 */
	void lockGrouping();

	/**
	 * Counts a complaint under its key and answers the incident its case now belongs to:
	 * the key's open incident, or one formed now because this complaint crossed the
	 * threshold, in which case the earlier cases in the window are linked to it first.
	 */
	Optional<Placement> place(String key, KeyedComplaint complaint);

	/**
	 * A complaint that names a key.
	 *
	 * @param caseNumber the case it is on
	 * @param team the team the case is routed to
	 * @param source where it was posted
	 * @param authorHandle the author's handle, or null
	 * @param authorName the author's display name, or null
	 * @param followers the author's followers
	 * @param severity the complaint's own severity
	 * @param score the complaint's own score
	 * @param receivedAt when it arrived
	 * @param text what the customer wrote
	 */
	record KeyedComplaint(long caseNumber, String team, String source, @Nullable String authorHandle,
			@Nullable String authorName, long followers, Severity severity, int score, Instant receivedAt,
			String text) {
	}

	/**
	 * Where a case belongs.
	 *
	 * @param incident the incident's number
	 * @param label what it is about, such as {@code flight LK123}
	 * @param owner who took the incident, or null while nobody has
	 */
	record Placement(long incident, String label, CaseView.@Nullable Owner owner) {
	}

}
