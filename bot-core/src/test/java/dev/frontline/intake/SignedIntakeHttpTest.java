package dev.frontline.intake;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.IntakeClient.Response;

/**
 * With {@code FRONTLINE_WEBHOOK_SECRET} set, intake takes only freshly and correctly
 * signed requests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.intake.webhook-secret=s3cret-for-tests")
class SignedIntakeHttpTest {

	static final String SECRET = "s3cret-for-tests";

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	IntakeClient intake;

	WebhookSignature signer;

	@BeforeEach
	void connect() {
		intake = new IntakeClient(port);
		signer = new WebhookSignature(SECRET, Duration.ofMinutes(5), clock);
	}

	@Test
	void acceptsACorrectlySignedRequest() {
		Response response = signedPost(complaint("signed-1").json(), clock.instant().getEpochSecond());

		assertThat(response.status()).isEqualTo(202);
	}

	@Test
	void rejectsAnUnsignedRequest() {
		Response response = intake.post(complaint("unsigned-1").json());

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aTimestampBeyondAnyDateIsA401NotA500() {
		byte[] body = complaint("far-future-1").json().getBytes(StandardCharsets.UTF_8);
		Response response = intake.post(body, "application/json", Map.of(WebhookSignature.TIMESTAMP_HEADER,
				"9223372036854775807", WebhookSignature.SIGNATURE_HEADER, signer.sign(Long.MAX_VALUE, body)));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("too old or too far in the future");
	}

	@Test
	void rejectsABadSignature() {
		long now = clock.instant().getEpochSecond();
		Response response = intake.post(complaint("badsig-1").json(), "application/json",
				Map.of(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now), WebhookSignature.SIGNATURE_HEADER,
						"sha256=" + "00".repeat(32)));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("does not match");
	}

	@Test
	void rejectsABodyChangedAfterSigning() {
		long now = clock.instant().getEpochSecond();
		String signature = signer.sign(now, complaint("tamper-1").json().getBytes(StandardCharsets.UTF_8));
		Response response = intake.post(complaint("tamper-1").text("something else entirely").json(),
				"application/json", Map.of(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(now),
						WebhookSignature.SIGNATURE_HEADER, signature));

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void rejectsAStaleSignatureAsAReplay() {
		long sixMinutesAgo = clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond();

		Response response = signedPost(complaint("stale-1").json(), sixMinutesAgo);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("replay");
	}

	private Response signedPost(String body, long timestamp) {
		return intake.post(body, "application/json",
				Map.of(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(timestamp), WebhookSignature.SIGNATURE_HEADER,
						signer.sign(timestamp, body.getBytes(StandardCharsets.UTF_8))));
	}

}
