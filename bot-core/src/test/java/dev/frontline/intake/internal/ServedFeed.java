package dev.frontline.intake.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

/** A feed served on loopback at {@code /feed}, saying whatever the test last set. */
final class ServedFeed implements AutoCloseable {

	private final HttpServer server;

	private final AtomicReference<String> served = new AtomicReference<>("");

	ServedFeed() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/feed", exchange -> {
			byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/xml");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

	void set(String feed) {
		served.set(feed);
	}

	/** The feed's address, or another path on the same server. */
	URI url(String path) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
