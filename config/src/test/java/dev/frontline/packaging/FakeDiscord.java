package dev.frontline.packaging;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.frontline.packaging.LoopbackHttpFake.Reply;

/**
 * A loopback stand-in for Discord's REST API that knows one bot token and answers what
 * JDA calls to log in and send a DM.
 */
final class FakeDiscord implements AutoCloseable {

	/**
	 * Where the REST API lives under the fake's root; JDA's own default is
	 * {@code https://discord.com/api/v10/}.
	 */
	static final String API_PATH = "/api/v10/";

	static final long BOT_USER_ID = 1_300_000_000_000_000_001L;

	static final String BOT_NAME = "frontline";

	static final long DIRECT_MESSAGE_CHANNEL_ID = 1_300_000_000_000_000_002L;

	private static final Pattern RECIPIENT_ID = Pattern.compile("\"recipient_id\"\\s*:\\s*\"?(\\d+)\"?");

	// The content exactly as the client escaped it, so the fake can echo it back like
	// Discord does.
	private static final Pattern CONTENT = Pattern.compile("\"content\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Reply UNAUTHORIZED = new Reply(401, "{\"message\":\"401: Unauthorized\",\"code\":0}");

	private static final Reply NOT_FOUND = new Reply(404, "{\"message\":\"404: Not Found\",\"code\":0}");

	private final String botToken;

	private final LoopbackHttpFake http;

	private final AtomicLong nextMessageId = new AtomicLong(1_300_000_000_000_000_100L);

	private final List<Long> issuedMessageIds = new CopyOnWriteArrayList<>();

	private FakeDiscord(String botToken) throws IOException {
		this.botToken = botToken;
		this.http = LoopbackHttpFake.start(this::answer);
	}

	static FakeDiscord start(String botToken) throws IOException {
		return new FakeDiscord(botToken);
	}

	/**
	 * What {@code RestConfig#setBaseUrl} takes: JDA appends each route, e.g.
	 * {@code users/@me}, to it.
	 */
	String restBaseUrl() {
		return http.baseUrl() + API_PATH;
	}

	List<RecordedRequest> requests() {
		return http.requests();
	}

	/** The id of every message this fake accepted, in order. */
	List<Long> issuedMessageIds() {
		return List.copyOf(issuedMessageIds);
	}

	private Reply answer(RecordedRequest request) {
		if (!request.authorization().equals("Bot " + botToken)) {
			return UNAUTHORIZED;
		}
		if (!request.path().startsWith(API_PATH)) {
			return NOT_FOUND;
		}
		String route = request.method() + " " + request.path().substring(API_PATH.length());
		if (route.equals("GET users/@me")) {
			return Reply.ok(selfUser());
		}
		if (route.equals("POST users/@me/channels")) {
			return openDirectMessage(request);
		}
		if (route.equals("POST channels/" + DIRECT_MESSAGE_CHANNEL_ID + "/messages")) {
			return sendMessage(request);
		}
		return NOT_FOUND;
	}

	private static Reply openDirectMessage(RecordedRequest request) {
		Matcher recipient = RECIPIENT_ID.matcher(request.body());
		if (!recipient.find()) {
			return new Reply(400, "{\"message\":\"Invalid Form Body\",\"code\":50035}");
		}
		return Reply.ok("""
				{"id":"%d","type":1,"last_message_id":null,"flags":0,"recipients":[%s]}"""
			.formatted(DIRECT_MESSAGE_CHANNEL_ID, user(Long.parseLong(recipient.group(1)), "agent", false)));
	}

	private Reply sendMessage(RecordedRequest request) {
		Matcher content = CONTENT.matcher(request.body());
		if (!content.find() || content.group(1).isEmpty()) {
			return new Reply(400, "{\"message\":\"Cannot send an empty message\",\"code\":50006}");
		}
		long id = nextMessageId.getAndIncrement();
		issuedMessageIds.add(id);
		return Reply.ok("""
				{"id":"%d","channel_id":"%d","type":0,"content":"%s","author":%s,\
				"timestamp":"2026-01-01T00:00:00.000000+00:00","edited_timestamp":null,"tts":false,\
				"mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],\
				"pinned":false,"flags":0,"components":[]}""".formatted(id, DIRECT_MESSAGE_CHANNEL_ID, content.group(1),
				user(BOT_USER_ID, BOT_NAME, true)));
	}

	private static String selfUser() {
		return """
				{"id":"%d","username":"%s","discriminator":"0","global_name":null,"avatar":null,"bot":true,"public_flags":0,\
				"verified":true,"mfa_enabled":false}"""
			.formatted(BOT_USER_ID, BOT_NAME);
	}

	private static String user(long id, String name, boolean bot) {
		return """
				{"id":"%d","username":"%s","discriminator":"0","global_name":null,"avatar":null,"bot":%b,"public_flags":0}"""
			.formatted(id, name, bot);
	}

	@Override
	public void close() {
		http.close();
	}

}
