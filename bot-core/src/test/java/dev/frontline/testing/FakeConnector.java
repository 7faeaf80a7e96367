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
 * The social tool's endpoint for approved replies and notices, on loopback: it records
 * every request, can be down for a number of them (answering 503), and can take some and
 * lose its answer, as when the sender dies before it hears back.
 */
public final class FakeConnector implements AutoCloseable {

	/**
	 * One request the connector answered, and how: {@link #CUT_OFF} when it took the
	 * request but its answer never arrived.
	 */
	public record Received(String key, String timestamp, String signature, String body, int status) {

		/** Whether the social tool took it, whether or not the sender heard so. */
		public boolean delivered() {
			return status / 100 == 2 || status == CUT_OFF;
		}

	}

	/** The status recorded for a request taken whose answer was cut off. */
	public static final int CUT_OFF = -1;

	private final HttpServer server;

	private final List<Received> received = new ArrayList<>();

	private final AtomicInteger failures = new AtomicInteger();

	private final AtomicInteger cutOffs = new AtomicInteger();

	public FakeConnector() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/replies", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int status = failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503
					: cutOffs.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? CUT_OFF : 202;
			synchronized (received) {
				received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
						exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
						exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body, status));
			}
			if (status == CUT_OFF) {
				// Taken, and the connection dropped before the answer: the sender cannot
				// tell it from a request that never arrived.
				exchange.close();
				return;
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

	/**
	 * Takes the next requests and drops the connection before answering, as when the
	 * sender is killed between sending and hearing back.
	 */
	public void cutOffNext(int count) {
		cutOffs.set(count);
	}

	/** Every request the connector has had, in order. */
	public List<Received> all() {
		synchronized (received) {
			return List.copyOf(received);
		}
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
