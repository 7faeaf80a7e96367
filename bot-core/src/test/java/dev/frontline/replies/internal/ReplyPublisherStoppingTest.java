package dev.frontline.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.CaseActions;

/**
 * A graceful stop while the connector answers a reply: the reply on its way is recorded
 * as published, and no other goes.
 */
class ReplyPublisherStoppingTest {

	static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	final PublicationStore publications = mock(PublicationStore.class);

	final DraftStore drafts = mock(DraftStore.class);

	final CaseActions caseActions = mock(CaseActions.class);

	final OutboundConnector connector = mock(OutboundConnector.class);

	final TransactionTemplate transactions = mock(TransactionTemplate.class);

	final ReplyPublisher publisher = new ReplyPublisher(publications, drafts, caseActions, connector, transactions,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void stoppingWaitsForTheReplyOnItsWayAndSendsNoOther() throws Exception {
		PublicationStore.Publication first = new PublicationStore.Publication(1, 1, 1001, "{}", 0, NOW);
		PublicationStore.Publication second = new PublicationStore.Publication(2, 1, 1002, "{}", 0, NOW);
		when(connector.configured()).thenReturn(true);
		when(publications.due(eq(NOW), anyInt())).thenReturn(List.of(first, second));
		when(publications.sent(any(), any())).thenReturn(true);
		doAnswer(call -> {
			call.<Consumer<TransactionStatus>>getArgument(0).accept(mock(TransactionStatus.class));
			return null;
		}).when(transactions).executeWithoutResult(any());
		CountDownLatch posting = new CountDownLatch(1);
		CountDownLatch answer = new CountDownLatch(1);
		when(connector.post(anyString(), anyString())).thenAnswer(call -> {
			posting.countDown();
			answer.await();
			return new OutboundConnector.Answer(true, null, null);
		});
		publisher.start();
		ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
		try {
			Future<Integer> published = threads.submit(publisher::publishDue);
			assertThat(posting.await(10, TimeUnit.SECONDS)).isTrue();

			CountDownLatch stopping = new CountDownLatch(1);
			Future<?> stopped = threads.submit(() -> {
				stopping.countDown();
				publisher.stop();
			});
			assertThat(stopping.await(10, TimeUnit.SECONDS)).isTrue();
			Thread.sleep(200);
			assertThat(stopped.isDone()).as("stopping waits for the connector's answer").isFalse();
			answer.countDown();
			stopped.get(10, TimeUnit.SECONDS);

			assertThat(published.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		}
		finally {
			// A failed assertion must not leave the connector's answer waiting forever.
			answer.countDown();
			threads.close();
		}
		assertThat(publisher.isRunning()).isFalse();
		verify(publications).sent(eq(first), any());
		verify(drafts).published(eq(1L), any());
		verify(connector, never()).post(eq(second.idempotencyKey()), anyString());
	}

}
