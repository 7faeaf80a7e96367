package dev.frontline.changes.internal;

import dev.frontline.changes.ChangeSignals;

/**
 * One instance alone on its database (H2 locks its file to one process): the caller drops
 * its own cache, and there is no one else to tell.
 */
final class LocalChangeSignals implements ChangeSignals {

	@Override
	public void announce(String topic, String key) {
		Topics.check(topic);
	}

	@Override
	public void listen(String topic, ChangeListener listener) {
		Topics.check(topic);
	}

	@Override
	public boolean reachesOtherInstances() {
		return false;
	}

}
