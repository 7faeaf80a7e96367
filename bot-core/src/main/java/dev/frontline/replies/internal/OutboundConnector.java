package dev.frontline.replies.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.access.MaskedUrl;
import dev.frontline.intake.WebhookSignature;
import dev.frontline.replies.ReplySettings;

/**
 * The social tool's endpoint that posts what the team agreed: a JSON POST signed as
 * intake requests are, with an {@code Idempotency-Key} so a request made again after a
 * crash is taken once. Approved replies and proactive notices both go out through it.
 */
@Component
public class OutboundConnector {

	private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ReplySettings settings;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	OutboundConnector(ReplySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What the connector said.
	 *
	 * @param taken whether it answered 2xx
	 * @param error why not, with no secret in it, or null when taken
	 * @param retryAfter how long it asked to wait, or null
	 */
	public record Answer(boolean taken, @Nullable String error, @Nullable Duration retryAfter) {
	}

	/** Whether a connector is configured. */
	public boolean configured() {
		ReplySettings.Connector connector = settings.connector();
		return settings.publishes() && connector != null && connector.uri() != null && connector.secret() != null;
	}

	/**
	 * Posts the body, signed, outside any transaction.
	 * @throws IllegalStateException when no connector is configured
	 * @throws InterruptedException when the thread is stopped while waiting
	 */
	public Answer post(String idempotencyKey, String json) throws InterruptedException {
		ReplySettings.Connector connector = settings.connector();
		if (!configured() || connector == null || connector.uri() == null || connector.secret() == null) {
			throw new IllegalStateException("No outbound connector is configured (frontline.replies.connector.url)");
		}
		WebhookSignature signature = new WebhookSignature(connector.secret(), Duration.ofMinutes(5), clock);
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		long timestamp = clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(connector.uri())
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp))
			.header(WebhookSignature.SIGNATURE_HEADER, signature.sign(timestamp, body))
			.header("Idempotency-Key", idempotencyKey)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 == 2) {
				return new Answer(true, null, null);
			}
			return new Answer(false, "HTTP " + response.statusCode(),
					response.headers().firstValue("Retry-After").flatMap(OutboundConnector::seconds).orElse(null));
		}
		catch (IOException ex) {
			return new Answer(false, MaskedUrl.scrub(ex.toString(), connector.uri()), null);
		}
	}

	/**
	 * How long to wait before trying again: doubling from a second with each attempt, or
	 * longer when the connector asked, never over five minutes.
	 */
	public static Duration backoff(int attempts, @Nullable Duration retryAfter) {
		Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 20));
		Duration wait = retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
		return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
	}

	private static Optional<Duration> seconds(String header) {
		try {
			return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
