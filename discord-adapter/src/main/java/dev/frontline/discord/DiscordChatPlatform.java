package dev.frontline.discord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ChatPlatform;
import dev.frontline.delivery.DeliveryFailure;
import dev.frontline.delivery.ImagePost;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.delivery.ConnectionHealth;

/**
 * Discord as a chat platform: a card is one message with an embed, edited in place; its
 * activity goes into a thread started from it (a thread started from a message has the
 * message's id). JDA keeps within Discord's per-route buckets and waits out {@code 429}s
 * itself; what it cannot fix becomes a delivery outcome: a missing channel or a lacking
 * permission is permanent and shown on health, the rest is retried.
 */
class DiscordChatPlatform implements ChatPlatform {

	static final String NAME = "discord";

	/** How long one call may wait, JDA's own rate-limit waits included. */
	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	private static final Set<ErrorResponse> NO_ACCESS = Set.of(ErrorResponse.UNKNOWN_CHANNEL,
			ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS);

	private final DiscordConnection connection;

	private final ConnectionHealth health;

	private final Duration pacePerChannel;

	DiscordChatPlatform(DiscordConnection connection, ConnectionHealth health, Duration pacePerChannel) {
		this.connection = connection;
		this.health = health;
		this.pacePerChannel = pacePerChannel;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Duration minimumIntervalPerChannel() {
		// Discord allows five messages per five seconds in a channel; one a second
		// leaves room for the edits that keep cards up to date
		// (frontline.discord.pace-per-channel).
		return pacePerChannel;
	}

	@Override
	public String postCard(ChannelAddress channel, Card card, String deliveryId) throws DeliveryFailure {
		GuildMessageChannel target = channel(channel.channel());
		Message posted = call(channel.channel(),
				() -> target.sendMessage(DiscordMessages.card(card)).setNonce(nonce(deliveryId)));
		startThread(target, posted.getId(), card.subject().orElse("Activity"));
		return posted.getId();
	}

	@Override
	public void updateCard(ChannelAddress channel, String messageRef, Card card) throws DeliveryFailure {
		GuildMessageChannel target = channel(channel.channel());
		call(channel.channel(),
				() -> target.editMessageById(messageRef, MessageEditData.fromCreateData(DiscordMessages.card(card))));
	}

	@Override
	public void postThreadNote(ChannelAddress channel, String cardMessageRef, ThreadNote note, String deliveryId)
			throws DeliveryFailure {
		GuildMessageChannel thread = thread(channel(channel.channel()), cardMessageRef);
		call(channel.channel(), () -> thread.sendMessage(DiscordMessages.note(note)).setNonce(nonce(deliveryId)));
	}

	/**
	 * The picture as an attachment on a message in the channel, its lines as the text.
	 */
	@Override
	public void postImage(ChannelAddress channel, ImagePost image, String deliveryId) throws DeliveryFailure {
		GuildMessageChannel target = channel(channel.channel());
		call(channel.channel(), () -> target.sendMessage(DiscordMessages.image(image)).setNonce(nonce(deliveryId)));
	}

	/** Opens (or finds) the bot's direct conversation with the person and posts there. */
	@Override
	public void sendDirectMessage(String userId, ThreadNote message, String deliveryId) throws DeliveryFailure {
		if (!userId.matches("\\d{1,20}")) {
			throw DeliveryFailure.permanent("not a Discord user id: " + userId);
		}
		JDA jda = connected();
		MessageCreateData direct = DiscordMessages.direct(message.text(), message.actions());
		call(null, () -> jda.openPrivateChannelById(userId)
			.flatMap(channel -> channel.sendMessage(direct).setNonce(nonce(deliveryId))));
	}

	/**
	 * The team channel from JDA's cache, which the gateway fills when it connects: while
	 * it is connecting the message waits; once connected, a channel the bot cannot see is
	 * a problem for the operator to fix.
	 */
	private GuildMessageChannel channel(String channelId) throws DeliveryFailure {
		GuildMessageChannel found = channelId.matches("\\d{1,20}")
				? connected().getChannelById(GuildMessageChannel.class, channelId) : null;
		if (found == null) {
			health.found("channel " + channelId, "not found, or the bot cannot see it");
			throw DeliveryFailure.permanent("Discord channel " + channelId + " not found");
		}
		return found;
	}

	/** JDA, once it is connected to the gateway and so knows the channels. */
	private JDA connected() throws DeliveryFailure {
		JDA jda = connection.client().orElse(null);
		if (jda == null || jda.getStatus() != JDA.Status.CONNECTED) {
			throw DeliveryFailure.temporary("Discord is not connected (" + connection.status() + ")", null);
		}
		return jda;
	}

	/**
	 * The card's thread. JDA knows every active thread and forgets one once Discord
	 * archives it after a quiet while; the card still names the thread started from it. A
	 * message sent to an archived thread opens it again (the bot's threads are not
	 * locked), so the note is simply sent.
	 */
	private GuildMessageChannel thread(GuildMessageChannel channel, String cardMessageRef) throws DeliveryFailure {
		ThreadChannel known = channel.getJDA().getThreadChannelById(cardMessageRef);
		if (known != null) {
			return known;
		}
		if (!(channel instanceof IThreadContainer container)) {
			// A channel without threads (a voice channel's chat): the notes follow the
			// card.
			return channel;
		}
		ThreadChannel started = call(channel.getId(), () -> channel.retrieveMessageById(cardMessageRef))
			.getStartedThread();
		if (started != null) {
			return started;
		}
		// Starting it when the card was posted failed: the first note starts it.
		return call(channel.getId(), () -> container.createThreadChannel("Activity", cardMessageRef));
	}

	/**
	 * Starts the card's thread at once, named after the case; if that fails now, the
	 * first note starts it.
	 */
	private void startThread(GuildMessageChannel channel, String messageId, String name) {
		if (!(channel instanceof IThreadContainer container)) {
			return;
		}
		try {
			container.createThreadChannel(name, messageId)
				.queue(null, failure -> health.found("channel " + channel.getId(),
						"cannot start a thread: " + failure.getMessage()));
		}
		catch (RuntimeException ex) {
			// JDA refuses at once when it knows a permission is lacking; the card is
			// posted all the same, and must not be posted again.
			health.found("channel " + channel.getId(), "cannot start a thread: " + ex.getMessage());
		}
	}

	/**
	 * Makes and runs a request (JDA checks the permissions it knows while making it),
	 * waiting for JDA (and its rate limiter) at most {@link #CALL_TIMEOUT}; Discord's
	 * answer becomes a delivery outcome.
	 */
	private <T> T call(@Nullable String channelId, Supplier<RestAction<T>> action) throws DeliveryFailure {
		CompletableFuture<T> future;
		try {
			future = action.get().submit();
		}
		catch (InsufficientPermissionException ex) {
			// JDA checks the permissions it knows before it sends anything.
			throw failure(channelId, ex);
		}
		// Cancelled when Discord does not answer in time, so that JDA does not send it
		// later; the nonce covers a request already on its way.
		T result = DeliveryFailure.await(future, CALL_TIMEOUT, "Discord", cause -> failure(channelId, cause));
		if (channelId != null) {
			health.fixed("channel " + channelId);
		}
		return result;
	}

	private DeliveryFailure failure(@Nullable String channelId, @Nullable Throwable cause) {
		if (cause instanceof InsufficientPermissionException lacking) {
			lacking(channelId, "lacks permission " + lacking.getPermission().getName());
			return DeliveryFailure.permanent("Discord: lacks permission " + lacking.getPermission().getName());
		}
		if (cause instanceof ErrorResponseException error) {
			String what = "Discord: " + error.getErrorResponse().name() + " " + error.getMeaning();
			if (NO_ACCESS.contains(error.getErrorResponse())) {
				lacking(channelId, error.getMeaning());
				return DeliveryFailure.permanent(what);
			}
			if (error.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE) {
				return DeliveryFailure.messageGone(what);
			}
			// A note that came while the card's own thread was still being started: the
			// next try finds that thread.
			if (error.isServerError() || error.getErrorResponse() == ErrorResponse.SERVER_ERROR
					|| error.getErrorResponse() == ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS) {
				return DeliveryFailure.temporary(what, error);
			}
			return DeliveryFailure.permanent(what);
		}
		return DeliveryFailure.temporary("Discord could not be reached: " + cause, cause);
	}

	/**
	 * A channel problem shows on health; a person who blocks direct messages does not.
	 */
	private void lacking(@Nullable String channelId, String problem) {
		if (channelId != null) {
			health.found("channel " + channelId, problem);
		}
	}

	/**
	 * The delivery id as a nonce (at most 25 characters): Discord answers a repeat within
	 * a few minutes with the message it already made.
	 */
	static String nonce(String deliveryId) {
		// A name-based UUID is a digest of the id: the same id, the same digits.
		UUID digest = UUID.nameUUIDFromBytes(deliveryId.getBytes(StandardCharsets.UTF_8));
		return digest.toString().replace("-", "").substring(0, 25);
	}

}
