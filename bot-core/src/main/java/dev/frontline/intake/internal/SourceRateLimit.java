package dev.frontline.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.IntakeSettings;

/**
 * How many complaints each source may send a minute, counted per instance in fixed
 * one-minute windows. A source that sends too much is asked to wait, so one runaway
 * integration cannot flood the teams' channels or crowd out the others.
 */
@Component
class SourceRateLimit {

	private final int perMinute;

	private final Clock clock;

	/** Complaints admitted per source in the current minute; old minutes expire. */
	private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(2))
		.build();

	SourceRateLimit(IntakeSettings settings, Clock clock) {
		this.perMinute = settings.limits().complaintsPerMinute();
		this.clock = clock;
	}

	/**
	 * Admits every complaint of a request or none of them.
	 * @return empty when admitted (and counted), else how long to wait before trying
	 * again
	 */
	Optional<Duration> admit(List<IncomingComplaint> complaints) {
		return admit(
				complaints.stream().collect(Collectors.groupingBy(IncomingComplaint::source, Collectors.counting())));
	}

	/**
	 * Admits one request from a sender that is not a complaint source, such as
	 * operations' signals.
	 * @param sender its name, in parentheses so it never meets a complaint source's
	 */
	Optional<Duration> admitOne(String sender) {
		return admit(Map.of("(" + sender + ")", 1L));
	}

	private synchronized Optional<Duration> admit(Map<String, Long> bySource) {
		Instant now = clock.instant();
		long minute = now.getEpochSecond() / 60;
		Function<String, AtomicInteger> count = source -> counts.get(source + "@" + minute, key -> new AtomicInteger());
		for (Map.Entry<String, Long> each : bySource.entrySet()) {
			if (count.apply(each.getKey()).get() + each.getValue() > perMinute) {
				return Optional.of(Duration.ofSeconds((minute + 1) * 60 - now.getEpochSecond()));
			}
		}
		bySource.forEach((source, n) -> count.apply(source).addAndGet(n.intValue()));
		return Optional.empty();
	}

	int perMinute() {
		return perMinute;
	}

	/** The 429 asking a sender to wait; nothing of its request was stored. */
	ResponseEntity<ProblemDetail> tooMany(String what, Duration wait) {
		ResponseEntity<ProblemDetail> tooMany = SignedJsonRequests.problem(HttpStatus.TOO_MANY_REQUESTS,
				"Too many " + what, "a source may send at most " + perMinute + " " + what
						+ " a minute; nothing was stored, try again in " + wait.toSeconds() + " seconds");
		return ResponseEntity.status(tooMany.getStatusCode())
			.headers(tooMany.getHeaders())
			.header("Retry-After", Long.toString(wait.toSeconds()))
			.body(tooMany.getBody());
	}

}
