package dev.frontline.discord;

import java.time.Duration;
import java.util.List;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import dev.frontline.delivery.PlatformLogin;

/**
 * JDA, logged in on a thread of its own once the application has started and retried with
 * back-off (see {@link PlatformLogin}): JDA checks the token with Discord before it
 * returns. No intent beyond {@code GUILDS}, which JDA always asks for (channels, roles
 * and threads; interactions need no intent), Discord's REST base and gateway from the
 * settings, and no default mentions, so no message the bot sends can ping
 * {@code @everyone}, {@code @here}, a role or a user unless it names them itself.
 */
class DiscordConnection extends PlatformLogin<JDA> {

	private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);

	private final DiscordSettings settings;

	private final Supplier<List<EventListener>> listeners;

	DiscordConnection(DiscordSettings settings, ConnectionHealth health, Supplier<List<EventListener>> listeners) {
		super("Discord", health);
		this.settings = settings;
		this.listeners = listeners;
	}

	/** The gateway's state: {@code LOGGING_IN} until JDA exists, then JDA's own. */
	JDA.Status status() {
		return client().map(JDA::getStatus).orElse(JDA.Status.LOGGING_IN);
	}

	@Override
	protected JDA logIn() throws Refused {
		MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
		MessageRequest.setDefaultMentionRepliedUser(false);
		try {
			return JDABuilder.createLight(settings.botToken(), EnumSet.noneOf(GatewayIntent.class))
				.setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()))
				// JDA asks its session controller for the gateway: the configured one.
				.setSessionController(new ConcurrentSessionController() {

					@Override
					public String getGateway() {
						return settings.gatewayUrl();
					}

				})
				// A small bot's gateway traffic is light; plain JSON frames need no
				// decompression state to survive reconnects.
				.setCompression(Compression.NONE)
				// Handlers call the core, which may wait on the database: each event
				// on its own virtual thread, so none holds up the gateway or the
				// others.
				.setEventPool(Executors.newVirtualThreadPerTaskExecutor(), true)
				.addEventListeners(listeners.get().toArray())
				.setEnableShutdownHook(false)
				.build();
		}
		catch (InvalidTokenException ex) {
			throw new Refused("Discord refused the bot token (DISCORD_BOT_TOKEN)");
		}
	}

	@Override
	protected void logOut(JDA jda) {
		jda.shutdown();
		try {
			if (!jda.awaitShutdown(Duration.ofSeconds(10))) {
				log.warn("JDA did not shut down within ten seconds; stopping it now");
				jda.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			jda.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

}
