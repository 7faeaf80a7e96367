package dev.frontline.intake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The intake signature: {@code X-Frontline-Signature: sha256=<hex HMAC-SHA256>} over
 * {@code <timestamp>.<raw body>}, with {@code X-Frontline-Timestamp} in unix seconds. The
 * outbound connector signs the same way, so both sides share this class.
 */
public final class WebhookSignature {

	public static final String SIGNATURE_HEADER = "X-Frontline-Signature";

	public static final String TIMESTAMP_HEADER = "X-Frontline-Timestamp";

	private static final String PREFIX = "sha256=";

	private final byte[] secret;

	private final Duration tolerance;

	private final Clock clock;

	public WebhookSignature(String secret, Duration tolerance, Clock clock) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.tolerance = tolerance;
		this.clock = clock;
	}

	/** The header value for a body sent at a time. */
	public String sign(long timestampSeconds, byte[] body) {
		return PREFIX + HexFormat.of().formatHex(hmac(timestampSeconds, body));
	}

	/**
	 * Checks a request's signature.
	 * @return null when it is valid, else why not, to tell the sender
	 */
	public @Nullable String problemWith(@Nullable String timestampHeader, @Nullable String signatureHeader,
			byte[] body) {
		if (timestampHeader == null || signatureHeader == null) {
			return "the request must be signed: send " + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER;
		}
		long timestamp;
		try {
			timestamp = Long.parseLong(timestampHeader.strip());
		}
		catch (NumberFormatException ex) {
			return TIMESTAMP_HEADER + " must be unix seconds";
		}
		// Compared as seconds: a timestamp beyond the range of Instant is just too far
		// off.
		long now = clock.instant().getEpochSecond();
		long within = tolerance.toSeconds();
		if (timestamp < now - within || timestamp > now + within) {
			return "the request is too old or too far in the future (replay protection: within " + tolerance.toMinutes()
					+ " minutes)";
		}
		String presented = signatureHeader.strip();
		if (!presented.startsWith(PREFIX)) {
			return SIGNATURE_HEADER + " must be sha256=<hex>";
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(presented.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return SIGNATURE_HEADER + " must be sha256=<hex>";
		}
		return MessageDigest.isEqual(given, hmac(timestamp, body)) ? null : "the signature does not match";
	}

	private byte[] hmac(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
