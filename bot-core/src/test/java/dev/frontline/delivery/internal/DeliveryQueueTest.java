package dev.frontline.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.DeliveryFailure;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.RecordingChatPlatform;
import dev.frontline.testing.RecordingChatPlatform.Call;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox: order per channel, pacing, retries that honour Retry-After, and nothing
 * lost or sent twice.
 */
@SpringBootTest
class DeliveryQueueTest {

	@Autowired
	DeliveryQueue queue;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	RecordingChatPlatform chat;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	ChannelAddress channel;

	@BeforeEach
	void freshChannel() {
		chat.pace(Duration.ofSeconds(1));
		channel = new ChannelAddress("slack", "C-" + UUID.randomUUID());
	}

	/**
	 * The platform is shared with the other tests of this context, whose clock does not
	 * move by itself: paced, their channels would wait for time that never passes.
	 */
	@AfterEach
	void unpaced() {
		chat.pace(Duration.ZERO);
	}

	@Test
	void deliversACardThenItsNotesInOrderAndUpdatesTheCardInPlace() {
		inTransaction(() -> {
			queue.showCard(channel, "case-1", card("v1"));
			queue.addThreadNote(channel, "case-1", new ThreadNote("first"));
			queue.addThreadNote(channel, "case-1", new ThreadNote("second"));
		});
		awaitCalls(3);
		inTransaction(() -> queue.showCard(channel, "case-1", card("v2")));

		List<Call> calls = awaitCalls(4);
		assertThat(calls).extracting(Call::method)
			.containsExactly("postCard", "postThreadNote", "postThreadNote", "updateCard");
		assertThat(calls.get(1).note().text()).isEqualTo("first");
		assertThat(calls.get(2).note().text()).isEqualTo("second");
		assertThat(calls.get(3).ref()).isEqualTo(calls.get(0).ref());
		assertThat(calls.get(3).card().title()).isEqualTo("v2");
	}

	@Test
	void aNewCardIsNotStuckBehindQueuedNotes() {
		inTransaction(() -> {
			queue.showCard(channel, "case-a", card("A"));
			for (int i = 0; i < 20; i++) {
				queue.addThreadNote(channel, "case-a", new ThreadNote("note " + i));
			}
			queue.showCard(channel, "case-b", card("SEV1 B"));
		});

		List<Call> calls = awaitCalls(3);
		assertThat(calls).extracting(Call::method).startsWith("postCard", "postCard", "postThreadNote");
		assertThat(calls.get(1).card().title()).isEqualTo("SEV1 B");
		assertThat(calls.get(2).note().text()).isEqualTo("note 0");
	}

	@Test
	void aCriticalCardGoesBeforeOtherWaitingCards() {
		inTransaction(() -> {
			queue.showCard(channel, "case-n1", card("normal 1"));
			queue.showCard(channel, "case-n2", card("normal 2"));
			queue.showCard(channel, "case-s1",
					new Card("SEV1", Card.Tone.CRITICAL, List.of(), null, List.of(), List.of(), null));
		});

		List<Call> calls = awaitCalls(3);
		assertThat(calls).extracting(call -> call.card().title()).containsExactly("SEV1", "normal 1", "normal 2");
	}

	@Test
	void keepsToOneMessageASecondPerChannel() {
		inTransaction(() -> {
			for (int i = 0; i < 4; i++) {
				queue.showCard(channel, "case-" + i, card("card " + i));
			}
		});

		List<Call> calls = awaitCalls(4);
		for (int i = 1; i < calls.size(); i++) {
			assertThat(Duration.between(calls.get(i - 1).at(), calls.get(i).at()))
				.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		}
	}

	@Test
	void pacedMessagesGoOutWithoutAnyoneWakingTheWorker() {
		inTransaction(() -> {
			queue.showCard(channel, "case-p1", card("first"));
			queue.showCard(channel, "case-p2", card("second"));
			queue.addThreadNote(channel, "case-p1", new ThreadNote("third"));
		});

		// Only time passes: the worker must schedule its own next round for the paced
		// messages.
		List<Call> calls = await().atMost(Duration.ofSeconds(15)).until(() -> {
			clock.advance(Duration.ofMillis(500));
			return callsInChannel();
		}, found -> found.size() >= 3);
		assertThat(calls).extracting(Call::method).containsExactly("postCard", "postCard", "postThreadNote");
	}

	@Test
	void sendsOnlyTheNewestOfSeveralWaitingVersionsOfACard() {
		inTransaction(() -> queue.showCard(channel, "case-9", card("posted")));
		awaitCalls(1);
		inTransaction(() -> {
			queue.showCard(channel, "case-9", card("v2"));
			queue.showCard(channel, "case-9", card("v3"));
			queue.showCard(channel, "case-9", card("v4"));
		});

		List<Call> calls = awaitCalls(2);
		assertThat(calls.get(1).card().title()).isEqualTo("v4");
		clock.advance(Duration.ofSeconds(5));
		awaitNothingPending();
		assertThat(callsInChannel()).hasSize(2);
	}

	@Test
	void aRateLimitedMessageWaitsAsLongAsThePlatformAsked() {
		chat.failNext(DeliveryFailure.rateLimited(Duration.ofSeconds(30)));
		OffsetDateTime rejectedAt = clock.instant().atOffset(ZoneOffset.UTC);
		inTransaction(() -> queue.showCard(channel, "case-r", card("limited")));

		await().atMost(Duration.ofSeconds(5)).until(() -> lastError() != null);
		assertThat(callsInChannel()).isEmpty();

		List<Call> calls = awaitCalls(1);
		assertThat(Duration.between(rejectedAt.toInstant(), calls.getFirst().at()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void aFailedDeliveryIsRetriedAndArrivesOnce() {
		chat.failNext(DeliveryFailure.temporary("HTTP 500", null));
		chat.failNext(DeliveryFailure.temporary("HTTP 500", null));
		inTransaction(() -> queue.showCard(channel, "case-f", card("flaky")));

		List<Call> calls = awaitCalls(1);
		clock.advance(Duration.ofMinutes(1));
		assertThat(calls.getFirst().card().title()).isEqualTo("flaky");
		assertThat(callsInChannel()).hasSize(1);
		awaitNothingPending();
	}

	@Test
	void aMessageWhoseSendingWasInterruptedIsSentAgainUnderTheSameDeliveryId() {
		// As left by a crash between starting an attempt and recording its outcome.
		jdbc.sql(
				"""
						insert into outbound_message (platform, channel, card_key, kind, payload, state, attempts, not_before, created_at)
						values (?, ?, 'case-c', 'CARD', ?, 'SENDING', 1, ?, ?)""")
			.params(channel.platform(), channel.channel(), json.writeValueAsString(card("interrupted")),
					clock.instant().atOffset(ZoneOffset.UTC), clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		long id = jdbc.sql("select max(id) from outbound_message").query(Long.class).single();
		worker.wake();

		List<Call> calls = awaitCalls(1);
		assertThat(calls.getFirst().deliveryId()).isEqualTo("frontline-" + id);
		awaitNothingPending();
	}

	@Test
	void aCardThatArrivedBeforeItsSenderDiedIsNotPostedAgain() throws Exception {
		// As left by a crash after the platform received the card, before it was
		// recorded.
		jdbc.sql(
				"""
						insert into outbound_message (platform, channel, card_key, kind, payload, state, attempts, not_before, created_at)
						values (?, ?, 'case-a', 'CARD', ?, 'SENDING', 1, ?, ?)""")
			.params(channel.platform(), channel.channel(), json.writeValueAsString(card("arrived")),
					clock.instant().atOffset(ZoneOffset.UTC), clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		long id = jdbc.sql("select max(id) from outbound_message").query(Long.class).single();
		String ref = chat.postCard(channel, card("arrived"), "frontline-" + id);
		worker.wake();

		awaitNothingPending();
		assertThat(chat.callsFor(channel.channel())).extracting(Call::method).containsExactly("postCard");
		assertThat(jdbc.sql("select message_ref from posted_card where channel = ?")
			.param(channel.channel())
			.query(String.class)
			.single()).isEqualTo(ref);
	}

	@Test
	void aMessageToAPlatformThatIsNotConnectedWaitsInsteadOfBeingDropped() {
		ChannelAddress discord = new ChannelAddress("discord", "123");
		inTransaction(() -> queue.showCard(discord, "case-d", card("waiting")));
		clock.advance(Duration.ofSeconds(5));
		worker.deliverWhatIsDue();

		assertThat(jdbc.sql("select state from outbound_message where channel = '123'").query(String.class).single())
			.isEqualTo("PENDING");
		jdbc.sql("delete from outbound_message where channel = '123'").update();
	}

	@Test
	void nothingIsQueuedWhenTheTransactionRollsBack() {
		transactions.executeWithoutResult(status -> {
			queue.showCard(channel, "case-x", card("never"));
			status.setRollbackOnly();
		});

		assertThat(jdbc.sql("select count(*) from outbound_message where channel = ?")
			.param(channel.channel())
			.query(Long.class)
			.single()).isZero();
	}

	private List<Call> awaitCalls(int count) {
		return await().atMost(Duration.ofSeconds(15)).until(() -> {
			clock.advance(Duration.ofSeconds(1));
			worker.wake();
			return callsInChannel();
		}, calls -> calls.size() >= count);
	}

	/**
	 * The platform records a call before the worker commits its outcome: wait for the
	 * commit.
	 */
	private void awaitNothingPending() {
		await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 0);
	}

	private List<Call> callsInChannel() {
		return chat.calls().stream().filter(call -> call.channel().equals(channel)).toList();
	}

	private long pending() {
		return jdbc.sql("select count(*) from outbound_message where channel = ? and state in ('PENDING', 'SENDING')")
			.param(channel.channel())
			.query(Long.class)
			.single();
	}

	private String lastError() {
		return jdbc.sql("select last_error from outbound_message where channel = ? and last_error is not null")
			.param(channel.channel())
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

	private void inTransaction(Runnable work) {
		transactions.executeWithoutResult(status -> work.run());
	}

	private static Card card(String title) {
		return new Card(title, Card.Tone.NORMAL, List.of(), null, List.of(), List.of(), null);
	}

}
