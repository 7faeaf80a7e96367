package dev.frontline.discord;

import java.time.Duration;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

import dev.frontline.delivery.ConnectionHealth;

/**
 * JDA, logged in on a thread of its own once the application has started (so every
 * handler is registered before the first interaction): JDA checks the token with Discord
 * before it returns, and Frontline must start (and serve intake, Slack, the console)
 * while Discord is unreachable. Logging in is retried with back-off until it works or the
 * token is refused. No intent beyond {@code GUILDS}, which JDA always asks for (channels,
 * roles and threads; interactions need no intent), Discord's REST base and gateway from
 * the settings, and no default mentions, so no message the bot sends can ping
 * {@code @everyone}, {@code @here}, a role or a user unless it names them itself.
 */
class DiscordConnection implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

	private static final Duration LAST_RETRY = Duration.ofMinutes(5);

	private final DiscordSettings settings;

	private final Supplier<List<EventListener>> listeners;

	private final ConnectionHealth health;

	private @Nullable Thread login;

	private volatile @Nullable JDA jda;

	private volatile boolean closed;

	DiscordConnection(DiscordSettings settings, ConnectionHealth health, Supplier<List<EventListener>> listeners) {
		this.settings = settings;
		this.health = health;
		this.listeners = listeners;
	}

	@Override
	public synchronized void start() {
		if (login == null) {
			login = Thread.ofVirtual().name("discord-login").start(this::logIn);
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return login != null && !closed;
	}

	/** JDA once logged in; it may still be connecting to the gateway. */
	Optional<JDA> jda() {
		return Optional.ofNullable(jda);
	}

	/** The gateway's state: {@code LOGGING_IN} until JDA exists, then JDA's own. */
	JDA.Status status() {
		JDA current = jda;
		return current == null ? JDA.Status.LOGGING_IN : current.getStatus();
	}

	private void logIn() {
		Duration wait = FIRST_RETRY;
		while (!closed) {
			try {
				JDA started = build();
				synchronized (this) {
					if (closed) {
						started.shutdownNow();
						return;
					}
					jda = started;
				}
				health.fixed("login");
				return;
			}
			catch (InvalidTokenException ex) {
				health.found("login", "Discord refused the bot token (DISCORD_BOT_TOKEN)");
				return;
			}
			catch (RuntimeException ex) {
				health.found("login", "Discord could not be reached, retrying: " + ex.getMessage());
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
		JDA current;
		synchronized (this) {
			closed = true;
			current = jda;
			if (login != null) {
				login.interrupt();
			}
		}
		if (current != null) {
			current.shutdown();
			try {
				if (!current.awaitShutdown(Duration.ofSeconds(10))) {
					log.warn("JDA did not shut down within ten seconds; stopping it now");
					current.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				current.shutdownNow();
				Thread.currentThread().interrupt();
			}
		}
	}

	private JDA build() {
		MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
		MessageRequest.setDefaultMentionRepliedUser(false);
		return JDABuilder.createLight(settings.botToken(), EnumSet.noneOf(GatewayIntent.class))
			.setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()))
			.setSessionController(new GatewayAt(settings.gatewayUrl()))
			// A small bot's gateway traffic is light; plain JSON frames need no
			// decompression state to survive reconnects.
			.setCompression(Compression.NONE)
			// Handlers call the core, which may wait on the database: each event on its
			// own virtual thread, so none holds up the gateway or the others.
			.setEventPool(Executors.newVirtualThreadPerTaskExecutor(), true)
			.addEventListeners(listeners.get().toArray())
			.setEnableShutdownHook(false)
			.build();
	}

	/** JDA's session controller, dialling the configured gateway. */
	private static final class GatewayAt extends ConcurrentSessionController {

		private final String gatewayUrl;

		GatewayAt(String gatewayUrl) {
			this.gatewayUrl = gatewayUrl;
		}

		@Override
		public String getGateway() {
			return gatewayUrl;
		}

	}

}
