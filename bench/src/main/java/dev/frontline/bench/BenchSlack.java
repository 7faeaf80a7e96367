package dev.frontline.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Slack's Web API on loopback for the bench: answers the methods Frontline and Bolt call
 * with ok JSON, notes when each case's card arrived, counts messages per channel, and can
 * refuse a second message to a channel within the per-channel interval with a 429, as
 * Slack does.
 */
final class BenchSlack implements AutoCloseable {

	private static final Pattern CASE_CARD = Pattern.compile("Case (\\d+) ·");

	private final HttpServer server;

	/** When each case's first card was received, in {@link System#nanoTime()}. */
	private final Map<Long, Long> cardArrivedNanos = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> messagesByChannel = new ConcurrentHashMap<>();

	/**
	 * How many times each case's card was posted (not updated): more than once is a
	 * duplicate.
	 */
	private final Map<Long, AtomicInteger> cardPostsByCase = new ConcurrentHashMap<>();

	private final Map<String, Long> lastMessageNanosByChannel = new HashMap<>();

	private final AtomicInteger rateLimited = new AtomicInteger();

	private final AtomicLong timestamps = new AtomicLong();

	/** Each channel's posts that carried metadata, newest first. */
	private final Map<String, Deque<String>> history = new ConcurrentHashMap<>();

	private volatile Duration perChannelInterval = Duration.ZERO;

	BenchSlack() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/", this::api);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	String apiUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
	}

	/** Zero turns the limit off. */
	void perChannelInterval(Duration interval) {
		this.perChannelInterval = interval;
	}

	int rateLimitedCount() {
		return rateLimited.get();
	}

	/** Messages accepted per channel (posts and updates) since the last reset. */
	Map<String, Integer> messagesByChannel() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		messagesByChannel.forEach((channel, count) -> counts.put(channel, count.get()));
		return counts;
	}

	synchronized void resetCounts() {
		messagesByChannel.clear();
		rateLimited.set(0);
	}

	/** How many times each case's card was posted, by case number. */
	Map<Long, Integer> cardPostsByCase() {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		cardPostsByCase.forEach((number, count) -> counts.put(number, count.get()));
		return counts;
	}

	/** When the card of this case arrived, or -1 while it has not. */
	long cardArrivedNanos(long caseNumber) {
		return cardArrivedNanos.getOrDefault(caseNumber, -1L);
	}

	private void api(HttpExchange exchange) throws IOException {
		long arrived = System.nanoTime();
		String method = exchange.getRequestURI().getPath().substring("/api/".length());
		Map<String, String> params = params(exchange);
		boolean message = method.equals("chat.postMessage") || method.equals("chat.update");
		if (message) {
			String channel = params.getOrDefault("channel", "");
			if (overChannelLimit(channel, arrived)) {
				rateLimited.incrementAndGet();
				exchange.getResponseHeaders().add("Retry-After", "1");
				send(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
				return;
			}
			messagesByChannel.computeIfAbsent(channel, c -> new AtomicInteger()).incrementAndGet();
			if (method.equals("chat.postMessage") && params.getOrDefault("thread_ts", "").isEmpty()) {
				Matcher card = CASE_CARD.matcher(params.getOrDefault("text", "") + params.getOrDefault("blocks", ""));
				if (card.find()) {
					long number = Long.parseLong(card.group(1));
					cardArrivedNanos.putIfAbsent(number, arrived);
					cardPostsByCase.computeIfAbsent(number, n -> new AtomicInteger()).incrementAndGet();
				}
			}
		}
		send(exchange, 200, answer(method, params));
	}

	private synchronized boolean overChannelLimit(String channel, long now) {
		Duration interval = perChannelInterval;
		if (interval.isZero()) {
			return false;
		}
		Long last = lastMessageNanosByChannel.get(channel);
		if (last != null && now - last < interval.toNanos()) {
			return true;
		}
		lastMessageNanosByChannel.put(channel, now);
		return false;
	}

	private String answer(String method, Map<String, String> params) {
		String user = params.getOrDefault("user", "U0BENCH");
		return switch (method) {
			case "chat.postMessage" -> {
				String ts = "1700000000." + String.format("%06d", timestamps.incrementAndGet());
				String metadata = params.get("metadata");
				if (metadata != null && !metadata.isBlank()) {
					// Kept, so a card whose sender died before hearing the answer is
					// found.
					history.computeIfAbsent(params.get("channel"), c -> new ConcurrentLinkedDeque<>())
						.addFirst("{\"type\":\"message\",\"ts\":\"" + ts + "\",\"metadata\":" + metadata + "}");
				}
				yield "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + ts + "\"}";
			}
			case "conversations.history" -> "{\"ok\":true,\"messages\":["
					+ String.join(",", history.getOrDefault(params.get("channel"), new ConcurrentLinkedDeque<>()))
					+ "]}";
			case "chat.update", "chat.postEphemeral" ->
				"{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + params.get("ts") + "\"}";
			case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + user + "\",\"name\":\"bench\","
					+ "\"real_name\":\"Bench User\",\"profile\":{\"display_name\":\"Bench\"}}}";
			case "views.open", "views.publish", "views.update" -> "{\"ok\":true,\"view\":{\"id\":\"V0001\"}}";
			case "usergroups.users.list" -> "{\"ok\":true,\"users\":[]}";
			case "auth.test" -> "{\"ok\":true,\"user_id\":\"U0BOT\",\"team_id\":\"T0TEAM\",\"bot_id\":\"B0BOT\"}";
			default -> method.startsWith("conversations.") ? "{\"ok\":true,\"channel\":{\"id\":\"C0\"},\"messages\":[]}"
					: "{\"ok\":true}";
		};
	}

	private static Map<String, String> params(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> params = new HashMap<>();
		String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
		if (contentType.startsWith("application/json")) {
			params.put("json", body);
			return params;
		}
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			params.put(name, value);
		}
		return params;
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
