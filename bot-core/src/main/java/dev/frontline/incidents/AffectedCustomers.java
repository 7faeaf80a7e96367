package dev.frontline.incidents;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The proactive step of an incident: everyone it affected, and a notice drafted for each
 * of them. Nothing here is sent to a customer.
 *
 * @param incident the incident's number
 * @param label what it is about
 * @param draftNotice the notice with {@code {name}} still to fill in
 * @param customers each affected customer once, earliest case first
 */
public record AffectedCustomers(long incident, String label, String draftNotice, List<Customer> customers) {

	public AffectedCustomers {
		customers = List.copyOf(customers);
	}

	/**
	 * An affected customer.
	 *
	 * @param source where they complained
	 * @param handle their handle there, or null
	 * @param name their display name, or null
	 * @param caseNumber their case
	 * @param notice the notice drafted for them
	 */
	public record Customer(String source, @Nullable String handle, @Nullable String name, long caseNumber,
			String notice) {
	}

}
