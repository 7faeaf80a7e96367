package dev.frontline.delivery;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * A chat platform's client, logged in on a thread of its own once the application has
 * started (so every handler is registered before the first event arrives): a platform's
 * SDK may check its credentials with the platform before it returns, and Frontline must
 * start (and serve intake and the other platforms) while one platform is unreachable.
 * Logging in is retried with back-off, two seconds doubling to five minutes, until it
 * works or the platform refuses the credentials; either shows on health as {@code login}.
 *
 * @param <C> the platform's logged-in client
 */
public abstract class PlatformLogin<C> implements SmartLifecycle {

	private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

	private static final Duration LAST_RETRY = Duration.ofMinutes(5);

	private final String platform;

	private final ConnectionHealth health;

	private @Nullable Thread login;

	private volatile @Nullable C client;

	private volatile boolean closed;

	/**
	 * @param platform the platform's name, as problems with logging in are told
	 * ({@code Discord})
	 * @param health where they are shown
	 */
	protected PlatformLogin(String platform, ConnectionHealth health) {
		this.platform = platform;
		this.health = health;
	}

	/**
	 * Logs in and returns the client; throws {@link Refused} when the platform refuses
	 * the credentials, which retrying cannot fix, and any other exception when the
	 * platform could not be reached, to be retried later.
	 */
	protected abstract C logIn() throws Refused;

	/** Logs the client out, waiting a while for it to finish what it is sending. */
	protected abstract void logOut(C client);

	/** The client once logged in; it may still be connecting. */
	public Optional<C> client() {
		return Optional.ofNullable(client);
	}

	@Override
	public synchronized void start() {
		if (login == null) {
			login = Thread.ofVirtual().name(platform.toLowerCase() + "-login").start(this::keepTrying);
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return login != null && !closed;
	}

	private void keepTrying() {
		Duration wait = FIRST_RETRY;
		while (!closed) {
			try {
				C started = logIn();
				synchronized (this) {
					if (closed) {
						logOut(started);
						return;
					}
					client = started;
				}
				health.fixed("login");
				return;
			}
			catch (Refused ex) {
				health.found("login", ex.getMessage());
				return;
			}
			catch (RuntimeException ex) {
				health.found("login", platform + " could not be reached, retrying: " + ex.getMessage());
				try {
					Thread.sleep(wait);
				}
				catch (InterruptedException interrupted) {
					return;
				}
				wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
			}
		}
	}

	@Override
	public void stop() {
		C current;
		synchronized (this) {
			closed = true;
			current = client;
			if (login != null) {
				login.interrupt();
			}
		}
		if (current != null) {
			logOut(current);
		}
	}

	/** The platform refused the credentials: retrying cannot fix it. */
	public static class Refused extends Exception {

		/**
		 * @param problem what health shows, naming the setting to fix
		 */
		public Refused(String problem) {
			super(problem);
		}

	}

}
