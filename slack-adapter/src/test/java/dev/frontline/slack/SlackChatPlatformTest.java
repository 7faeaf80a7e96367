package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.DeliveryFailure;

/**
 * A card carries its delivery id in Slack's message metadata, so after a crash the next
 * instance finds a card that arrived and does not post it twice.
 */
class SlackChatPlatformTest {

	final FakeSlack fake = FakeSlack.onLoopback();

	final SlackChatPlatform platform = new SlackChatPlatform(slack().methods("xoxb-test"), Duration.ofSeconds(1));

	final ChannelAddress channel = new ChannelAddress("slack", "C0BAGGAGE");

	@AfterEach
	void close() {
		fake.close();
	}

	@Test
	void aCardThatArrivedIsFoundByItsDeliveryId() throws Exception {
		String ts = platform.postCard(channel, card(), "frontline-41");
		// Paced as the delivery queue paces a channel, or Slack refuses the second.
		Thread.sleep(FakeSlack.DEFAULT_PER_CHANNEL_INTERVAL.toMillis());
		platform.postCard(channel, card(), "frontline-42");

		assertThat(platform.findPostedCard(channel, "frontline-41")).contains(ts);
		assertThat(platform.findPostedCard(channel, "frontline-43")).isEmpty();
		assertThat(platform.findPostedCard(new ChannelAddress("slack", "C0OTHER"), "frontline-41")).isEmpty();
	}

	@Test
	void aCardSoonerThanSlackTakesIsRateLimitedWithItsRetryAfter() throws Exception {
		// A long interval, so a slow machine cannot let the second card through in time.
		fake.enforcePerChannelInterval(Duration.ofMinutes(1));
		platform.postCard(channel, card(), "frontline-41");

		assertThatThrownBy(() -> platform.postCard(channel, card(), "frontline-42"))
			.isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
				assertThat(failure.isPermanent()).isFalse();
				assertThat(failure.retryAfter()).contains(Duration.ofSeconds(1));
			});
		assertThat(fake.rateLimitedCount()).isOne();
	}

	@Test
	void whenSlackCannotTellTheCardIsTakenAsNotArrived() {
		fake.failNext("conversations.history", params -> true, 200, null);

		assertThat(platform.findPostedCard(channel, "frontline-41")).isEmpty();
	}

	private Slack slack() {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(fake.apiUrl());
		config.setStatsEnabled(false);
		return Slack.getInstance(config);
	}

	private static Card card() {
		return new Card("SEV3 · Case 1001 · OPEN", Card.Tone.NORMAL, List.of(), null, List.of(), List.of(), null);
	}

}
