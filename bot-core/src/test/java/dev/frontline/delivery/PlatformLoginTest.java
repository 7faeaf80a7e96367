package dev.frontline.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PlatformLoginTest {

	final ConnectionHealth health = new ConnectionHealth("Chat", "gateway", "UP", () -> "UP");

	final List<String> loggedOut = new CopyOnWriteArrayList<>();

	@Test
	void retriesWhileThePlatformCannotBeReachedThenShowsItFixed() {
		AtomicInteger attempts = new AtomicInteger();
		PlatformLogin<String> login = login(() -> {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("connection refused");
			}
			return "client";
		});

		login.start();

		await().atMost(Duration.ofSeconds(1))
			.until(() -> health.problems()
				.getOrDefault("login", "")
				.equals("Chat could not be reached, retrying: connection refused"));
		await().atMost(Duration.ofSeconds(10)).until(() -> login.client().isPresent());
		assertThat(health.problems()).doesNotContainKey("login");
		assertThat(attempts).hasValue(2);

		login.stop();
		assertThat(loggedOut).containsExactly("client");
		assertThat(login.isRunning()).isFalse();
	}

	@Test
	void givesUpWhenThePlatformRefusesTheCredentials() throws InterruptedException {
		AtomicInteger attempts = new AtomicInteger();
		PlatformLogin<String> login = login(() -> {
			attempts.incrementAndGet();
			throw new PlatformLogin.Refused("Chat refused the token (CHAT_TOKEN)");
		});

		login.start();

		await().atMost(Duration.ofSeconds(1)).until(() -> health.problems().containsKey("login"));
		assertThat(health.problems()).containsEntry("login", "Chat refused the token (CHAT_TOKEN)");
		Thread.sleep(2_500);
		assertThat(attempts).hasValue(1);
		assertThat(login.client()).isEmpty();
	}

	interface Attempt {

		String logIn() throws PlatformLogin.Refused;

	}

	private PlatformLogin<String> login(Attempt attempt) {
		return new PlatformLogin<>("Chat", health) {

			@Override
			protected String logIn() throws Refused {
				return attempt.logIn();
			}

			@Override
			protected void logOut(String client) {
				loggedOut.add(client);
			}

		};
	}

}
