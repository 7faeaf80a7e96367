package dev.frontline.incidents;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.IncidentGrouping;
import dev.frontline.incidents.internal.SignalledIncidents;

/**
 * Operations signals: an event such as a cancelled flight opens the incident of its key,
 * with its card in the team's channel, before any customer complains; later signals
 * update it, and complaints naming the key join it.
 */
@Service
public class IncidentSignals {

	private final SignalledIncidents incidents;

	private final IncidentGrouping grouping;

	IncidentSignals(SignalledIncidents incidents, IncidentGrouping grouping) {
		this.incidents = incidents;
		this.grouping = grouping;
	}

	/**
	 * The incident key a signal's key names, such as {@code flight:LK905} for
	 * {@code LK905}; empty when it names none of the configured keys.
	 */
	public Optional<String> keyOf(String signalKey) {
		return incidents.keyOf(signalKey);
	}

	/**
	 * Opens or updates the incident the signal names, all of it or none. The same signal
	 * again (key, kind and time) changes nothing.
	 * @throws IllegalArgumentException naming the field, when the key names no incident
	 * key or the team is unknown
	 */
	@Transactional
	public SignalReceipt receive(Signal signal) {
		// As reception does, so a complaint naming the key waits for the signal's
		// incident rather than forming its own.
		grouping.lockGrouping();
		return incidents.receive(signal);
	}

}
