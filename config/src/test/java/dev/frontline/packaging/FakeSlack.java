package dev.frontline.packaging;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import dev.frontline.packaging.LoopbackHttpFake.Reply;

/**
 * A loopback stand-in for Slack's Web API that knows one bot token and answers auth.test
 * and chat.postMessage.
 */
final class FakeSlack implements AutoCloseable {

	static final String TEAM_ID = "T0FRONTLN";

	static final String BOT_USER_ID = "U0FRONTBOT";

	private static final Pattern CHANNEL_ID = Pattern.compile("[A-Z0-9]+");

	private final String botToken;

	private final LoopbackHttpFake http;

	private final AtomicLong nextMessageSecond = new AtomicLong(1_760_000_000L);

	private final List<String> issuedTimestamps = new CopyOnWriteArrayList<>();

	private FakeSlack(String botToken) throws IOException {
		this.botToken = botToken;
		this.http = LoopbackHttpFake.start(this::answer);
	}

	static FakeSlack start(String botToken) throws IOException {
		return new FakeSlack(botToken);
	}

	/**
	 * What {@code SlackConfig#setMethodsEndpointUrlPrefix} takes: the method name is
	 * appended to it.
	 */
	String methodsEndpointUrlPrefix() {
		return http.baseUrl() + "/api/";
	}

	List<RecordedRequest> requests() {
		return http.requests();
	}

	/** The {@code ts} of every message this fake accepted, in order. */
	List<String> issuedTimestamps() {
		return List.copyOf(issuedTimestamps);
	}

	private Reply answer(RecordedRequest request) {
		// Like Slack: HTTP 200 with "ok":false for a bad token, 404 for a method it does
		// not know.
		if (!request.authorization().equals("Bearer " + botToken)) {
			return Reply.ok("{\"ok\":false,\"error\":\"invalid_auth\"}");
		}
		return switch (request.path()) {
			case "/api/auth.test" -> Reply.ok("""
					{"ok":true,"url":"https://larkspur-air.slack.com/","team":"Larkspur Air","user":"frontline",\
					"team_id":"%s","user_id":"%s","bot_id":"B0FRONTBOT","is_enterprise_install":false}"""
				.formatted(TEAM_ID, BOT_USER_ID));
			case "/api/chat.postMessage" -> postMessage(request);
			default -> new Reply(404, "{\"ok\":false,\"error\":\"unknown_method\"}");
		};
	}

	private Reply postMessage(RecordedRequest request) {
		String channel = request.formFields().getOrDefault("channel", "");
		if (!CHANNEL_ID.matcher(channel).matches()) {
			return Reply.ok("{\"ok\":false,\"error\":\"channel_not_found\"}");
		}
		if (request.formFields().getOrDefault("text", "").isBlank()) {
			return Reply.ok("{\"ok\":false,\"error\":\"no_text\"}");
		}
		String ts = nextMessageSecond.getAndIncrement() + ".000100";
		issuedTimestamps.add(ts);
		return Reply.ok("""
				{"ok":true,"channel":"%s","ts":"%s",\
				"message":{"type":"message","user":"%s","bot_id":"B0FRONTBOT","ts":"%s"}}""".formatted(channel, ts,
				BOT_USER_ID, ts));
	}

	@Override
	public void close() {
		http.close();
	}

}
