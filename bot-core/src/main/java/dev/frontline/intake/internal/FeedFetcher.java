package dev.frontline.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.stereotype.Component;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Fetches and parses an RSS or Atom feed, over HTTP(S) or from a file, for the complaint
 * feeds and the status feeds alike.
 */
@Component
class FeedFetcher {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	/**
	 * The most of a feed that is read: real feeds are a few hundred kilobytes; a larger
	 * one is refused rather than held in memory and parsed.
	 */
	static final long MAX_FEED_BYTES = 10L * 1024 * 1024;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	SyndFeed fetch(URI url) throws IOException, FeedException, InterruptedException {
		try (InputStream in = new CappedInputStream(open(url), MAX_FEED_BYTES); XmlReader xml = new XmlReader(in)) {
			return new SyndFeedInput().build(xml);
		}
		catch (FeedException ex) {
			// Said as it is: too large, rather than the parser's "invalid XML".
			throw CappedInputStream.TooLarge.in(ex).map(IOException.class::cast).orElseThrow(() -> ex);
		}
	}

	private InputStream open(URI url) throws IOException, InterruptedException {
		if ("file".equals(url.getScheme())) {
			return Files.newInputStream(Path.of(url));
		}
		HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url)
			.timeout(TIMEOUT)
			.header("User-Agent", "Frontline feed reader")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			response.body().close();
			throw new IOException("HTTP " + response.statusCode());
		}
		return response.body();
	}

}
