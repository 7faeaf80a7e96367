package dev.frontline.discord;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Discord's REST API on loopback: it records every request and answers with what the
 * given function says.
 */
final class FakeDiscordRest implements AutoCloseable {

	/** The path JDA's own default base ends in. */
	static final String API_PATH = "/api/v10/";

	/**
	 * One request, its path relative to the API base ({@code channels/1/messages}).
	 */
	record Call(String method, String route, String query, String body, String authorization, long atMillis) {

		/** {@code POST channels/1/messages}. */
		String describe() {
			return method + " " + route;
		}

	}

	/** What the fake answers, with the headers it adds. */
	record Reply(int status, String body, Map<String, String> headers) {

		Reply(int status, String body) {
			this(status, body, Map.of());
		}

		static Reply ok(String body) {
			return new Reply(200, body);
		}

		static Reply noContent() {
			return new Reply(204, "");
		}

	}

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private FakeDiscordRest(Function<Call, Reply> answers) throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", exchange -> answer(exchange, answers));
		server.start();
	}

	static FakeDiscordRest start(Function<Call, Reply> answers) {
		try {
			return new FakeDiscordRest(answers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + API_PATH;
	}

	List<Call> calls() {
		return List.copyOf(calls);
	}

	private void answer(HttpExchange exchange, Function<Call, Reply> answers) throws IOException {
		try (exchange) {
			String body;
			try (InputStream in = exchange.getRequestBody()) {
				body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			String path = exchange.getRequestURI().getRawPath();
			String route = path.startsWith(API_PATH) ? path.substring(API_PATH.length()) : path;
			String query = exchange.getRequestURI().getRawQuery();
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			Call call = new Call(exchange.getRequestMethod(), route, query == null ? "" : query, body,
					authorization == null ? "" : authorization, System.currentTimeMillis());
			Reply reply = answers.apply(call);
			// Seen only once answered: a test that finds a posted message reads the id it
			// was given.
			calls.add(call);
			byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			reply.headers().forEach(exchange.getResponseHeaders()::set);
			if (reply.status() == 204) {
				exchange.sendResponseHeaders(204, -1);
				return;
			}
			exchange.sendResponseHeaders(reply.status(), bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
