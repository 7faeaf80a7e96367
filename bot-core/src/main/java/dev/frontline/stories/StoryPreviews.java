package dev.frontline.stories;

import static dev.frontline.storage.Timestamps.utc;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stories between their preview and their sharing, kept in the database so the author may
 * press Share on whichever instance their platform reaches.
 * <p>
 * Each is sealed (AES-GCM) with a random key that is the preview's token: the token
 * travels only in the preview's form or buttons, and the database keeps only a hash of it
 * to find the row. So the database alone, a backup or a log of it, never tells who wrote
 * an anonymous story on its way. Kept {@link #KEPT_FOR} at most, and forgotten once
 * shared.
 */
@Component
public class StoryPreviews {

	/** How long a preview waits for its author to share it. */
	public static final Duration KEPT_FOR = Duration.ofMinutes(30);

	private static final int KEY_BYTES = 32;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	/**
	 * A story waiting for its author to share it after the preview.
	 *
	 * @param userId who previewed it; only they can share it
	 * @param editing the named story it changes, or null for a new one
	 * @param nomination the nominated case it tells, or null
	 * @param form the answers as typed
	 */
	public record Held(String userId, @Nullable Long editing, @Nullable Long nomination, StoryForm form) {
	}

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	StoryPreviews(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Keeps a preview until its author shares it.
	 * @return its token, for the preview's form or buttons (43 characters)
	 */
	public String hold(Held preview) {
		byte[] key = new byte[KEY_BYTES];
		random.nextBytes(key);
		Instant now = clock.instant();
		jdbc.sql("delete from story_preview where expires_at < ?").param(utc(now)).update();
		jdbc.sql("insert into story_preview (key_hash, sealed, expires_at) values (?, ?, ?)")
			.params(hash(key), seal(key, json.writeValueAsBytes(preview)), utc(now.plus(KEPT_FOR)))
			.update();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
	}

	/**
	 * The preview a token opens, unless it expired, was shared or the token is not one.
	 */
	public Optional<Held> find(String token) {
		byte[] key;
		try {
			key = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException notOurs) {
			return Optional.empty();
		}
		if (key.length != KEY_BYTES) {
			return Optional.empty();
		}
		return jdbc.sql("select sealed from story_preview where key_hash = ? and expires_at >= ?")
			.params(hash(key), utc(clock.instant()))
			.query(String.class)
			.optional()
			.map(sealed -> json.readValue(open(key, sealed), Held.class));
	}

	/**
	 * Forgets a preview, once shared (or refused), so its buttons cannot share it again.
	 */
	public void forget(String token) {
		try {
			byte[] key = Base64.getUrlDecoder().decode(token);
			jdbc.sql("delete from story_preview where key_hash = ?").param(hash(key)).update();
		}
		catch (IllegalArgumentException notOurs) {
			// nothing was kept under it
		}
	}

	private static String hash(byte[] key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java has no SHA-256", ex);
		}
	}

	private String seal(byte[] key, byte[] plain) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain);
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java cannot seal with AES-GCM", ex);
		}
	}

	private static byte[] open(byte[] key, String sealed) {
		byte[] bytes = Base64.getDecoder().decode(sealed);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
					new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A story preview could not be opened with its own key", ex);
		}
	}

}
