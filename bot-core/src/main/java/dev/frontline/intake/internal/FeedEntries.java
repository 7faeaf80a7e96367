package dev.frontline.intake.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;

import dev.frontline.cases.IncomingComplaint;

/**
 * Turns a feed entry into a complaint: the feed's name is its source, the entry's id its
 * external id.
 */
final class FeedEntries {

	private FeedEntries() {
	}

	static Optional<IncomingComplaint> toComplaint(String feedName, SyndEntry entry, Instant now) {
		String text = text(entry);
		if (text.isBlank()) {
			return Optional.empty();
		}
		Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
		Instant postedAt = published == null || published.toInstant().isAfter(now) ? now : published.toInstant();
		String author = entry.getAuthor() == null || entry.getAuthor().isBlank() ? null
				: limit(entry.getAuthor().strip(), 200);
		return Optional
			.of(new IncomingComplaint(feedName, externalId(entry), limit(text, IncomingComplaint.MAX_TEXT_LENGTH),
					webLink(entry.getLink()), postedAt, new IncomingComplaint.Author(author, author, 0),
					IncomingComplaint.Engagement.NONE, null, IncomingComplaint.Customer.UNKNOWN, null));
	}

	/**
	 * The entry's own id when it has a usable one, else a digest of what identifies it.
	 */
	static String externalId(SyndEntry entry) {
		for (String candidate : new String[] { entry.getUri(), entry.getLink() }) {
			if (candidate != null && !candidate.isBlank() && candidate.length() <= 200) {
				return candidate.strip();
			}
		}
		String identity = String.valueOf(entry.getUri()) + "|" + entry.getLink() + "|" + entry.getTitle() + "|"
				+ entry.getPublishedDate();
		return "sha256:" + sha256(identity);
	}

	private static String text(SyndEntry entry) {
		StringBuilder text = new StringBuilder();
		if (entry.getTitle() != null) {
			text.append(plain(entry.getTitle()));
		}
		List<SyndContent> contents = entry.getContents();
		String body = !contents.isEmpty() && contents.getFirst().getValue() != null ? contents.getFirst().getValue()
				: entry.getDescription() == null ? null : entry.getDescription().getValue();
		if (body != null && !body.isBlank()) {
			if (!text.isEmpty()) {
				text.append("\n");
			}
			text.append(plain(body));
		}
		return text.toString().strip();
	}

	/** Feed bodies are HTML; staff see the words, not the markup. */
	static String plain(String html) {
		String withoutTags = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
			.replaceAll("(?i)<br\\s*/?>|</p>", "\n")
			.replaceAll("<[^>]*>", " ");
		return HtmlUtils.htmlUnescape(withoutTags)
			.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
			.replaceAll(" *\n *", "\n")
			.strip();
	}

	private static @Nullable URI webLink(@Nullable String link) {
		if (link == null) {
			return null;
		}
		try {
			URI uri = URI.create(link.strip());
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
					&& link.length() <= 2000 ? uri : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String limit(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
