package dev.frontline.packaging;

import static dev.frontline.packaging.CheckFailed.expect;

import java.util.EnumSet;
import java.util.List;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.SessionController;

/**
 * Logs JDA in and sends a direct message through JDA's OkHttp-based REST requester,
 * against a {@link FakeDiscord}.
 */
final class DiscordCheck {

	private static final String BOT_TOKEN = "frontline-packaging-check.bot-token";

	private static final String WRONG_TOKEN = "not-the-bot-token";

	private static final long AGENT_USER_ID = 1_300_000_000_000_000_042L;

	private static final String TEXT = "Case 42 is waiting for an agent \"since 09:15\" & counting";

	private DiscordCheck() {
	}

	/** Runs the calls and returns which ones worked, or throws {@link CheckFailed}. */
	static String run() throws Exception {
		try (FakeDiscord fake = FakeDiscord.start(BOT_TOKEN)) {
			expectAWrongTokenToBeRefused(fake);
			expectLoginAndADirectMessage(fake);
			return "login(401+200 users/@me)+users/@me/channels+channels/{id}/messages";
		}
	}

	private static void expectAWrongTokenToBeRefused(FakeDiscord fake) {
		boolean refused;
		try {
			builder(WRONG_TOKEN, fake).build().shutdownNow();
			refused = false;
		}
		catch (InvalidTokenException expected) {
			// JDA turns the fake's 401 on users/@me into this: the request was made and
			// its answer read.
			refused = true;
		}
		expect(refused, "JDA logged in with a token the fake refuses");
		expect(describe(fake.requests()).equals(List.of("GET users/@me as Bot " + WRONG_TOKEN)),
				"with a wrong token the fake saw " + fake.requests());
	}

	private static void expectLoginAndADirectMessage(FakeDiscord fake) throws InterruptedException {
		int before = fake.requests().size();
		JDA jda = builder(BOT_TOKEN, fake).build();
		try {
			SelfUser self = jda.getSelfUser();
			expect(self.getIdLong() == FakeDiscord.BOT_USER_ID && self.getName().equals(FakeDiscord.BOT_NAME),
					"users/@me was not parsed: self user " + self);

			PrivateChannel directMessage = jda.openPrivateChannelById(AGENT_USER_ID).complete();
			expect(directMessage.getIdLong() == FakeDiscord.DIRECT_MESSAGE_CHANNEL_ID,
					"users/@me/channels returned channel " + directMessage.getId());

			Message sent = directMessage.sendMessage(TEXT).complete();
			expect(fake.issuedMessageIds().equals(List.of(sent.getIdLong())),
					"the message came back with id " + sent.getId() + ", the fake issued " + fake.issuedMessageIds());
			expect(TEXT.equals(sent.getContentRaw()), "the message came back as " + sent.getContentRaw());
		}
		finally {
			jda.shutdownNow();
			jda.awaitShutdown();
		}

		List<RecordedRequest> seen = fake.requests().subList(before, fake.requests().size());
		String asBot = " as Bot " + BOT_TOKEN;
		expect(describe(seen).equals(List.of("GET users/@me" + asBot, "POST users/@me/channels" + asBot,
				"POST channels/" + FakeDiscord.DIRECT_MESSAGE_CHANNEL_ID + "/messages" + asBot)),
				"the fake saw " + seen);
		expect(seen.stream().allMatch(request -> request.userAgent().startsWith("DiscordBot (")),
				"not all requests carried JDA's User-Agent: " + seen.stream().map(RecordedRequest::userAgent).toList());
		expect(seen.get(1).body().contains(Long.toString(AGENT_USER_ID)),
				"users/@me/channels sent " + seen.get(1).body());
	}

	private static JDABuilder builder(String token, FakeDiscord fake) {
		return JDABuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class))
			.setRestConfig(new RestConfig().setBaseUrl(fake.restBaseUrl()))
			.setSessionController(new NoGatewaySessionController())
			.setEnableShutdownHook(false);
	}

	private static List<String> describe(List<RecordedRequest> requests) {
		return requests.stream().map(DiscordCheck::describe).toList();
	}

	private static String describe(RecordedRequest request) {
		String path = request.path();
		String route = path.startsWith(FakeDiscord.API_PATH) ? path.substring(FakeDiscord.API_PATH.length()) : path;
		return request.method() + " " + route + " as " + request.authorization();
	}

	/**
	 * Never opens JDA's gateway WebSocket, which REST calls do not need; otherwise JDA
	 * would dial Discord's real gateway.
	 */
	private static final class NoGatewaySessionController implements SessionController {

		@Override
		public void appendSession(SessionConnectNode node) {
			// Deliberately never run.
		}

		@Override
		public void removeSession(SessionConnectNode node) {
		}

		@Override
		public ShardedGateway getShardedGateway(JDA api) {
			// Only a shard manager asks; answer with a loopback address that nothing
			// dials.
			return new ShardedGateway("ws://127.0.0.1:9/", 1);
		}

	}

}
