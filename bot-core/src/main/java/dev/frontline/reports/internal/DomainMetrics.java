package dev.frontline.reports.internal;

import static dev.frontline.storage.Timestamps.instant;
import static dev.frontline.storage.Timestamps.nullableInstant;
import static dev.frontline.storage.Timestamps.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import dev.frontline.cases.CaseTaken;

/**
 * The domain's metrics for operations, as Prometheus scrapes them from
 * {@code /actuator/prometheus}. Totals and levels are read from the database every 30
 * seconds, so every instance reports the same figures for the shared data (take the max
 * across instances, not the sum); time to acknowledge is observed where the case is
 * acknowledged. Labels are severities, teams, sources, statuses and platforms: never what
 * a customer wrote, nor a handle or a name.
 */
@Component
class DomainMetrics {

	private static final Logger log = LoggerFactory.getLogger(DomainMetrics.class);

	private final MeterRegistry registry;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The latest figure of each meter, by its name and tags. */
	private final Map<Tags, double[]> figures = new ConcurrentHashMap<>();

	private final Set<Tags> registered = ConcurrentHashMap.newKeySet();

	/**
	 * Acknowledgements observed here, by case and moment: a case is timed once, though
	 * both its acknowledgement and its resolution announce it as taken.
	 */
	private final Cache<String, Boolean> timed = Caffeine.newBuilder().maximumSize(50_000).build();

	DomainMetrics(ObjectProvider<MeterRegistry> registry, JdbcClient jdbc, Clock clock) {
		// Spring Boot adds its registries (Prometheus's among them) to the global one.
		this.registry = registry.getIfAvailable(() -> Metrics.globalRegistry);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Where the meters are recorded. */
	MeterRegistry registry() {
		return registry;
	}

	/** Every 30 seconds, on every instance: each exposes the shared figures. */
	@Scheduled(fixedDelay = 30, initialDelay = 5, timeUnit = TimeUnit.SECONDS)
	void refreshLogged() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.debug("Reading the domain metrics failed; trying again in 30 s", ex);
		}
	}

	void refresh() {
		Instant now = clock.instant();
		jdbc.sql("""
				select c.severity, s.team, c.source, count(*) as n from complaint c
				join support_case s on s.number = c.case_number group by c.severity, s.team, c.source""")
			.query((rs, i) -> {
				counter("frontline.complaints.received", "Complaints received, by the severity they were rated",
						Tags.of("severity", rs.getString("severity"), "team", rs.getString("team"), "source",
								rs.getString("source")),
						rs.getLong("n"));
				return null;
			})
			.list();
		jdbc.sql("select status, count(*) as n from support_case group by status").query((rs, i) -> {
			gauge("frontline.cases", "Cases by status", Tags.of("status", rs.getString("status")), rs.getLong("n"));
			return null;
		}).list();
		jdbc.sql("""
				select severity, team, count(*) as n from support_case where acknowledge_by is not null
				and ((acknowledged_at is not null and acknowledged_at > acknowledge_by)
				  or (acknowledged_at is null and resolved_at is null and acknowledge_by < ?))
				group by severity, team""").params(utc(now)).query((rs, i) -> {
			counter("frontline.sla.breaches", "Cases acknowledged after their due time, or still not past it",
					Tags.of("severity", rs.getString("severity"), "team", rs.getString("team")), rs.getLong("n"));
			return null;
		}).list();
		jdbc.sql(
				"select action, count(*) as n from case_history where action in ('CORRECTED', 'MOVED') group by action")
			.query((rs, i) -> {
				counter("frontline.triage.corrections", "Corrections of triage made by people",
						Tags.of("kind", rs.getString("action").equals("MOVED") ? "team" : "severity"), rs.getLong("n"));
				return null;
			})
			.list();
		for (String platform : List.of("slack", "discord", "console")) {
			gauge("frontline.delivery.queue.depth", "Messages waiting for a chat platform",
					Tags.of("platform", platform), 0);
			gauge("frontline.delivery.queue.oldest", "Age in seconds of the oldest waiting message",
					Tags.of("platform", platform), 0);
		}
		jdbc.sql("select platform, count(*) as n, min(created_at) as oldest from outbound_message"
				+ " where state in ('PENDING', 'SENDING') group by platform")
			.query((rs, i) -> {
				Tags platform = Tags.of("platform", rs.getString("platform"));
				gauge("frontline.delivery.queue.depth", "Messages waiting for a chat platform", platform,
						rs.getLong("n"));
				Instant oldest = nullableInstant(rs, "oldest");
				gauge("frontline.delivery.queue.oldest", "Age in seconds of the oldest waiting message", platform,
						oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds()));
				return null;
			})
			.list();
	}

	/** Times the acknowledgement of a case that has just been taken, once. */
	@TransactionalEventListener
	void acknowledged(CaseTaken taken) {
		jdbc.sql("select severity, team, opened_at, acknowledged_at from support_case where number = ?")
			.param(taken.number())
			.query((rs, i) -> {
				Instant acknowledgedAt = nullableInstant(rs, "acknowledged_at");
				if (acknowledgedAt != null
						&& timed.asMap().putIfAbsent(taken.number() + "@" + acknowledgedAt, true) == null) {
					Timer.builder("frontline.acknowledgement")
						.description("Time from a case's opening to its acknowledgement")
						.tags("severity", rs.getString("severity"), "team", rs.getString("team"))
						.publishPercentileHistogram()
						.serviceLevelObjectives(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60))
						.register(registry)
						.record(Duration.between(instant(rs, "opened_at"), acknowledgedAt));
				}
				return null;
			})
			.list();
	}

	private void counter(String name, String description, Tags tags, double value) {
		double[] figure = figureOf(name, tags, value);
		if (registered.add(tags.and("meter", name))) {
			FunctionCounter.builder(name, figure, held -> held[0])
				.description(description)
				.tags(tags)
				.register(registry);
		}
	}

	private void gauge(String name, String description, Tags tags, double value) {
		double[] figure = figureOf(name, tags, value);
		if (registered.add(tags.and("meter", name))) {
			Gauge.builder(name, figure, held -> held[0]).description(description).tags(tags).register(registry);
		}
	}

	private double[] figureOf(String name, Tags tags, double value) {
		double[] figure = figures.computeIfAbsent(tags.and("meter", name), key -> new double[1]);
		figure[0] = value;
		return figure;
	}

}
