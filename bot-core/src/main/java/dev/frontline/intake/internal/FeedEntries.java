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
		String text = InvisibleCharacters.strip(text(entry));
		if (text.isBlank()) {
			return Optional.empty();
		}
		Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
		Instant postedAt = published == null || published.toInstant().isAfter(now) ? now : published.toInstant();
		String named = entry.getAuthor() == null ? "" : InvisibleCharacters.strip(entry.getAuthor()).strip();
		String author = named.isEmpty() ? null : limit(named, 200);
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

	/**
	 * The most of one entry's HTML that is read; the text kept from it is cut to a
	 * complaint's length anyway.
	 */
	static final int MAX_ENTRY_HTML = 100_000;

	/**
	 * Feed bodies are HTML; staff see the words, not the markup. One pass over the text,
	 * so no entry, however it is written, costs more than its length.
	 */
	static String plain(String html) {
		String source = html.length() <= MAX_ENTRY_HTML ? html : html.substring(0, MAX_ENTRY_HTML);
		StringBuilder words = new StringBuilder(source.length());
		// Once a search finds nothing from some point, it finds nothing from any later
		// one.
		boolean noMoreTagEnds = false;
		boolean noMoreScriptEnds = false;
		boolean noMoreStyleEnds = false;
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			int end = c != '<' || noMoreTagEnds ? -1 : source.indexOf('>', i + 1);
			if (c == '<' && end < 0) {
				noMoreTagEnds = true;
			}
			if (end < 0) {
				words.append(c);
				i++;
				continue;
			}
			String name = tagName(source, i + 1, end);
			int next = end + 1;
			if (name.equals("script") || name.equals("style")) {
				boolean script = name.equals("script");
				int close = (script ? noMoreScriptEnds : noMoreStyleEnds) ? -1
						: indexOfIgnoringCase(source, "</" + name, next);
				if (close < 0) {
					noMoreScriptEnds |= script;
					noMoreStyleEnds |= !script;
				}
				else {
					int closeEnd = source.indexOf('>', close);
					next = closeEnd < 0 ? source.length() : closeEnd + 1;
				}
				words.append(' ');
			}
			else {
				words.append(name.equals("br") || name.equals("/p") ? '\n' : ' ');
			}
			i = next;
		}
		return HtmlUtils.htmlUnescape(words.toString())
			.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
			.replaceAll(" ?\n ?", "\n")
			.strip();
	}

	/** The tag's name in lower case, with a leading '/' for a closing tag. */
	private static String tagName(String html, int from, int to) {
		int i = from;
		StringBuilder name = new StringBuilder();
		if (i < to && html.charAt(i) == '/') {
			name.append('/');
			i++;
		}
		while (i < to && name.length() < 12 && Character.isLetterOrDigit(html.charAt(i))) {
			name.append(Character.toLowerCase(html.charAt(i)));
			i++;
		}
		return name.toString();
	}

	private static int indexOfIgnoringCase(String text, String sought, int from) {
		for (int i = from; i <= text.length() - sought.length(); i++) {
			if (text.regionMatches(true, i, sought, 0, sought.length())) {
				return i;
			}
		}
		return -1;
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
