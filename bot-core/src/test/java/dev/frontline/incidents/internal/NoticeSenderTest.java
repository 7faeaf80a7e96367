package dev.frontline.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.ComplaintView;
import dev.frontline.cases.IncidentMembers;
import dev.frontline.incidents.IncidentSettings;
import dev.frontline.incidents.NoticeChannel;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sender keeps each source's pace, records a copy only once the connector took it,
 * and leaves a refused one waiting with back-off.
 */
class NoticeSenderTest {

	static final Instant NOW = Instant.parse("2026-12-03T14:00:00Z");

	final NoticeStore notices = mock(NoticeStore.class);

	final NoticeChannel channel = mock(NoticeChannel.class);

	final IncidentMembers members = mock(IncidentMembers.class);

	final Cases cases = mock(Cases.class);

	final TransactionTemplate transactions = mock(TransactionTemplate.class);

	final NoticeSender sender = new NoticeSender(notices, channel, members, mock(IncidentStore.class), cases,
			new IncidentSettings(null, null, null, null, null, List.of(),
					new IncidentSettings.Notices(null, null, null, null, 3)),
			transactions, JsonMapper.builder().build(), Clock.fixed(NOW, ZoneOffset.UTC));

	NoticeSenderTest() throws InterruptedException {
		when(channel.connected()).thenReturn(true);
		CaseView view = mock(CaseView.class);
		ComplaintView complaint = mock(ComplaintView.class);
		when(complaint.source()).thenReturn("x");
		when(complaint.externalId()).thenReturn("post-1");
		when(view.firstComplaint()).thenReturn(complaint);
		when(cases.get(anyLong())).thenReturn(view);
		when(channel.post(anyString(), anyString())).thenReturn(new NoticeChannel.Answer(true, null, null));
		when(notices.sent(anyLong(), any(), any(), anyString())).thenReturn(true);
		doAnswer(call -> {
			call.<Consumer<TransactionStatus>>getArgument(0).accept(mock(TransactionStatus.class));
			return null;
		}).when(transactions).executeWithoutResult(any());
	}

	@Test
	void eachSourceGetsAtMostItsPaceInOnePollWhileOthersGoOn() throws InterruptedException {
		List<NoticeStore.Delivery> due = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			due.add(delivery(i, "x"));
		}
		due.add(delivery(5, "mastodon"));
		when(notices.due(eq(NOW), anyInt())).thenReturn(due);

		assertThat(sender.sendDue(Integer.MAX_VALUE)).isEqualTo(4);

		verify(channel).post(eq("frontline-notice-9-1000-1"), anyString());
		verify(channel).post(eq("frontline-notice-9-1002-1"), anyString());
		verify(channel, never()).post(eq("frontline-notice-9-1003-1"), anyString());
		verify(channel).post(eq("frontline-notice-9-1005-1"), anyString());
		verify(members).notified(1000, 9, 1, "through the connector");
	}

	@Test
	void stoppingWaitsForTheCopyOnItsWayAndSendsNoOther() throws Exception {
		when(notices.due(eq(NOW), anyInt())).thenReturn(List.of(delivery(0, "x"), delivery(1, "x")));
		CountDownLatch posting = new CountDownLatch(1);
		CountDownLatch answer = new CountDownLatch(1);
		when(channel.post(anyString(), anyString())).thenAnswer(call -> {
			posting.countDown();
			answer.await();
			return new NoticeChannel.Answer(true, null, null);
		});
		sender.start();
		ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
		try {
			Future<Integer> sent = threads.submit(() -> sender.sendDue(Integer.MAX_VALUE));
			assertThat(posting.await(10, TimeUnit.SECONDS)).isTrue();

			CountDownLatch stopping = new CountDownLatch(1);
			Future<?> stopped = threads.submit(() -> {
				stopping.countDown();
				sender.stop();
			});
			assertThat(stopping.await(10, TimeUnit.SECONDS)).isTrue();
			Thread.sleep(200);
			assertThat(stopped.isDone()).as("stopping waits for the connector's answer").isFalse();
			answer.countDown();
			stopped.get(10, TimeUnit.SECONDS);

			assertThat(sent.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		}
		finally {
			// A failed assertion must not leave the connector's answer waiting forever.
			answer.countDown();
			threads.close();
		}
		assertThat(sender.isRunning()).isFalse();
		verify(notices).sent(eq(0L), eq(NoticeStore.DeliveryState.PENDING), any(), eq("connector"));
		verify(channel, never()).post(eq("frontline-notice-9-1001-1"), anyString());
	}

	@Test
	void aCopyTheConnectorRefusesWaitsWithBackOffAndTellsNoCase() throws InterruptedException {
		when(notices.due(eq(NOW), anyInt())).thenReturn(List.of(delivery(0, "x")));
		when(channel.post(anyString(), anyString()))
			.thenReturn(new NoticeChannel.Answer(false, "HTTP 503", Duration.ofSeconds(30)));
		when(channel.retryIn(0, Duration.ofSeconds(30))).thenReturn(Duration.ofSeconds(30));

		assertThat(sender.sendDue(Integer.MAX_VALUE)).isZero();

		verify(notices).failed(anyLong(), eq("HTTP 503"), eq(NOW.plusSeconds(30)));
		verify(notices, never()).sent(anyLong(), any(), any(), anyString());
		verify(members, never()).notified(anyLong(), anyLong(), anyInt(), anyString());
	}

	@Test
	void thePayloadIsTheReplysShapeWithKindNotice() throws InterruptedException {
		when(notices.due(eq(NOW), anyInt())).thenReturn(List.of(delivery(0, "x")));

		sender.sendDue(Integer.MAX_VALUE);

		verify(channel).post("frontline-notice-9-1000-1",
				"{\"kind\":\"notice\",\"incidentNumber\":9,\"notice\":1,\"caseNumber\":1000,\"source\":\"x\","
						+ "\"inReplyTo\":\"post-1\",\"text\":\"Hi 0, we're sorry.\"}");
	}

	@Test
	void aPlaceholderNoNoticeKnowsIsRefusedAtStartUpNamingTheKey() {
		assertThatThrownBy(() -> new IncidentSettings(null, null, null, null, null, List.of(),
				new IncidentSettings.Notices(Map.of("cancelled", "Hi {customer}"), null, null, null, null)))
			.hasMessage("frontline.incidents.notices.templates.cancelled: unknown placeholder {customer};"
					+ " use {name}, {incident}, {solution} and {summary}");
		assertThatThrownBy(() -> new IncidentSettings(null, null, null, null, null, List.of(),
				new IncidentSettings.Notices(Map.of("landed", "Hi {name}"), null, null, null, null)))
			.hasMessageStartingWith("frontline.incidents.notices.templates.landed: not a signal kind");
		assertThatThrownBy(() -> new IncidentSettings.Notices(null, null, null, null, 0))
			.hasMessage("frontline.incidents.notices.per-source-per-second: at least 1");
	}

	private static NoticeStore.Delivery delivery(int i, String source) {
		return new NoticeStore.Delivery(i, 9, 1, 1000 + i, source, "@c" + i, "Hi " + i + ", we're sorry.",
				NoticeStore.DeliveryState.PENDING, 0, NOW);
	}

}
