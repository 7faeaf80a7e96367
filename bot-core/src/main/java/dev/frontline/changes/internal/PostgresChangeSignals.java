package dev.frontline.changes.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.frontline.changes.ChangeSignals;

/**
 * Change signals through PostgreSQL: {@code pg_notify} in the caller's transaction, which
 * PostgreSQL delivers only when that transaction commits, and one connection per instance
 * that {@code LISTEN}s and tells the listeners. While that connection is lost, signals
 * may be missed, so on each (re)connection every listener forgets everything.
 */
final class PostgresChangeSignals implements ChangeSignals, SmartLifecycle {

	static final String CHANNEL = "frontline_changes";

	private static final Logger log = LoggerFactory.getLogger(PostgresChangeSignals.class);

	/** How long one wait for notifications lasts, so a stop is noticed. */
	private static final int WAIT_MILLIS = 500;

	private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Map<String, List<ChangeListener>> listeners = new ConcurrentHashMap<>();

	private volatile @Nullable Thread receiver;

	PostgresChangeSignals(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public void announce(String topic, String key) {
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, Topics.check(topic) + ":" + key).query().listOfRows();
	}

	@Override
	public void listen(String topic, ChangeListener listener) {
		listeners.computeIfAbsent(Topics.check(topic), t -> new CopyOnWriteArrayList<>()).add(listener);
	}

	@Override
	public boolean reachesOtherInstances() {
		return true;
	}

	private void receive() {
		while (!Thread.currentThread().isInterrupted()) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement listen = connection.createStatement()) {
					listen.execute("LISTEN " + CHANNEL);
				}
				// Whatever changed while no one listened is unknown.
				listeners.values().forEach(each -> each.forEach(ChangeListener::forgetAll));
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (!Thread.currentThread().isInterrupted()) {
					PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException ex) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				log.warn("Lost the connection that hears other instances' changes; reconnecting in {}: {}",
						RECONNECT_AFTER, ex.getMessage());
				try {
					Thread.sleep(RECONNECT_AFTER);
				}
				catch (InterruptedException stopping) {
					return;
				}
			}
		}
	}

	private void deliver(String payload) {
		int colon = payload.indexOf(':');
		if (colon < 0) {
			return;
		}
		List<ChangeListener> told = listeners.get(payload.substring(0, colon));
		if (told == null) {
			return;
		}
		String key = payload.substring(colon + 1);
		for (ChangeListener listener : told) {
			try {
				listener.changed(key);
			}
			catch (RuntimeException ex) {
				log.warn("A listener failed on the change {}", payload, ex);
			}
		}
	}

	@Override
	public synchronized void start() {
		if (receiver == null) {
			receiver = Thread.ofPlatform().daemon().name("frontline-changes").start(this::receive);
		}
	}

	@Override
	public synchronized void stop() {
		Thread running = receiver;
		receiver = null;
		if (running != null) {
			running.interrupt();
			try {
				running.join(Duration.ofSeconds(2));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return receiver != null;
	}

}
