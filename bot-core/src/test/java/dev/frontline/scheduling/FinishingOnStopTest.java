package dev.frontline.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Stopping waits for the work on its way, but not for ever: a connector that never
 * answers must not hold Frontline's shutdown.
 */
class FinishingOnStopTest {

	@Test
	void stoppingGivesUpOnWorkThatDoesNotFinishInTime() throws Exception {
		FinishingOnStop finishing = new FinishingOnStop("A test message", Duration.ofMillis(300));
		finishing.start();
		CountDownLatch working = new CountDownLatch(1);
		CountDownLatch never = new CountDownLatch(1);
		ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
		try {
			Future<Boolean> work = threads.submit(() -> finishing.finishing(() -> {
				working.countDown();
				try {
					return never.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}));
			assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

			finishing.stop();

			assertThat(finishing.stopping()).isTrue();
			assertThat(finishing.isRunning()).isFalse();
			assertThat(work.isDone()).as("the work is left on its way").isFalse();
		}
		finally {
			never.countDown();
			threads.close();
		}
	}

	@Test
	void startingAgainAfterAStopLetsWorkGo() {
		FinishingOnStop finishing = new FinishingOnStop("A test message", Duration.ofSeconds(1));
		finishing.start();
		finishing.stop();
		finishing.start();

		assertThat(finishing.stopping()).isFalse();
		assertThat(finishing.isRunning()).isTrue();
		assertThat(finishing.finishing(() -> "done")).isEqualTo("done");
	}

}
