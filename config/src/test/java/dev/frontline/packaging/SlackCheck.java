package dev.frontline.packaging;

import static dev.frontline.packaging.CheckFailed.expect;

import java.util.List;
import java.util.Map;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;

/**
 * Calls auth.test and chat.postMessage through slack-api-client, which sends them with
 * OkHttp, against a {@link FakeSlack}.
 */
final class SlackCheck {

	private static final String BOT_TOKEN = "xoxb-frontline-packaging-check";

	private static final String CHANNEL = "C0FRONTLINE";

	private static final String TEXT = "Case 42 is waiting for an agent & has been for 5 min";

	private SlackCheck() {
	}

	/** Runs the calls and returns which ones worked, or throws {@link CheckFailed}. */
	static String run() throws Exception {
		try (FakeSlack fake = FakeSlack.start(BOT_TOKEN)) {
			Slack slack = Slack.getInstance(configFor(fake));
			try {
				return callBothMethods(slack, fake);
			}
			finally {
				// Not try-with-resources: Slack#close() declares Exception, which javac's
				// lint flags there.
				slack.close();
			}
		}
	}

	private static String callBothMethods(Slack slack, FakeSlack fake) throws Exception {
		// Given the team, the SDK does not first call auth.test on its own to learn it
		// (it keys its rate-limit
		// metrics by team), so the fake sees exactly the calls made here.
		MethodsClient methods = slack.methods(BOT_TOKEN, FakeSlack.TEAM_ID);

		AuthTestResponse auth = methods.authTest(request -> request);
		expect(auth.isOk(), "auth.test answered not ok: " + auth.getError());
		expect(FakeSlack.BOT_USER_ID.equals(auth.getUserId()) && FakeSlack.TEAM_ID.equals(auth.getTeamId()),
				"auth.test response was not parsed: user " + auth.getUserId() + ", team " + auth.getTeamId());

		ChatPostMessageResponse posted = methods.chatPostMessage(request -> request.channel(CHANNEL).text(TEXT));
		expect(posted.isOk(), "chat.postMessage answered not ok: " + posted.getError());
		expect(fake.issuedTimestamps().equals(List.of(String.valueOf(posted.getTs()))),
				"chat.postMessage returned ts " + posted.getTs() + ", the fake issued " + fake.issuedTimestamps());
		expect(CHANNEL.equals(posted.getChannel()), "chat.postMessage returned channel " + posted.getChannel());

		expectTheFakeSawBothCalls(fake.requests());
		return "auth.test+chat.postMessage";
	}

	private static SlackConfig configFor(FakeSlack fake) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(fake.methodsEndpointUrlPrefix());
		return config;
	}

	private static void expectTheFakeSawBothCalls(List<RecordedRequest> seen) {
		expect(seen.stream()
			.map(RecordedRequest::path)
			.toList()
			.equals(List.of("/api/auth.test", "/api/chat.postMessage")), "the fake saw " + seen);
		for (RecordedRequest request : seen) {
			expect(request.method().equals("POST") && request.authorization().equals("Bearer " + BOT_TOKEN),
					"not a POST with the bot token: " + request);
			// The SDK sets this header in an OkHttp interceptor: seeing it proves the
			// request went through OkHttp's chain.
			expect(request.userAgent().startsWith("Java-Slack-SDK"),
					"no slack-api-client User-Agent: " + request.userAgent());
		}
		Map<String, String> form = seen.get(1).formFields();
		expect(CHANNEL.equals(form.get("channel")) && TEXT.equals(form.get("text")), "chat.postMessage sent " + form);
	}

}
