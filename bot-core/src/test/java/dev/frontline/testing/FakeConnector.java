package dev.frontline.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import dev.frontline.intake.WebhookSignature;

/**
 * The social tool's endpoint for approved replies, on loopback: it records every request
 * and can be down for a number of them (answering 503).
 */
public final class FakeConnector implements AutoCloseable {

	/** One request the connector answered, and how. */
	public record Received(String key, String timestamp, String signature, String body, int status) {
	}

	private final HttpServer server;

	private final List<Received> received = new ArrayList<>();

	private final AtomicInteger failures = new AtomicInteger();

	public FakeConnector() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/replies", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int status = failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 202;
			synchronized (received) {
				received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
						exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
						exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body, status));
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/replies";
	}

	/** Answers the next requests 503, as a social tool that is down. */
	public void failNext(int count) {
		failures.set(count);
	}

	/** The requests with that idempotency key the connector took (2xx). */
	public List<Received> taken(String key) {
		synchronized (received) {
			return received.stream().filter(r -> key.equals(r.key()) && r.status() / 100 == 2).toList();
		}
	}

	/** Every request with that idempotency key, taken or not. */
	public long attempts(String key) {
		synchronized (received) {
			return received.stream().filter(r -> key.equals(r.key())).count();
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
