package dev.frontline.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Message;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ChatPlatform;
import dev.frontline.delivery.DeliveryFailure;
import dev.frontline.delivery.ImagePost;
import dev.frontline.delivery.ThreadNote;

/**
 * Slack as a chat platform: a card is one message, updated with {@code chat.update};
 * notes are replies in its thread. Slack's answers become delivery outcomes: {@code 429}
 * waits for {@code Retry-After}, a missing channel or a revoked token is permanent, a
 * deleted card is posted again, the rest is retried.
 */
class SlackChatPlatform implements ChatPlatform {

	static final String NAME = "slack";

	/** Errors that no retry can fix. */
	private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
			"invalid_auth", "account_inactive", "token_revoked", "no_permission", "missing_scope", "msg_too_long",
			"invalid_blocks", "cant_update_message");

	/** The metadata every card carries, so one whose post was cut short can be found. */
	static final String DELIVERY_EVENT = "frontline_delivery";

	static final String DELIVERY_ID = "delivery_id";

	/**
	 * How far back a card cut short is looked for: the deliveries just before a crash.
	 */
	private static final int HISTORY_SEARCHED = 100;

	private final MethodsClient slack;

	private final Duration pacePerChannel;

	SlackChatPlatform(MethodsClient slack, Duration pacePerChannel) {
		this.slack = slack;
		this.pacePerChannel = pacePerChannel;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Duration minimumIntervalPerChannel() {
		// Slack allows about one message a second per channel
		// (frontline.slack.pace-per-channel).
		return pacePerChannel;
	}

	@Override
	public String postCard(ChannelAddress channel, Card card, String deliveryId) throws DeliveryFailure {
		return call(() -> slack.chatPostMessage(r -> r.channel(channel.channel())
			.text(CardBlocks.fallback(card))
			.blocks(CardBlocks.of(card))
			.metadata(Message.Metadata.builder()
				.eventType(DELIVERY_EVENT)
				.eventPayload(Map.of(DELIVERY_ID, deliveryId))
				.build())
			.unfurlLinks(false)
			.unfurlMedia(false)
			.linkNames(false))).getTs();
	}

	/**
	 * Looks for the card among the channel's latest messages by the delivery id it
	 * carries in its metadata. Without the history scope ({@code channels:history}) Slack
	 * cannot tell, and the card is posted again.
	 */
	@Override
	public Optional<String> findPostedCard(ChannelAddress channel, String deliveryId) {
		try {
			var history = slack.conversationsHistory(
					r -> r.channel(channel.channel()).limit(HISTORY_SEARCHED).includeAllMetadata(true));
			if (!history.isOk() || history.getMessages() == null) {
				return Optional.empty();
			}
			return history.getMessages()
				.stream()
				.filter(message -> message.getMetadata() != null
						&& DELIVERY_EVENT.equals(message.getMetadata().getEventType())
						&& message.getMetadata().getEventPayload() != null
						&& deliveryId.equals(message.getMetadata().getEventPayload().get(DELIVERY_ID)))
				.map(Message::getTs)
				.findFirst();
		}
		catch (IOException | SlackApiException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void updateCard(ChannelAddress channel, String messageRef, Card card) throws DeliveryFailure {
		call(() -> slack.chatUpdate(r -> r.channel(channel.channel())
			.ts(messageRef)
			.text(CardBlocks.fallback(card))
			.blocks(CardBlocks.of(card))
			.linkNames(false)));
	}

	@Override
	public void postThreadNote(ChannelAddress channel, String cardMessageRef, ThreadNote note, String deliveryId)
			throws DeliveryFailure {
		postNote(channel.channel(), cardMessageRef, mentions(note), note);
	}

	/**
	 * Posted to the person's id: Slack delivers it in the app's direct conversation with
	 * them.
	 */
	@Override
	public void sendDirectMessage(String userId, ThreadNote message, String deliveryId) throws DeliveryFailure {
		postNote(userId, null, "", message);
	}

	/**
	 * A note as plain text after its mentions, in a thread or on its own; never a link.
	 */
	private void postNote(String channel, @Nullable String threadTs, String mentions, ThreadNote note)
			throws DeliveryFailure {
		call(() -> slack.chatPostMessage(r -> r.channel(channel)
			.threadTs(threadTs)
			.text(mentions + SlackText.untrusted(note.text()))
			.blocks(note.actions().isEmpty() ? null : CardBlocks.ofNote(mentions, note))
			.mrkdwn(false)
			.unfurlLinks(false)
			.unfurlMedia(false)
			.linkNames(false)));
	}

	/**
	 * Uploads the picture as Slack asks apps to: {@code files.getUploadURLExternal}, the
	 * bytes to the URL it gives, then {@code files.completeUploadExternal} sharing it in
	 * the channel with the lines as its comment (escaped, so nothing in them links or
	 * mentions). Needs the {@code files:write} scope.
	 */
	@Override
	public void postImage(ChannelAddress channel, ImagePost image, String deliveryId) throws DeliveryFailure {
		call(() -> slack.filesUploadV2(r -> r.channel(channel.channel())
			.filename(image.fileName())
			.title(image.title())
			.altTxt(image.altText())
			.fileData(image.png())
			.initialComment(SlackText.untrusted(image.text()))));
	}

	/**
	 * The note's mentions as Slack writes them: {@code <@U…>} for a person,
	 * {@code <!subteam^S…>} for a user group. They come from configuration, never from a
	 * customer, and are the only markup we send.
	 */
	static String mentions(ThreadNote note) {
		StringBuilder text = new StringBuilder();
		for (ThreadNote.Mention mention : note.mentions()) {
			text.append(mention.group() ? "<!subteam^" + mention.id() + ">" : "<@" + mention.id() + ">").append(' ');
		}
		return text.toString();
	}

	private interface SlackCall<T extends SlackApiTextResponse> {

		T call() throws IOException, SlackApiException;

	}

	private static <T extends SlackApiTextResponse> T call(SlackCall<T> call) throws DeliveryFailure {
		try {
			T response = call.call();
			if (response.isOk()) {
				return response;
			}
			String error = String.valueOf(response.getError());
			if (error.equals("ratelimited")) {
				throw DeliveryFailure.rateLimited(Duration.ofSeconds(1));
			}
			if (error.equals("message_not_found")) {
				throw DeliveryFailure.messageGone("Slack: " + error);
			}
			throw PERMANENT.contains(error) ? DeliveryFailure.permanent("Slack: " + error)
					: DeliveryFailure.temporary("Slack: " + error, null);
		}
		catch (SlackApiException ex) {
			int status = ex.getResponse().code();
			if (status == 429) {
				String retryAfter = ex.getResponse().header("Retry-After");
				throw DeliveryFailure.rateLimited(Duration.ofSeconds(parseSeconds(retryAfter)));
			}
			throw DeliveryFailure.temporary("Slack answered HTTP " + status, ex);
		}
		catch (IOException ex) {
			throw DeliveryFailure.temporary("Slack could not be reached: " + ex.getMessage(), ex);
		}
	}

	private static long parseSeconds(String retryAfter) {
		try {
			return Math.max(1, Long.parseLong(retryAfter.strip()));
		}
		catch (RuntimeException unreadable) {
			return 1;
		}
	}

}
