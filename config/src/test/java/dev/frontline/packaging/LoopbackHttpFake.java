package dev.frontline.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A JSON-speaking HTTP server on 127.0.0.1 that answers through a function and records
 * every request it saw.
 */
final class LoopbackHttpFake implements AutoCloseable {

	/** What the fake answers: an HTTP status and a JSON body. */
	record Reply(int status, String json) {

		static Reply ok(String json) {
			return new Reply(200, json);
		}

	}

	private final HttpServer server;

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final Function<RecordedRequest, Reply> answer;

	private LoopbackHttpFake(HttpServer server, Function<RecordedRequest, Reply> answer) {
		this.server = server;
		this.answer = answer;
	}

	static LoopbackHttpFake start(Function<RecordedRequest, Reply> answer) throws IOException {
		// Port 0: a free port, so parallel builds on one machine do not collide.
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		LoopbackHttpFake fake = new LoopbackHttpFake(server, answer);
		server.createContext("/", fake::handle);
		server.start();
		return fake;
	}

	/** The fake's root, e.g. {@code http://127.0.0.1:40123}, without a trailing slash. */
	String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	List<RecordedRequest> requests() {
		return List.copyOf(requests);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			RecordedRequest request = RecordedRequest.of(exchange);
			requests.add(request);
			Reply reply = answer.apply(request);
			byte[] body = reply.json().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
			exchange.sendResponseHeaders(reply.status(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
