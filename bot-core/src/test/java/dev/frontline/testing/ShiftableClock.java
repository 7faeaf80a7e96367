package dev.frontline.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real time, moved ahead on demand: for end-to-end tests where pacing and retries
 * need time to pass as usual, and a test also jumps hours ahead to a due time.
 */
public final class ShiftableClock extends Clock {

	private final AtomicReference<Duration> shift;

	private final ZoneId zone;

	public ShiftableClock() {
		this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
	}

	private ShiftableClock(AtomicReference<Duration> shift, ZoneId zone) {
		this.shift = shift;
		this.zone = zone;
	}

	/** Moves the clock ahead; it keeps ticking from there. */
	public void advance(Duration duration) {
		shift.updateAndGet(current -> current.plus(duration));
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(shift.get());
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	/** The same shifted time, seen from another zone. */
	@Override
	public Clock withZone(ZoneId other) {
		return new ShiftableClock(shift, other);
	}

}
