package dev.frontline.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Slack's Web API on loopback, for tests: it answers the methods Frontline uses, records
 * every call with its parameters, serves response URLs, and can be told to fail the next
 * calls of a method with a status (429 with {@code Retry-After}, 500). Like Slack, it
 * refuses blocks beyond Block Kit's limits ({@code invalid_blocks}), a form opened with a
 * trigger older than three seconds or never handed out ({@code expired_trigger_id}),
 * posting where the bot was removed ({@code not_in_channel}) and updating a message that
 * is not there ({@code message_not_found}).
 */
final class FakeSlack implements AutoCloseable {

	private final List<String> invalid = new ArrayList<>();

	/** Where a call records the {@code ts} of the message it posted. */
	private static final String POSTED_TS = "(posted ts)";

	/**
	 * One call: the Web API method (or {@code respond}), its parameters and the
	 * Authorization header.
	 */
	record Call(String method, Map<String, String> params, String authorization, long atMillis) {

		String param(String name) {
			return params.getOrDefault(name, "");
		}

		/** The {@code ts} Slack gave the message this {@code chat.postMessage} posted. */
		String postedTs() {
			return param(POSTED_TS);
		}

	}

	private record Failure(Predicate<Map<String, String>> matching, int status, String retryAfter) {
	}

	private final HttpServer server;

	private final List<Call> calls = new ArrayList<>();

	private final Map<String, Deque<Failure>> failures = new LinkedHashMap<>();

	/**
	 * Errors Slack answers every matching call of a method with, as it does for a channel
	 * the bot was removed from: {@code channel_not_found}, {@code not_in_channel},
	 * {@code message_not_found}.
	 */
	private final Map<String, List<Refusal>> refusals = new LinkedHashMap<>();

	private record Refusal(Predicate<Map<String, String>> matching, String error) {
	}

	private final AtomicInteger timestamps = new AtomicInteger();

	/**
	 * Each channel's posts that carried metadata, newest first, as conversations.history
	 * shows them.
	 */
	private final Map<String, Deque<String>> history = new LinkedHashMap<>();

	private volatile String socketModeUrl = "ws://127.0.0.1:1/";

	/**
	 * The least time between two messages Slack takes in one channel unless a test sets
	 * another: Slack allows about one a second; below the tests' pace
	 * ({@code frontline.slack.pace-per-channel=50ms}) so that flows need not wait Slack's
	 * second, yet an app that did not pace itself would be refused.
	 */
	static final Duration DEFAULT_PER_CHANNEL_INTERVAL = Duration.ofMillis(40);

	/** Messages to one channel closer together than this are refused with 429. */
	private volatile Duration perChannelInterval = DEFAULT_PER_CHANNEL_INTERVAL;

	private final List<Call> rateLimitedCalls = new ArrayList<>();

	private final Map<String, Long> lastMessageNanosByChannel = new LinkedHashMap<>();

	private final AtomicInteger rateLimited = new AtomicInteger();

	/** How long Slack accepts a trigger after the interaction that carried it. */
	static final Duration TRIGGER_LIFETIME = Duration.ofSeconds(3);

	/** The messages posted in each channel and not deleted, by {@code ts}. */
	private final Map<String, Set<String>> messages = new LinkedHashMap<>();

	/** Channels the bot was removed from. */
	private final Set<String> channelsLeft = new HashSet<>();

	/** When each trigger was handed out. */
	private final Map<String, Long> triggersIssuedAtNanos = new LinkedHashMap<>();

	/** How old each trigger already is when the app gets it. */
	private volatile Duration triggerDelay = Duration.ZERO;

	FakeSlack() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/", this::api);
		server.createContext("/respond/", this::respond);
		server.createContext("/upload/", this::upload);
		server.start();
	}

	/** A fake Slack on a free loopback port, for a test class's static field. */
	static FakeSlack onLoopback() {
		try {
			return new FakeSlack();
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start the fake Slack", ex);
		}
	}

	String apiUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
	}

	String responseUrl(String name) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + name;
	}

	/** Where {@code apps.connections.open} sends Socket Mode clients. */
	void socketModeUrl(String url) {
		this.socketModeUrl = url;
	}

	/**
	 * Enforces another interval than {@link #DEFAULT_PER_CHANNEL_INTERVAL} for Slack's
	 * limit of about one message per second per channel: a {@code chat.postMessage} or
	 * {@code chat.update} sooner than this after the last one accepted for its channel
	 * gets a 429 with {@code Retry-After: 1}.
	 */
	void enforcePerChannelInterval(Duration interval) {
		this.perChannelInterval = interval;
	}

	/** How many calls were refused for going over the per-channel limit. */
	int rateLimitedCount() {
		return rateLimited.get();
	}

	/** The calls refused for going over the per-channel limit. */
	synchronized List<Call> rateLimitedCalls() {
		return List.copyOf(rateLimitedCalls);
	}

	/**
	 * Hands out a trigger with an interaction, as Slack does with every command, press
	 * and submission: {@code views.open} and {@code views.push} accept it for three
	 * seconds from now, and refuse a trigger never handed out.
	 */
	synchronized String issueTrigger(String triggerId) {
		triggersIssuedAtNanos.put(triggerId, System.nanoTime() - triggerDelay.toNanos());
		return triggerId;
	}

	/**
	 * Hands out triggers already this old, as if the app took that long between the
	 * interaction and opening its form (a slow network, a busy instance), until
	 * {@link #clear()}.
	 */
	void delayTriggers(Duration delay) {
		this.triggerDelay = delay;
	}

	/**
	 * Someone deletes a message: updating it answers {@code message_not_found}, as for a
	 * message never posted.
	 */
	synchronized void deleteMessage(String channel, String ts) {
		messages.getOrDefault(channel, Set.of()).remove(ts);
	}

	/**
	 * The bot is removed from a channel: posting or updating there answers
	 * {@code not_in_channel} until it is invited back.
	 */
	synchronized void removeFromChannel(String channel) {
		channelsLeft.add(channel);
	}

	synchronized void inviteToChannel(String channel) {
		channelsLeft.remove(channel);
	}

	/** Fails the next call of the method whose parameters match, once. */
	synchronized void failNext(String method, Predicate<Map<String, String>> matching, int status, String retryAfter) {
		failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Failure(matching, status, retryAfter));
	}

	/**
	 * Answers every matching call of the method with Slack's error, such as
	 * {@code channel_not_found}, until {@link #clear()}.
	 */
	synchronized void refuseWith(String method, Predicate<Map<String, String>> matching, String error) {
		refusals.computeIfAbsent(method, m -> new ArrayList<>()).add(new Refusal(matching, error));
	}

	synchronized List<Call> calls(String method) {
		return calls.stream().filter(call -> call.method().equals(method)).toList();
	}

	/**
	 * Waits for the latest call of the method that matches; a timeout lists the calls the
	 * method did get, so a failing test says what Slack was sent instead.
	 */
	Call awaitCall(String method, Predicate<Call> matching) {
		try {
			return Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> calls(method).stream().filter(matching).reduce((a, b) -> b).orElse(null),
						Objects::nonNull);
		}
		catch (ConditionTimeoutException notCalled) {
			throw new AssertionError("no matching " + method + " among "
					+ calls(method).stream()
						.map(call -> call.param("channel") + " " + call.param("thread_ts") + " "
								+ call.param("blocks").substring(0, Math.min(200, call.param("blocks").length())))
						.toList(),
					notCalled);
		}
	}

	synchronized void clear() {
		calls.clear();
		failures.clear();
		refusals.clear();
		triggerDelay = Duration.ZERO;
	}

	private void api(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestURI().getPath().substring("/api/".length());
		Map<String, String> params = params(exchange);
		Failure failure;
		Refusal refusal;
		synchronized (this) {
			Call call = new Call(method, params, String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
					System.currentTimeMillis());
			calls.add(call);
			Deque<Failure> queued = failures.getOrDefault(method, new ArrayDeque<>());
			failure = queued.stream().filter(f -> f.matching().test(params)).findFirst().orElse(null);
			queued.remove(failure);
			refusal = refusals.getOrDefault(method, List.of())
				.stream()
				.filter(r -> r.matching().test(params))
				.findFirst()
				.orElse(null);
			if (failure == null && overChannelLimit(method, params)) {
				rateLimited.incrementAndGet();
				rateLimitedCalls.add(call);
				failure = new Failure(p -> true, 429, "1");
			}
		}
		if (failure != null) {
			if (failure.retryAfter() != null) {
				exchange.getResponseHeaders().add("Retry-After", failure.retryAfter());
			}
			send(exchange, failure.status(), "{\"ok\":false,\"error\":\"ratelimited\"}");
			return;
		}
		if (refusal == null) {
			String error = refusedByState(method, params);
			refusal = error == null ? null : new Refusal(p -> true, error);
		}
		if (refusal != null) {
			send(exchange, 200, "{\"ok\":false,\"error\":\"" + refusal.error() + "\"}");
			return;
		}
		List<String> broken = BlockKitLimits.broken(method, params);
		if (!broken.isEmpty()) {
			synchronized (this) {
				invalid.add(method + ": " + String.join("; ", broken));
			}
			send(exchange, 200, "{\"ok\":false,\"error\":\"invalid_blocks\"}");
			return;
		}
		send(exchange, 200, answer(method, params));
	}

	/** The calls refused for breaking Block Kit's limits, and why. */
	synchronized List<String> invalid() {
		return List.copyOf(invalid);
	}

	/**
	 * What Slack refuses from what it knows: a trigger too old or never handed out, a
	 * channel the bot is not in, a message that is not there.
	 */
	private synchronized @Nullable String refusedByState(String method, Map<String, String> params) {
		String channel = params.getOrDefault("channel", "");
		return switch (method) {
			case "views.open", "views.push" -> {
				Long issued = triggersIssuedAtNanos.get(params.getOrDefault("trigger_id", ""));
				yield issued == null || System.nanoTime() - issued > TRIGGER_LIFETIME.toNanos() ? "expired_trigger_id"
						: null;
			}
			case "chat.postMessage" -> channelsLeft.contains(channel) ? "not_in_channel" : null;
			case "chat.update" -> channelsLeft.contains(channel) ? "not_in_channel"
					: messages.getOrDefault(channel, Set.of()).contains(params.getOrDefault("ts", "")) ? null
							: "message_not_found";
			default -> null;
		};
	}

	private boolean overChannelLimit(String method, Map<String, String> params) {
		Duration interval = perChannelInterval;
		if (!isMessage(method)) {
			return false;
		}
		String channel = params.getOrDefault("channel", "");
		long now = System.nanoTime();
		Long last = lastMessageNanosByChannel.get(channel);
		return last != null && now - last < interval.toNanos();
	}

	private static boolean isMessage(String method) {
		return method.equals("chat.postMessage") || method.equals("chat.update");
	}

	private synchronized String answer(String method, Map<String, String> params) {
		if (isMessage(method)) {
			// Only a message Slack took counts towards the channel's limit.
			lastMessageNanosByChannel.put(params.getOrDefault("channel", ""), System.nanoTime());
		}
		return switch (method) {
			case "chat.postMessage" -> {
				String ts = "1700000000." + String.format("%06d", timestamps.incrementAndGet());
				messages.computeIfAbsent(params.get("channel"), c -> new HashSet<>()).add(ts);
				params.put(POSTED_TS, ts);
				String metadata = params.get("metadata");
				if (metadata != null && !metadata.isBlank()) {
					history.computeIfAbsent(params.get("channel"), channel -> new ArrayDeque<>())
						.addFirst("{\"type\":\"message\",\"ts\":\"" + ts + "\",\"metadata\":" + metadata + "}");
				}
				yield "{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + ts + "\"}";
			}
			case "conversations.history" -> "{\"ok\":true,\"messages\":["
					+ String.join(",", history.getOrDefault(params.get("channel"), new ArrayDeque<>())) + "]}";
			case "chat.update" ->
				"{\"ok\":true,\"channel\":\"" + params.get("channel") + "\",\"ts\":\"" + params.get("ts") + "\"}";
			case "users.info" -> "{\"ok\":true,\"user\":{\"id\":\"" + params.get("user") + "\",\"name\":\"user"
					+ params.get("user") + "\",\"real_name\":\"Real " + params.get("user")
					+ "\",\"profile\":{\"display_name\":\"Display " + params.get("user") + "\"}}}";
			case "views.open", "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"V0001\"}}";
			case "usergroups.users.list" -> "S0SUPERVISORS".equals(params.get("usergroup"))
					? "{\"ok\":true,\"users\":[\"U0GROUPIE\"]}" : "{\"ok\":true,\"users\":[]}";
			case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}";
			case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"" + uploadUrl(params.get("filename"))
					+ "\",\"file_id\":\"F0" + timestamps.incrementAndGet() + "\"}";
			case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[]}";
			case "auth.test" -> "{\"ok\":true,\"user_id\":\"U0BOT\",\"team_id\":\"T0TEAM\"}";
			default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
		};
	}

	private String uploadUrl(@Nullable String filename) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + filename;
	}

	/**
	 * The URL {@code files.getUploadURLExternal} hands out: records the upload as a call
	 * named {@code upload}, with the file's path, content type and size, and whether it
	 * is a PNG.
	 */
	private void upload(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		String text = new String(body, StandardCharsets.ISO_8859_1);
		synchronized (this) {
			calls.add(new Call("upload",
					Map.of("path", exchange.getRequestURI().getPath(), "contentType",
							String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")), "bytes",
							String.valueOf(body.length), "png", String.valueOf(text.contains("\u0089PNG"))),
					String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
					System.currentTimeMillis()));
		}
		exchange.sendResponseHeaders(200, -1);
		exchange.close();
	}

	private void respond(HttpExchange exchange) throws IOException {
		String body = read(exchange.getRequestBody());
		synchronized (this) {
			calls.add(new Call("respond", Map.of("body", body, "path", exchange.getRequestURI().getPath()), "",
					System.currentTimeMillis()));
		}
		send(exchange, 200, "ok");
	}

	private static Map<String, String> params(HttpExchange exchange) throws IOException {
		String body = read(exchange.getRequestBody());
		Map<String, String> params = new LinkedHashMap<>();
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

	private static String read(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
