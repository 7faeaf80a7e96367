package dev.frontline.discord;

import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.frontline.discord.FakeDiscordRest.Call;
import dev.frontline.discord.FakeDiscordRest.Reply;

/**
 * A fake Discord on loopback for real JDA: a gateway that says HELLO, READY and
 * GUILD_CREATE for one server and delivers interactions, and a REST API that records
 * every call and answers what JDA needs to post, edit, thread, message privately and
 * answer interactions. As Discord does, it takes one acknowledgement per interaction
 * within three seconds, refuses to edit a deleted message, starts one thread per message,
 * archives a thread when a test asks (and reopens it when a message is sent to it), and
 * can answer a call with 429 or 403 when a test asks.
 */
final class FakeDiscord implements AutoCloseable {

	static final String BOT_TOKEN = "fake-discord-bot-token";

	static final String GUILD = "1100000000000000001";

	static final String BOT = "1100000000000000002";

	static final String BAGGAGE = "1100000000000000011";

	static final String FLIGHT_OPS = "1100000000000000012";

	/** A channel the bot may see but not write in. */
	static final String DIGITAL = "1100000000000000014";

	static final String CARE = "1100000000000000015";

	/** A team channel that is not in the server. */
	static final String MISSING = "1100000000000000099";

	static final String SUPERVISOR_ROLE = "1100000000000000021";

	/** Mapped to staff by user id. */
	static final String STAFF = "1100000000000000031";

	/** A supervisor by the Discord role they have. */
	static final String SUPERVISOR = "1100000000000000032";

	/** In the server, mapped to nothing. */
	static final String NOBODY = "1100000000000000033";

	static final String DIRECT_CHANNEL = "1100000000000000050";

	/** View channel, send messages, embed links, read history, threads. */
	private static final long BOT_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 34)
			| (1L << 35) | (1L << 38);

	private static final long SEND_MESSAGES = 1L << 11;

	private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");

	private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");

	private static final Pattern THREAD_FROM_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)/threads");

	private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/[^/]+/callback");

	private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)(/messages/@original)?");

	/** Discord's epoch, from which a snowflake counts its milliseconds. */
	private static final long DISCORD_EPOCH = 1_420_070_400_000L;

	private final AtomicLong sequence = new AtomicLong();

	private final Map<Call, String> issuedMessageIds = new ConcurrentHashMap<>();

	/** How long Discord waits for an interaction's first answer. */
	static final Duration ACKNOWLEDGEMENT_DEADLINE = Duration.ofSeconds(3);

	/** When each interaction was sent, by id. */
	private final Map<String, Long> interactionsSentAtMillis = new ConcurrentHashMap<>();

	private final Set<String> interactionsAcknowledged = ConcurrentHashMap.newKeySet();

	/** The acknowledgements Discord refused, and why: too late, or a second one. */
	private final List<String> refusedAcknowledgements = new CopyOnWriteArrayList<>();

	/** Answers for calls that match, given once each. */
	private final Deque<Map.Entry<Predicate<Call>, Reply>> nextAnswers = new ConcurrentLinkedDeque<>();

	/** Messages someone deleted, by channel and id. */
	private final Set<String> deletedMessages = ConcurrentHashMap.newKeySet();

	/**
	 * The threads started from a message, by id (a message's thread has its id): the
	 * channel it is in.
	 */
	private final Map<String, String> threads = new ConcurrentHashMap<>();

	/** The threads archived, by id. */
	private final Set<String> archivedThreads = ConcurrentHashMap.newKeySet();

	private final FakeDiscordRest rest = FakeDiscordRest.start(this::answer);

	private final FakeDiscordGateway gateway = FakeDiscordGateway.start(ready(), guildCreate());

	String restUrl() {
		return rest.baseUrl();
	}

	String gatewayUrl() {
		return gateway.url();
	}

	List<Call> calls() {
		return rest.calls();
	}

	/** The newest call matching, if any. */
	Optional<Call> lastCall(Predicate<Call> matching) {
		return calls().reversed().stream().filter(matching).findFirst();
	}

	/** Drops the gateway connection; the session resumes if {@code acceptResume}. */
	void dropGateway(boolean acceptResume) {
		gateway.drop(acceptResume);
	}

	List<String> gatewayReceived() {
		return gateway.received();
	}

	/**
	 * The interaction acknowledgements refused: Discord takes one answer per interaction
	 * ({@code 40060} for a second) within three seconds ({@code 10062} after).
	 */
	List<String> refusedAcknowledgements() {
		return List.copyOf(refusedAcknowledgements);
	}

	/** Answers the next call that matches with this instead, once. */
	void answerNext(Predicate<Call> matching, Reply reply) {
		nextAnswers.add(Map.entry(matching, reply));
	}

	/**
	 * Discord's answer to going over a rate limit: 429 with {@code retry_after} in the
	 * body and {@code Retry-After} in the headers.
	 */
	static Reply rateLimited(int retryAfterSeconds) {
		return new Reply(429,
				"""
						{"message":"You are being rate limited.","retry_after":%d.0,"global":false}"""
					.formatted(retryAfterSeconds),
				// Discord's own 429s come through its proxy (Via) with the bucket they
				// hit;
				// without these JDA takes them for a Cloudflare ban on every route.
				Map.of("Retry-After", String.valueOf(retryAfterSeconds), "X-RateLimit-Scope", "user", "Via",
						"1.1 google", "X-RateLimit-Bucket", "fake-messages", "X-RateLimit-Limit", "5",
						"X-RateLimit-Remaining", "0", "X-RateLimit-Reset-After", retryAfterSeconds + ".000"));
	}

	/** Discord's answer when the bot lacks a permission its cache thought it had. */
	static Reply missingPermissions() {
		return new Reply(403, "{\"message\":\"Missing Permissions\",\"code\":50013}");
	}

	/** Someone deletes a message: editing it answers {@code 10008 Unknown Message}. */
	void deleteMessage(String channelId, String messageId) {
		deletedMessages.add(channelId + "/" + messageId);
	}

	/**
	 * Discord archives a thread after a quiet while and tells the bot so on the gateway;
	 * a message sent to it reopens it, as it is not locked.
	 */
	void archiveThread(String threadId) {
		archivedThreads.add(threadId);
		gateway.dispatch("THREAD_UPDATE", thread(threadId, threads.get(threadId), true));
	}

	boolean isArchived(String threadId) {
		return archivedThreads.contains(threadId);
	}

	/** The id this fake gave the message a call posted. */
	String messageIdOf(Call posted) {
		return issuedMessageIds.get(posted);
	}

	/**
	 * A snowflake made now: JDA reads an interaction's age from its id and refuses to
	 * answer one older than Discord allows.
	 */
	String nextId() {
		return String
			.valueOf(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (sequence.incrementAndGet() & 0xFFF));
	}

	/** Someone presses a button under a message in a channel. */
	Interaction press(String userId, List<String> roles, String customId, String channelId, String messageId) {
		String id = nextId();
		String token = "press-" + id;
		interactionsSentAtMillis.put(id, System.currentTimeMillis());
		gateway.dispatch("INTERACTION_CREATE", interaction(id, token, 3, userId, roles, channelId, """
				{"custom_id":"%s","component_type":2}""".formatted(customId), message(messageId, channelId)));
		return new Interaction(id, token);
	}

	/** Someone calls a slash command with one option. */
	Interaction command(String userId, List<String> roles, String name, String option, String optionJson) {
		String id = nextId();
		String token = "command-" + id;
		interactionsSentAtMillis.put(id, System.currentTimeMillis());
		String options = option.isEmpty() ? "[]" : "[{\"name\":\"%s\",%s}]".formatted(option, optionJson);
		gateway.dispatch("INTERACTION_CREATE", interaction(id, token, 2, userId, roles, CARE, """
				{"id":"%s","name":"%s","type":1,"guild_id":"%s","options":%s}""".formatted(nextId(), name, GUILD,
				options), null));
		return new Interaction(id, token);
	}

	/** Someone submits a form opened from a message's button. */
	Interaction submit(String userId, List<String> roles, String customId, String channelId, String fieldsJson) {
		String id = nextId();
		String token = "modal-" + id;
		interactionsSentAtMillis.put(id, System.currentTimeMillis());
		gateway.dispatch("INTERACTION_CREATE", interaction(id, token, 5, userId, roles, channelId, """
				{"custom_id":"%s","components":%s}""".formatted(customId, fieldsJson), null));
		return new Interaction(id, token);
	}

	/** An interaction sent: where its answers go. */
	record Interaction(String id, String token) {

		String callbackRoute() {
			return "interactions/" + id + "/" + token + "/callback";
		}

		String webhookRoute() {
			return "webhooks/" + BOT + "/" + token;
		}

	}

	private Reply answer(Call call) {
		for (Map.Entry<Predicate<Call>, Reply> next : nextAnswers) {
			if (next.getKey().test(call) && nextAnswers.remove(next)) {
				return next.getValue();
			}
		}
		if (!call.authorization().equals("Bot " + BOT_TOKEN) && !call.route().startsWith("interactions/")
				&& !call.route().startsWith("webhooks/")) {
			return new Reply(401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
		}
		String route = call.route();
		Matcher matcher;
		if (call.method().equals("GET") && route.equals("users/@me")) {
			return Reply.ok(user(BOT, "frontline", true));
		}
		if (call.method().equals("POST") && route.equals("users/@me/channels")) {
			return Reply.ok("""
					{"id":"%s","type":1,"last_message_id":null,"flags":0,"recipients":[%s]}""".formatted(DIRECT_CHANNEL,
					user(STAFF, "staff", false)));
		}
		if (call.method().equals("POST") && (matcher = THREAD_FROM_MESSAGE.matcher(route)).matches()) {
			if (threads.putIfAbsent(matcher.group(2), matcher.group(1)) != null) {
				return new Reply(400,
						"{\"message\":\"A thread has already been created for this message\",\"code\":160004}");
			}
			return Reply.ok(thread(matcher.group(2), matcher.group(1), false));
		}
		if (call.method().equals("POST") && (matcher = CHANNEL_MESSAGES.matcher(route)).matches()) {
			if (archivedThreads.remove(matcher.group(1))) {
				gateway.dispatch("THREAD_UPDATE", thread(matcher.group(1), threads.get(matcher.group(1)), false));
			}
			String id = nextId();
			issuedMessageIds.put(call, id);
			return Reply.ok(message(id, matcher.group(1)));
		}
		if (call.method().equals("GET") && (matcher = CHANNEL_MESSAGE.matcher(route)).matches()
				&& !deletedMessages.contains(matcher.group(1) + "/" + matcher.group(2))) {
			return Reply.ok(readMessage(matcher.group(2), matcher.group(1)));
		}
		if (call.method().equals("PATCH") && (matcher = CHANNEL_MESSAGE.matcher(route)).matches()) {
			if (deletedMessages.contains(matcher.group(1) + "/" + matcher.group(2))) {
				return new Reply(404, "{\"message\":\"Unknown Message\",\"code\":10008}");
			}
			return Reply.ok(message(matcher.group(2), matcher.group(1)));
		}
		if ((matcher = CALLBACK.matcher(route)).matches()) {
			return acknowledge(matcher.group(1), call.atMillis());
		}
		if ((matcher = WEBHOOK.matcher(route)).matches()) {
			return Reply.ok(message(matcher.group(3) == null ? nextId() : "1", CARE));
		}
		if (call.method().equals("PUT") && route.startsWith("applications/" + BOT + "/")) {
			return Reply.ok("[]");
		}
		return new Reply(404, "{\"message\":\"404: Not Found\",\"code\":0}");
	}

	private Reply acknowledge(String interactionId, long atMillis) {
		Long sentAt = interactionsSentAtMillis.get(interactionId);
		if (sentAt == null || atMillis - sentAt > ACKNOWLEDGEMENT_DEADLINE.toMillis()) {
			refusedAcknowledgements.add(interactionId + " answered after " + ACKNOWLEDGEMENT_DEADLINE);
			return new Reply(404, "{\"message\":\"Unknown interaction\",\"code\":10062}");
		}
		if (!interactionsAcknowledged.add(interactionId)) {
			refusedAcknowledgements.add(interactionId + " acknowledged twice");
			return new Reply(400, "{\"message\":\"Interaction has already been acknowledged.\",\"code\":40060}");
		}
		return Reply.noContent();
	}

	private static String ready() {
		return """
				{"v":10,"user":%s,"guilds":[{"id":"%s","unavailable":true}],"session_id":"fake-session",\
				"resume_gateway_url":"RESUME_URL","shard":[0,1],"application":{"id":"%s","flags":0},\
				"private_channels":[],"relationships":[],"presences":[],"guild_join_requests":[],\
				"geo_ordered_rtc_regions":[],"auth":{},"user_settings":{},"_trace":["fake"]}"""
			.formatted(user(BOT, "frontline", true), GUILD, BOT);
	}

	private static String guildCreate() {
		String channels = String.join(",", textChannel(BAGGAGE, "baggage", ""),
				textChannel(FLIGHT_OPS, "flight-ops", ""), textChannel(CARE, "care-social", ""),
				textChannel(DIGITAL, "digital", """
						{"id":"%s","type":0,"allow":"0","deny":"%d"}""".formatted(GUILD, SEND_MESSAGES)));
		return """
				{"id":"%s","name":"Larkspur care","icon":null,"splash":null,"discovery_splash":null,"owner_id":"%s",\
				"afk_channel_id":null,"afk_timeout":300,"verification_level":0,"default_message_notifications":0,\
				"explicit_content_filter":0,"mfa_level":0,"features":[],"premium_tier":0,\
				"premium_subscription_count":0,"preferred_locale":"en-US","nsfw_level":0,\
				"premium_progress_bar_enabled":false,"system_channel_id":null,"system_channel_flags":0,\
				"rules_channel_id":null,"public_updates_channel_id":null,"safety_alerts_channel_id":null,\
				"max_members":500000,"vanity_url_code":null,"description":null,"banner":null,\
				"joined_at":"2026-01-01T00:00:00.000000+00:00","large":false,"unavailable":false,"member_count":2,\
				"roles":[%s,%s],"channels":[%s],"threads":[],"guild_scheduled_events":[],"emojis":[],"stickers":[],\
				"soundboard_sounds":[],"voice_states":[],"presences":[],"stage_instances":[],\
				"members":[%s]}""".formatted(GUILD, NOBODY, role(GUILD, "@everyone", BOT_PERMISSIONS, 0),
				role(SUPERVISOR_ROLE, "Supervisors", 0, 1), channels, member(BOT, "frontline", true, List.of()));
	}

	private static String role(String id, String name, long permissions, int position) {
		return """
				{"id":"%s","name":"%s","color":0,"colors":{"primary_color":0,"secondary_color":null,\
				"tertiary_color":null},"hoist":false,"icon":null,"unicode_emoji":null,"position":%d,\
				"permissions":"%d","managed":false,"mentionable":false,"flags":0}""".formatted(id, name, position,
				permissions);
	}

	private static String textChannel(String id, String name, String overwrite) {
		return """
				{"id":"%s","type":0,"guild_id":"%s","name":"%s","position":0,"permission_overwrites":[%s],\
				"parent_id":null,"topic":null,"nsfw":false,"last_message_id":null,"rate_limit_per_user":0,\
				"default_auto_archive_duration":1440,"flags":0}""".formatted(id, GUILD, name, overwrite);
	}

	private static String thread(String id, String parentId, boolean archived) {
		return """
				{"id":"%s","type":11,"guild_id":"%s","parent_id":"%s","owner_id":"%s","name":"Activity",\
				"last_message_id":null,"rate_limit_per_user":0,"message_count":0,"member_count":1,\
				"total_message_sent":0,"flags":0,"applied_tags":[],\
				"thread_metadata":{"archived":%b,"auto_archive_duration":1440,\
				"archive_timestamp":"2026-01-01T00:00:00.000000+00:00","locked":false,\
				"create_timestamp":"2026-01-01T00:00:00.000000+00:00"}}""".formatted(id, GUILD, parentId, BOT,
				archived);
	}

	private static String message(String id, String channelId) {
		return message(id, channelId, "");
	}

	/** A message as Discord reads it out: with the thread started from it, if any. */
	private String readMessage(String id, String channelId) {
		return message(id, channelId, threads.containsKey(id)
				? "\"thread\":" + thread(id, channelId, archivedThreads.contains(id)) + "," : "");
	}

	private static String message(String id, String channelId, String thread) {
		return """
				{"id":"%s","channel_id":"%s","type":0,"content":"","author":%s,%s\
				"timestamp":"2026-01-01T00:00:00.000000+00:00","edited_timestamp":null,"tts":false,\
				"mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],\
				"pinned":false,"flags":0,"components":[]}""".formatted(id, channelId, user(BOT, "frontline", true),
				thread);
	}

	private static String member(String userId, String name, boolean bot, List<String> roles) {
		return """
				{"user":%s,"nick":null,"avatar":null,"roles":[%s],"joined_at":"2026-01-01T00:00:00.000000+00:00",\
				"premium_since":null,"deaf":false,"mute":false,"flags":0,"pending":false,\
				"communication_disabled_until":null,"permissions":"%d"}""".formatted(user(userId, name, bot),
				String.join(",", roles.stream().map(role -> "\"" + role + "\"").toList()), BOT_PERMISSIONS);
	}

	private static String user(String id, String name, boolean bot) {
		return """
				{"id":"%s","username":"%s","discriminator":"0","global_name":"%s","avatar":null,"bot":%b,\
				"public_flags":0}""".formatted(id, name, "Display " + name, bot);
	}

	private static String interaction(String id, String token, int type, String userId, List<String> roles,
			String channelId, String data, String message) {
		return """
				{"id":"%s","application_id":"%s","type":%d,"token":"%s","version":1,"guild_id":"%s",\
				"guild":{"id":"%s","locale":"en-US","features":[]},"channel_id":"%s",\
				"channel":{"id":"%s","type":0,"guild_id":"%s","name":"team","flags":0,"permissions":"%d"},\
				"member":%s,"data":%s,%s"locale":"en-US","guild_locale":"en-US","app_permissions":"%d",\
				"entitlements":[],"authorizing_integration_owners":{"0":"%s"},"context":0,\
				"attachment_size_limit":26214400}""".formatted(id, BOT, type, token, GUILD, GUILD, channelId, channelId,
				GUILD, BOT_PERMISSIONS, member(userId, "user" + userId.substring(userId.length() - 2), false, roles),
				data, message == null ? "" : "\"message\":" + message + ",", BOT_PERMISSIONS, GUILD);
	}

	@Override
	public void close() {
		rest.close();
		try {
			gateway.stop(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
