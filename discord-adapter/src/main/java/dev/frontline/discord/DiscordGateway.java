package dev.frontline.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Executors;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * Starts JDA: no intent beyond {@code GUILDS}, which JDA always asks for (channels, roles
 * and threads; interactions need no intent), Discord's REST base and gateway from the
 * settings, and no default mentions, so no message the bot sends can ping
 * {@code @everyone}, {@code @here}, a role or a user unless it names them itself.
 */
final class DiscordGateway {

	private DiscordGateway() {
	}

	/**
	 * Connects in the background: the application starts even while Discord is
	 * unreachable, and messages wait in the delivery queue until it is connected.
	 */
	static JDA start(DiscordSettings settings, List<EventListener> listeners) {
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
			.addEventListeners(listeners.toArray())
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
