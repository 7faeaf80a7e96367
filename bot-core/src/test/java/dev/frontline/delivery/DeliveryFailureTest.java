package dev.frontline.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class DeliveryFailureTest {

	@Test
	void anAnswerInTimeIsReturned() throws DeliveryFailure {
		assertThat(DeliveryFailure.await(CompletableFuture.completedFuture("posted"), Duration.ofSeconds(1), "Chat",
				cause -> DeliveryFailure.permanent("unexpected")))
			.isEqualTo("posted");
	}

	@Test
	void noAnswerInTimeIsTemporaryAndTheRequestIsCancelled() {
		CompletableFuture<String> never = new CompletableFuture<>();

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> DeliveryFailure.await(never,
				Duration.ofMillis(50), "Chat", cause -> DeliveryFailure.permanent("unexpected")));

		assertThat(failure.isPermanent()).isFalse();
		assertThat(failure).hasMessage("Chat did not answer within PT0.05S");
		assertThat(never).isCancelled();
	}

	@Test
	void aFailedRequestBecomesWhatThePlatformMakesOfItsCause() {
		CompletableFuture<String> refused = CompletableFuture.failedFuture(new IllegalStateException("no access"));

		DeliveryFailure failure = catchThrowableOfType(DeliveryFailure.class, () -> DeliveryFailure.await(refused,
				Duration.ofSeconds(1), "Chat", cause -> DeliveryFailure.permanent("Chat: " + cause.getMessage())));

		assertThat(failure.isPermanent()).isTrue();
		assertThat(failure).hasMessage("Chat: no access");
	}

}
