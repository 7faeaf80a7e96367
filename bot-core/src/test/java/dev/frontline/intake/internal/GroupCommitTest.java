package dev.frontline.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class GroupCommitTest {

	/** What each shared commit held, in order. */
	private final List<List<String>> commitsTogether = new ArrayList<>();

	private final List<String> commitsAlone = new ArrayList<>();

	private final CountDownLatch firstCommitMayEnd = new CountDownLatch(1);

	private final CountDownLatch firstCommitStarted = new CountDownLatch(1);

	private final GroupCommit<String, String> commits = new GroupCommit<>(this::together, this::alone, String::length,
			10, 1);

	private List<String> together(List<String> submissions) {
		commitsTogether.add(submissions);
		if (submissions.contains("bad")) {
			throw new IllegalArgumentException("bad submission");
		}
		return submissions.stream().map(s -> "stored " + s).toList();
	}

	private String alone(String submission) {
		commitsAlone.add(submission);
		if (submission.equals("first")) {
			firstCommitStarted.countDown();
			await(firstCommitMayEnd);
		}
		if (submission.equals("bad")) {
			throw new IllegalArgumentException("bad submission");
		}
		return "stored " + submission;
	}

	@Test
	void aSubmissionAloneCommitsAloneAtOnce() {
		assertThat(commits.submit("one")).isEqualTo("stored one");
		assertThat(commitsAlone).containsExactly("one");
		assertThat(commitsTogether).isEmpty();
	}

	@Test
	void submissionsWaitingForACommitShareTheNextOne() throws Exception {
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<String> first = callers.submit(() -> commits.submit("first"));
			firstCommitStarted.await();
			List<Future<String>> waiting = new ArrayList<>();
			for (String submission : List.of("a", "b", "c")) {
				waiting.add(callers.submit(() -> commits.submit(submission)));
			}
			awaitWaiting(3);
			firstCommitMayEnd.countDown();

			assertThat(first.get()).isEqualTo("stored first");
			assertThat(waiting.stream().map(GroupCommitTest::get).toList()).containsExactly("stored a", "stored b",
					"stored c");
			assertThat(commitsTogether).hasSize(1);
			assertThat(commitsTogether.getFirst()).containsExactlyInAnyOrder("a", "b", "c");
		}
	}

	@Test
	void aFailingSubmissionFailsOnlyItsOwnCallerAndTheRestAreStoredOneByOne() throws Exception {
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<String> first = callers.submit(() -> commits.submit("first"));
			firstCommitStarted.await();
			Future<String> good = callers.submit(() -> commits.submit("good"));
			awaitWaiting(1);
			Future<String> bad = callers.submit(() -> commits.submit("bad"));
			awaitWaiting(2);
			firstCommitMayEnd.countDown();

			assertThat(first.get()).isEqualTo("stored first");
			assertThat(good.get()).isEqualTo("stored good");
			assertThatThrownBy(bad::get).hasRootCauseInstanceOf(IllegalArgumentException.class)
				.hasRootCauseMessage("bad submission");
			assertThat(commitsTogether).containsExactly(List.of("good", "bad"));
			assertThat(commitsAlone).containsExactly("first", "good", "bad");
		}
	}

	@Test
	void aCommitTakesNoMoreThanItsLimitAndTheRestFollowInTheNext() throws Exception {
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<String> first = callers.submit(() -> commits.submit("first"));
			firstCommitStarted.await();
			List<Future<String>> waiting = new ArrayList<>();
			for (String submission : List.of("aaaa", "bbbb", "cccc", "dddd")) {
				waiting.add(callers.submit(() -> commits.submit(submission)));
				awaitWaiting(waiting.size());
			}
			firstCommitMayEnd.countDown();

			assertThat(first.get()).isEqualTo("stored first");
			assertThat(waiting.stream().map(GroupCommitTest::get).toList()).containsExactly("stored aaaa",
					"stored bbbb", "stored cccc", "stored dddd");
			assertThat(commitsTogether).containsExactly(List.of("aaaa", "bbbb"), List.of("cccc", "dddd"));
		}
	}

	@Test
	void withTwoLanesASubmissionCommitsWhileAnotherCommitIsUnderWay() throws Exception {
		GroupCommit<String, String> twoLanes = new GroupCommit<>(this::together, this::alone, String::length, 10, 2);
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<String> first = callers.submit(() -> twoLanes.submit("first"));
			firstCommitStarted.await();

			assertThat(twoLanes.submit("second")).isEqualTo("stored second");
			assertThat(first.isDone()).isFalse();
			firstCommitMayEnd.countDown();
			assertThat(first.get()).isEqualTo("stored first");
		}
	}

	private void awaitWaiting(int count) throws InterruptedException {
		while (commits.waitingCount() < count) {
			Thread.sleep(1);
		}
	}

	private static String get(Future<String> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
