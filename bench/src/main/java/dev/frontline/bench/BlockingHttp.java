package dev.frontline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The bench's HTTP client for what it measures: one blocking request at a time per
 * caller, over connections kept alive between requests (the JDK's
 * {@link HttpURLConnection}).
 *
 * <p>
 * The bench runs on the machine it measures. The JDK's asynchronous {@code HttpClient}
 * spent about 1.2 ms of CPU on each request here, as much as Frontline spent storing the
 * complaint it carried, so on two cores the load generator took half the machine from
 * what it measured; this client spends about a third of that.
 */
final class BlockingHttp {

	static {
		// Kept-alive connections per host; the JDK keeps 5, and the bench runs up to 32
		// callers: the others would connect anew for every request.
		System.setProperty("http.maxConnections", "64");
	}

	/** A status and the body that came with it, an error's too. */
	record Answer(int status, String body) {
	}

	private final Duration connectTimeout;

	BlockingHttp(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	Answer post(int port, String path, Map<String, String> headers, String body, Duration timeout) throws IOException {
		HttpURLConnection connection = open(port, path, timeout);
		connection.setRequestMethod("POST");
		connection.setDoOutput(true);
		headers.forEach(connection::setRequestProperty);
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		connection.setFixedLengthStreamingMode(bytes.length);
		try (OutputStream out = connection.getOutputStream()) {
			out.write(bytes);
		}
		return answer(connection);
	}

	Answer get(int port, String path) throws IOException {
		return answer(open(port, path, Duration.ofSeconds(30)));
	}

	private HttpURLConnection open(int port, String path, Duration timeout) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path)
			.toURL()
			.openConnection();
		connection.setConnectTimeout((int) connectTimeout.toMillis());
		connection.setReadTimeout((int) timeout.toMillis());
		return connection;
	}

	/** Reads the whole body, an error's too: only then is the connection reused. */
	private static Answer answer(HttpURLConnection connection) throws IOException {
		int status = connection.getResponseCode();
		InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
		if (in == null) {
			return new Answer(status, "");
		}
		try (in) {
			return new Answer(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

}
