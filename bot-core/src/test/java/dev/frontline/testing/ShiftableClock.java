package dev.frontline.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The real time, moved ahead on demand: for end-to-end tests where pacing and retries
 * need time to pass as usual, and a test also jumps hours ahead to a due time.
 */
public final class ShiftableClock extends Clock {

	private volatile Duration shift = Duration.ZERO;

	/** Moves the clock ahead; it keeps ticking from there. */
	public void advance(Duration duration) {
		shift = shift.plus(duration);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(shift);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Frontline keeps time in UTC");
	}

}
