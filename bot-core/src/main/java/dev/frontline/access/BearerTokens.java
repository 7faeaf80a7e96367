package dev.frontline.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The accepted bearer tokens, compared in constant time: each presented token is hashed
 * and compared with every configured token's hash, without stopping at the first match,
 * so neither the length nor the position of a match shows in the timing.
 */
final class BearerTokens {

	private final List<byte[]> digests;

	BearerTokens(List<String> tokens) {
		this.digests = tokens.stream().map(BearerTokens::sha256).toList();
	}

	boolean isEmpty() {
		return digests.isEmpty();
	}

	/** Whether an {@code Authorization} header carries one of the tokens. */
	boolean accepts(@Nullable String authorization) {
		if (authorization == null || authorization.length() > 1000
				|| !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return false;
		}
		byte[] presented = sha256(authorization.substring(7).strip());
		boolean match = false;
		for (byte[] digest : digests) {
			match |= MessageDigest.isEqual(presented, digest);
		}
		return match;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
