package dev.frontline.changes;

/**
 * Announces that something a cache may hold changed, to this instance and every other one
 * on the same database.
 * <p>
 * An announcement made inside a transaction reaches the other instances when it commits,
 * and not at all when it rolls back; outside one it leaves at once. A listener must
 * expect a few signals twice and for keys it never cached.
 */
public interface ChangeSignals {

	/**
	 * Announces that {@code key} of {@code topic} changed.
	 * @param topic what kind of thing changed, such as {@code case}; letters, digits and
	 * dashes
	 * @param key which one, such as the case number
	 */
	void announce(String topic, String key);

	/**
	 * Listens for the changes of one topic made through other instances (and, on
	 * PostgreSQL, this one's own too: the caller has already dropped those).
	 * @param topic the topic announced
	 * @param listener told each changed key, and told to forget everything when signals
	 * may have been missed (the connection that carries them was lost)
	 */
	void listen(String topic, ChangeListener listener);

	/** Whether other instances can hear this one: false on a single-instance database. */
	boolean reachesOtherInstances();

	/** What a cache does when told of changes. */
	interface ChangeListener {

		/** One key changed. */
		void changed(String key);

		/** Signals may have been missed: nothing cached can be trusted. */
		void forgetAll();

	}

}
