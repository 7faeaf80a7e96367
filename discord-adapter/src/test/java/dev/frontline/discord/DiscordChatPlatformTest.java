package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import dev.frontline.delivery.ConnectionHealth;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.DeliveryFailure;
import dev.frontline.delivery.ThreadNote;

/** What Discord's state means for a delivery, with JDA mocked. */
class DiscordChatPlatformTest {

	static final Card CARD = new Card("SEV3 · Case 1 · OPEN", Card.Tone.NORMAL, List.of(), null, List.of(), List.of(),
			null);

	final DiscordConnection connection = mock(DiscordConnection.class);

	final ConnectionHealth problems = new ConnectionHealth("Discord", "gateway", "CONNECTED", () -> "CONNECTED");

	final DiscordChatPlatform platform = new DiscordChatPlatform(connection, problems, Duration.ofSeconds(1));

	@Test
	void whileDiscordIsNotConnectedAMessageWaits() {
		when(connection.client()).thenReturn(Optional.empty());
		when(connection.status()).thenReturn(JDA.Status.LOGGING_IN);

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
				() -> platform.postCard(new ChannelAddress("discord", "11"), CARD, "d-1"));

		assertThat(failure.isPermanent()).isFalse();
		assertThat(problems.problems()).isEmpty();
	}

	@Test
	void aChannelTheBotCannotSeeIsPermanentAndShownOnHealth() {
		JDA jda = connectedJda();
		when(jda.getChannelById(GuildMessageChannel.class, "11")).thenReturn(null);

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
				() -> platform.postCard(new ChannelAddress("discord", "11"), CARD, "d-1"));

		assertThat(failure.isPermanent()).isTrue();
		assertThat(problems.problems()).containsKey("channel 11");
	}

	@Test
	void aCardWhoseThreadCannotBeStartedIsPostedOnceAndTheProblemShown() throws Exception {
		JDA jda = connectedJda();
		TextChannel channel = mock(TextChannel.class);
		when(channel.getId()).thenReturn("11");
		when(jda.getChannelById(GuildMessageChannel.class, "11")).thenReturn(channel);
		MessageCreateAction send = mock(MessageCreateAction.class);
		when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(send);
		when(send.setNonce(anyString())).thenReturn(send);
		Message posted = mock(Message.class);
		when(posted.getId()).thenReturn("77");
		when(send.submit()).thenReturn(CompletableFuture.completedFuture(posted));
		when(channel.createThreadChannel(anyString(), anyString()))
			.thenThrow(new IllegalStateException("Missing permission: CREATE_PUBLIC_THREADS"));

		String ref = platform.postCard(new ChannelAddress("discord", "11"), CARD, "d-3");

		assertThat(ref).isEqualTo("77");
		verify(channel).createThreadChannel("Case 1", "77");
		assertThat(problems.problems()).containsEntry("channel 11",
				"cannot start a thread: Missing permission: CREATE_PUBLIC_THREADS");
	}

	@Test
	void aNoteGoesStraightIntoAnArchivedThreadJdaKnowsAsSendingReopensIt() throws Exception {
		TextChannel channel = teamChannel(connectedJda());
		ThreadChannel thread = threadTakingNotes();
		when(thread.isArchived()).thenReturn(true);
		when(channel.getJDA().getThreadChannelById("77")).thenReturn(thread);

		platform.postThreadNote(new ChannelAddress("discord", "11"), "77", new ThreadNote("Acknowledged by Sam"),
				"d-4");

		verify(thread).sendMessage(any(MessageCreateData.class));
		verify(thread, never()).getManager();
	}

	@Test
	void aNoteForAThreadJdaForgotGoesToTheThreadTheCardStarted() throws Exception {
		TextChannel channel = teamChannel(connectedJda());
		ThreadChannel thread = threadTakingNotes();
		Message card = mock(Message.class);
		when(card.getStartedThread()).thenReturn(thread);
		@SuppressWarnings("unchecked")
		RestAction<Message> read = mock(RestAction.class);
		when(read.submit()).thenReturn(CompletableFuture.completedFuture(card));
		when(channel.retrieveMessageById("77")).thenReturn(read);

		platform.postThreadNote(new ChannelAddress("discord", "11"), "77", new ThreadNote("Acknowledged by Sam"),
				"d-5");

		verify(thread).sendMessage(any(MessageCreateData.class));
		verify(channel, never()).createThreadChannel(anyString(), anyString());
	}

	@Test
	void aNoteThatComesWhileTheCardsThreadIsStillBeingStartedIsTriedAgainLater() {
		TextChannel channel = teamChannel(connectedJda());
		Message card = mock(Message.class);
		@SuppressWarnings("unchecked")
		RestAction<Message> read = mock(RestAction.class);
		when(read.submit()).thenReturn(CompletableFuture.completedFuture(card));
		when(channel.retrieveMessageById("77")).thenReturn(read);
		ErrorResponseException startedMeanwhile = mock(ErrorResponseException.class);
		when(startedMeanwhile.getErrorResponse()).thenReturn(ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS);
		@SuppressWarnings("unchecked")
		ThreadChannelAction start = mock(ThreadChannelAction.class);
		when(start.submit()).thenReturn(CompletableFuture.failedFuture(startedMeanwhile));
		when(channel.createThreadChannel(anyString(), anyString())).thenReturn(start);

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> platform
			.postThreadNote(new ChannelAddress("discord", "11"), "77", new ThreadNote("Acknowledged by Sam"), "d-6"));

		assertThat(failure.isPermanent()).isFalse();
	}

	@Test
	void aDirectMessageToSomethingThatIsNotAUserIdIsPermanent() {
		connectedJda();

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class,
				() -> platform.sendDirectMessage("console:sam", new ThreadNote("Step due"), "d-2"));

		assertThat(failure.isPermanent()).isTrue();
	}

	@Test
	void aDeliveryIdBecomesTheSameShortNonceEveryTime() {
		assertThat(DiscordChatPlatform.nonce("frontline-42")).hasSize(25)
			.isEqualTo(DiscordChatPlatform.nonce("frontline-42"))
			.isNotEqualTo(DiscordChatPlatform.nonce("frontline-43"));
	}

	private static TextChannel teamChannel(JDA jda) {
		TextChannel channel = mock(TextChannel.class);
		when(channel.getId()).thenReturn("11");
		when(channel.getJDA()).thenReturn(jda);
		when(jda.getChannelById(GuildMessageChannel.class, "11")).thenReturn(channel);
		return channel;
	}

	private static ThreadChannel threadTakingNotes() {
		ThreadChannel thread = mock(ThreadChannel.class);
		MessageCreateAction send = mock(MessageCreateAction.class);
		when(thread.sendMessage(any(MessageCreateData.class))).thenReturn(send);
		when(send.setNonce(anyString())).thenReturn(send);
		when(send.submit()).thenReturn(CompletableFuture.completedFuture(mock(Message.class)));
		return thread;
	}

	private JDA connectedJda() {
		JDA jda = mock(JDA.class);
		when(jda.getStatus()).thenReturn(JDA.Status.CONNECTED);
		when(connection.client()).thenReturn(Optional.of(jda));
		when(connection.status()).thenReturn(JDA.Status.CONNECTED);
		return jda;
	}

}
