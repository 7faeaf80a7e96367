package dev.frontline.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of a demo run: the real time, moved forward on request so that what a week
 * brings (the weekly story meeting) can be tried in minutes. Never moves back.
 */
public final class DemoClock extends Clock {

	private final Clock real;

	private final AtomicReference<Duration> ahead;

	public DemoClock(Clock real) {
		this(real, new AtomicReference<>(Duration.ZERO));
	}

	private DemoClock(Clock real, AtomicReference<Duration> ahead) {
		this.real = real;
		this.ahead = ahead;
	}

	/** Moves the clock on to that time; a time already past changes nothing. */
	public void moveTo(Instant at) {
		ahead.updateAndGet(current -> {
			Duration needed = Duration.between(real.instant(), at);
			return needed.compareTo(current) > 0 ? needed : current;
		});
	}

	@Override
	public Instant instant() {
		return real.instant().plus(ahead.get());
	}

	@Override
	public ZoneId getZone() {
		return real.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new DemoClock(real.withZone(zone), ahead);
	}

}
