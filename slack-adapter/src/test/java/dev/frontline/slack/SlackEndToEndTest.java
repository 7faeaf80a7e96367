package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.slack.SlackRequests.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Slack end to end: complaints in over HTTP, cards out to a fake Slack Web API on
 * loopback, and staff acting through requests to {@code /slack/events} signed exactly as
 * Slack signs them — so every press goes through Bolt's signature check, routing and
 * acknowledgement.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SlackEndToEndTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void fakeSlack(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	SlackRequests slack;

	@BeforeEach
	void connect() {
		slack = new SlackRequests(port, "test-signing-secret", SLACK);
	}

	@AfterAll
	static void stopSlack() {
		// Slack would have refused anything beyond Block Kit's limits.
		List<String> invalid = SLACK.invalid();
		SLACK.close();
		assertThat(invalid).isEmpty();
	}

	@Test
	void aCaseIsOneCardInItsTeamChannelUpdatedInPlaceWithActivityInItsThread() {
		long number = complain("e2e-1", "@e2e1",
				"My bag never arrived in Denver and nobody at the desk knows where it is.");
		Call posted = SLACK.awaitCall("chat.postMessage",
				call -> call.param("blocks").contains("Case " + number + " "));
		assertThat(posted.param("channel")).isEqualTo("C0BAGGAGE");
		assertThat(posted.authorization()).isEqualTo("Bearer xoxb-test-token");
		String ts = "1700000000." + String.format("%06d", SLACK.calls("chat.postMessage").indexOf(posted) + 1);

		Answer press = slack.buttonPress("acknowledge", String.valueOf(number), "U0STAFF", SLACK.responseUrl("ack-1"));

		assertThat(press.status()).isEqualTo(200);
		Call updated = SLACK.awaitCall("chat.update",
				call -> call.param("blocks").contains("Case " + number + " · ACKNOWLEDGED"));
		assertThat(updated.param("ts")).isEqualTo(ts);
		assertThat(updated.param("channel")).isEqualTo("C0BAGGAGE");
		assertThat(updated.param("blocks")).contains("Owner: Display U0STAFF");
		Call note = SLACK.awaitCall("chat.postMessage", call -> ts.equals(call.param("thread_ts")));
		assertThat(note.param("text")).startsWith("Acknowledged by Display U0STAFF after");
		assertThat(SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> call.param("blocks").contains("Case " + number + " ·"))).hasSize(1);
		assertThat(cases.get(number).owner().name()).isEqualTo("Display U0STAFF");
	}

	@Test
	void aPermanentErrorGivesUpThatMessageAloneWhileTheOthersAreDelivered() {
		// Slack refuses this one card for good, as for a channel the bot was removed
		// from.
		SLACK.refuseWith("chat.postMessage", params -> params.getOrDefault("blocks", "").contains("@e2e20 "),
				"channel_not_found");
		long lost = complain("e2e-20", "@e2e20", "My bag never arrived in Oslo and nobody at the desk can find it.");
		long delivered = complain("e2e-21", "@e2e21",
				"My bag never arrived in Bergen and nobody at the desk can find it.");

		SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + delivered + " "));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from outbound_message where state = 'FAILED' and last_error like ?")
				.param("%channel_not_found%")
				.query(Integer.class)
				.single(), given -> given == 1);
		assertThat(SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> call.param("blocks").contains("Case " + lost + " "))).as("a permanent error is not retried")
			.hasSize(1);
	}

	@Test
	void aChannelTheBotWasRemovedFromLosesItsMessagesAloneAndGetsTheCardBackWhenInvited() {
		SLACK.removeFromChannel("C0LOYALTY");
		long lost;
		try {
			lost = complain("e2e-31", "@e2e31", "The lounge at ORD refused my Gold card again, third time this month.");
			long delivered = complain("e2e-32", "@e2e32",
					"My bag never arrived in Porto and nobody at the desk can find it.");

			SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + delivered + " "));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc
					.sql("select count(*) from outbound_message where state = 'FAILED' and last_error like ?")
					.param("%not_in_channel%")
					.query(Integer.class)
					.single(), given -> given >= 1);
		}
		finally {
			SLACK.inviteToChannel("C0LOYALTY");
		}
		assertThat(SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> call.param("blocks").contains("Case " + lost + " "))).as("a permanent error is not retried")
			.hasSize(1);

		// Invited back, the case's next change brings its card, and its activity follows.
		slack.buttonPress("acknowledge", String.valueOf(lost), "U0STAFF", SLACK.responseUrl("ack-back"));

		Call card = SLACK.awaitCall("chat.postMessage",
				call -> call.param("blocks").contains("Case " + lost + " · ACKNOWLEDGED"));
		assertThat(card.param("channel")).isEqualTo("C0LOYALTY");
		Call note = SLACK.awaitCall("chat.postMessage", call -> card.postedTs().equals(call.param("thread_ts")));
		assertThat(note.param("text")).startsWith("Acknowledged by Display U0STAFF");
	}

	@Test
	void aCardSomeoneDeletedIsPostedAgainAndItsActivityFollowsIt() {
		long number = complain("e2e-33", "@e2e33",
				"My bag never arrived in Lisbon and nobody at the desk can find it.");
		Call first = SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + number + " "));
		SLACK.deleteMessage("C0BAGGAGE", first.postedTs());

		slack.buttonPress("acknowledge", String.valueOf(number), "U0STAFF", SLACK.responseUrl("ack-gone"));

		Call again = SLACK.awaitCall("chat.postMessage",
				call -> call.param("blocks").contains("Case " + number + " · ACKNOWLEDGED"));
		Call note = SLACK.awaitCall("chat.postMessage", call -> again.postedTs().equals(call.param("thread_ts")));
		assertThat(note.param("text")).startsWith("Acknowledged by Display U0STAFF");
		slack.viewSubmission("resolve", String.valueOf(number), "bag found and delivered to the hotel", "U0STAFF");
		Call resolved = SLACK.awaitCall("chat.update",
				call -> call.param("blocks").contains("Case " + number + " · RESOLVED"));
		assertThat(resolved.param("ts")).as("later versions update the card posted again").isEqualTo(again.postedTs());
	}

	@Test
	void customerTextCanMentionNobodyAndLinkNothing() {
		String text = "<!channel> @everyone <@U0123ABC> my bag & passport: see https://evil.example/login now";
		long number = complain("e2e-2", "<@U0HANDLE>", text);

		Call posted = SLACK.awaitCall("chat.postMessage",
				call -> call.param("blocks").contains("Case " + number + " "));
		JsonNode blocks = JSON.readTree(posted.param("blocks"));
		JsonNode quote = blocks.get(2).get("text");
		assertThat(quote.get("type").asString()).isEqualTo("plain_text");
		assertThat(quote.get("text").asString()).isEqualTo(
				"&lt;!channel&gt; @everyone &lt;@U0123ABC&gt; my bag &amp; passport: see https[:]//evil[.]example/login now");
		assertThat(blocks.get(1).get("fields").get(0).get("text").asString()).startsWith("Customer: &lt;@U0HANDLE&gt;");
		assertThat(posted.param("text")).doesNotContain("channel").doesNotContain("@everyone");
		assertThat(posted.param("link_names")).isEqualTo("0");
		assertThat(posted.param("unfurl_links")).isEqualTo("0");
	}

	@Test
	void someoneWithoutARoleIsRefusedPrivatelyAndNothingChanges() {
		long number = complain("e2e-3", "@e2e3", "My suitcase was damaged on my flight, the wheel snapped off.");

		Answer press = slack.buttonPress("acknowledge", String.valueOf(number), "U0NOBODY",
				SLACK.responseUrl("refuse-1"));

		assertThat(press.status()).isEqualTo(200);
		Call refusal = SLACK.awaitCall("respond", call -> call.param("path").endsWith("refuse-1"));
		JsonNode body = JSON.readTree(refusal.param("body"));
		assertThat(body.get("response_type").asString()).isEqualTo("ephemeral");
		assertThat(body.get("replace_original").asBoolean()).isFalse();
		assertThat(body.get("text").asString()).contains("doesn't know you yet");
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.OPEN);
	}

	@Test
	void escalateAndResolveAreRefusedPrivatelyToSomeoneWithoutARole() {
		long number = complain("e2e-12", "@e2e12", "Refund for LK9 never arrived, please check.");
		int formsBefore = SLACK.calls("views.open").size();

		slack.buttonPress("escalate", String.valueOf(number), "U0NOBODY", SLACK.responseUrl("refuse-esc"));
		slack.buttonPress("resolve", String.valueOf(number), "U0NOBODY", SLACK.responseUrl("refuse-res"));
		Answer forged = slack.viewSubmission("resolve", String.valueOf(number), "closing it myself", "U0NOBODY");

		SLACK.awaitCall("respond", call -> call.param("path").endsWith("refuse-esc"));
		SLACK.awaitCall("respond", call -> call.param("path").endsWith("refuse-res"));
		assertThat(SLACK.calls("views.open")).hasSize(formsBefore);
		assertThat(JSON.readTree(forged.body()).get("errors").get("text").asString()).contains("doesn't know you yet");
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.OPEN);
		assertThat(cases.get(number).escalationLevel()).isZero();
	}

	@Test
	void aMemberOfAUserGroupMappedToARoleMayAct() {
		long number = complain("e2e-11", "@e2e11", "My bag is missing since Tuesday, nobody calls back.");

		slack.buttonPress("acknowledge", String.valueOf(number), "U0GROUPIE", SLACK.responseUrl("group-1"));

		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(cases.get(number).owner().id()).isEqualTo("slack:U0GROUPIE");
		assertThat(SLACK.calls("usergroups.users.list")).extracting(call -> call.param("usergroup"))
			.contains("S0SUPERVISORS");
	}

	@Test
	void escalateOpensAModalAndTheReasonEscalatesTheCase() {
		long number = complain("e2e-4", "@e2e4", "Still no refund for my cancelled booking, third email.");

		Answer press = slack.buttonPress("escalate", String.valueOf(number), "U0STAFF", SLACK.responseUrl("esc-1"));

		assertThat(press.status()).isEqualTo(200);
		Call opened = SLACK.awaitCall("views.open", call -> call.param("trigger_id").equals("trigger-escalate"));
		JsonNode view = JSON.readTree(opened.param("view"));
		assertThat(view.get("callback_id").asString()).isEqualTo("escalate");
		assertThat(view.get("private_metadata").asString()).isEqualTo(String.valueOf(number));

		Answer submitted = slack.viewSubmission("escalate", String.valueOf(number), "customer contacted us three times",
				"U0SUPER");

		assertThat(submitted.status()).isEqualTo(200);
		assertThat(cases.get(number).escalationLevel()).isEqualTo(1);
		assertThat(cases.get(number).history()).extracting(HistoryEntry::actor)
			.contains("Display U0SUPER (slack:U0SUPER)");
	}

	@Test
	void resolveNeedsANoteAndSaysSoInTheForm() {
		long number = complain("e2e-5", "@e2e5", "The app charged me twice for my seat.");

		Answer empty = slack.viewSubmission("resolve", String.valueOf(number), "", "U0STAFF");
		Answer resolved = slack.viewSubmission("resolve", String.valueOf(number), "refund of the double charge issued",
				"U0STAFF");

		assertThat(JSON.readTree(empty.body()).get("response_action").asString()).isEqualTo("errors");
		assertThat(JSON.readTree(empty.body()).get("errors").get("text").asString())
			.isEqualTo("Please give a resolution note.");
		assertThat(resolved.status()).isEqualTo(200);
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.RESOLVED);
	}

	@Test
	void anIncidentIsTakenListedAndResolvedWithAllItsCasesFromItsCardButtons() {
		List<Long> numbers = new java.util.ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			numbers
				.add(complain("e2e-inc-" + i, "@inc" + i, "LK777 delayed five hours and no one at the gate says why."));
		}
		long incident = cases.get(numbers.getLast()).incident();
		SLACK.awaitCall("chat.postMessage",
				call -> call.param("blocks").contains("INCIDENT " + incident + " · flight LK777"));

		slack.buttonPress("incident-acknowledge", String.valueOf(incident), "U0NOBODY", SLACK.responseUrl("inc-no"));
		Call refused = SLACK.awaitCall("respond", call -> call.param("path").endsWith("inc-no"));
		assertThat(JSON.readTree(refused.param("body")).get("text").asString()).contains("doesn't know you yet");

		Answer take = slack.buttonPress("incident-acknowledge", String.valueOf(incident), "U0STAFF",
				SLACK.responseUrl("inc-ack"));
		assertThat(take.status()).isEqualTo(200);
		SLACK.awaitCall("chat.update",
				call -> call.param("blocks").contains("INCIDENT " + incident + " ")
						&& call.param("blocks").contains("ACKNOWLEDGED")
						&& call.param("blocks").contains("Owner: Display U0STAFF"));
		numbers.forEach(number -> assertThat(cases.get(number).status()).isEqualTo(CaseStatus.ACKNOWLEDGED));

		slack.buttonPress("incident-affected", String.valueOf(incident), "U0STAFF", SLACK.responseUrl("inc-aff"));
		Call listed = SLACK.awaitCall("respond", call -> call.param("path").endsWith("inc-aff"));
		assertThat(JSON.readTree(listed.param("body")).get("text").asString())
			.contains("The 5 affected customers and a draft notice are in the incident's thread");
		SLACK.awaitCall("chat.postMessage",
				call -> call.param("text").contains("listed the 5 affected customers: @inc1 (x)"));

		slack.buttonPress("incident-resolve", String.valueOf(incident), "U0STAFF", SLACK.responseUrl("inc-res"));
		Call opened = SLACK.awaitCall("views.open",
				call -> call.param("trigger_id").equals("trigger-incident-resolve"));
		assertThat(JSON.readTree(opened.param("view")).get("callback_id").asString()).isEqualTo("incident-resolve");
		Answer empty = slack.viewSubmission("incident-resolve", String.valueOf(incident), " ", "U0STAFF");
		assertThat(JSON.readTree(empty.body()).get("errors").get("text").asString())
			.isEqualTo("Please give a resolution note.");
		slack.viewSubmission("incident-resolve", String.valueOf(incident), "LK777 departed 19:10, vouchers sent",
				"U0SUPER");
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> numbers
				.forEach(number -> assertThat(cases.get(number).status()).isEqualTo(CaseStatus.RESOLVED)));
	}

	@Test
	void caseCommandAnswersPrivatelyWithTheCard() {
		long number = complain("e2e-6", "@e2e6", "Lounge at ORD refused my Gold card.");

		Answer answer = slack.slashCommand("/case", String.valueOf(number), "U0STAFF", SLACK.responseUrl("cmd-1"));

		assertThat(answer.status()).isEqualTo(200);
		JsonNode reply = JSON.readTree(answer.body());
		assertThat(reply.get("response_type").asString()).isEqualTo("ephemeral");
		assertThat(reply.get("blocks").toString()).contains("Case " + number + " · OPEN");
	}

	@Test
	void caseCommandExplainsAnUnknownNumberAndBadInputInOneLine() {
		JsonNode unknown = JSON
			.readTree(slack.slashCommand("/case", "987654", "U0STAFF", SLACK.responseUrl("c")).body());
		JsonNode malformed = JSON
			.readTree(slack.slashCommand("/case", "12abc", "U0STAFF", SLACK.responseUrl("c")).body());
		JsonNode lists = JSON
			.readTree(slack.slashCommand("/cases", "sideways", "U0STAFF", SLACK.responseUrl("c")).body());

		assertThat(unknown.get("text").asString())
			.isEqualTo("There is no case 987654. Usage: /case &lt;number&gt; [history] or /case search &lt;words&gt;");
		assertThat(malformed.get("text").asString()).startsWith("\"12abc\" is not a case number.");
		assertThat(lists.get("text").asString())
			.isEqualTo("\"sideways\" is not a list I know. Usage: /cases open|mine|overdue|escalated [page &lt;n&gt;]");
		assertThat(unknown.get("response_type").asString()).isEqualTo("ephemeral");
	}

	@Test
	void aStaleBadOrMissingSignatureIs401AndRunsNothing() {
		int before = SLACK.calls("users.info").size();

		assertThat(slack.slashCommandSignedAt(System.currentTimeMillis() / 1000 - 600).status()).isEqualTo(401);
		assertThat(slack.slashCommandWithSignature("v0=" + "0".repeat(64)).status()).isEqualTo(401);
		assertThat(slack.slashCommandWithSignature(null).status()).isEqualTo(401);
		assertThat(SLACK.calls("users.info")).hasSize(before);
	}

	@Test
	void aRetriedEventIsHandledOnce() {
		Answer first = slack.appHomeOpened("Ev0RETRY1", "U0STAFF", Map.of());
		Answer retry = slack.appHomeOpened("Ev0RETRY1", "U0STAFF",
				Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

		assertThat(first.status()).isEqualTo(200);
		assertThat(retry.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> SLACK.calls("views.publish").stream().anyMatch(c -> c.param("user_id").equals("U0STAFF")));
		assertThat(SLACK.calls("views.publish").stream().filter(c -> c.param("user_id").equals("U0STAFF"))).hasSize(1);
	}

	@Test
	void appHomeShowsTheCallersOpenCases() {
		long number = complain("e2e-7", "@e2e7", "Points from my October flights never posted to my rewards account.");
		slack.buttonPress("acknowledge", String.valueOf(number), "U0SUPER", SLACK.responseUrl("home-ack"));

		slack.appHomeOpened("Ev0HOME2", "U0SUPER", Map.of());

		Call published = SLACK.awaitCall("views.publish", call -> call.param("user_id").equals("U0SUPER"));
		assertThat(published.param("view")).contains("Your open cases (").contains("Case " + number + " ·");
	}

	@Test
	void aHomeWithMoreWaitingThanItShowsIsPublishedWithinSlacksLimits() {
		String[] cities = { "Oslo", "Lima", "Cairo", "Quito", "Tunis", "Dakar", "Hanoi", "Accra", "Sofia", "Riga",
				"Minsk", "Baku", "Doha", "Muscat", "Male", "Suva", "Apia", "Nuuk" };
		List<Long> numbers = new java.util.ArrayList<>();
		for (int i = 0; i < cities.length; i++) {
			long number = complain("e2e-home-" + i, "@home" + i, "My suitcase never arrived in " + cities[i]
					+ " and nobody at the desk can tell me where it went, day " + (i + 2) + ".");
			numbers.add(number);
			slack.buttonPress("acknowledge", String.valueOf(number), "U0STAFF2", SLACK.responseUrl("home-" + i));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> numbers.stream().allMatch(number -> cases.get(number).owner() != null));

		slack.appHomeOpened("Ev0HOMEFULL", "U0STAFF2", Map.of());

		Call published = SLACK.awaitCall("views.publish", call -> call.param("user_id").equals("U0STAFF2"));
		JsonNode blocks = JSON.readTree(published.param("view")).get("blocks");
		assertThat(blocks.size()).isLessThanOrEqualTo(100);
		assertThat(published.param("view")).contains("Your open cases (15)");
		assertThat(numbers.stream().filter(number -> published.param("view").contains("Case " + number + " ·")))
			.as("the first fifteen of the eighteen waiting")
			.hasSize(15);
		assertThat(SLACK.invalid()).as("Slack took the home").isEmpty();
	}

	@Test
	void aRateLimitedPostWaitsForRetryAfterAndArrivesOnce() {
		SLACK.failNext("chat.postMessage", params -> params.getOrDefault("blocks", "").contains("@e2e8 "), 429, "2");
		long before = System.currentTimeMillis();

		long number = complain("e2e-8", "@e2e8", "Gate agent at PHX was rude to my father about his bag.");

		List<Call> attempts = await().atMost(Duration.ofSeconds(15))
			.until(() -> SLACK.calls("chat.postMessage")
				.stream()
				.filter(call -> call.param("blocks").contains("Case " + number + " "))
				.toList(), found -> found.size() >= 2);
		Call posted = attempts.get(1);
		assertThat(posted.atMillis() - attempts.getFirst().atMillis()).as("waited for Retry-After")
			.isGreaterThanOrEqualTo(2_000);
		assertThat(posted.atMillis()).isGreaterThan(before);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
		assertThat(SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> call.param("blocks").contains("Case " + number + " "))).as("delivered once after the retry")
			.hasSize(2);
	}

	@Test
	void aMessageSlackRefusesForComingTooSoonIsRetriedAfterRetryAfterAndArrivesOnce() {
		long number = complain("e2e-34", "@e2e34",
				"My bag never arrived in Madrid and nobody at the desk can find it.");
		Call card = SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + number + " "));
		// Slack's limit is stricter than the pace here, so the update and the note that
		// follow at the pace are refused with 429 and Retry-After: 1.
		SLACK.enforcePerChannelInterval(Duration.ofMillis(500));
		try {
			slack.buttonPress("acknowledge", String.valueOf(number), "U0STAFF", SLACK.responseUrl("ack-fast"));

			SLACK.awaitCall("chat.update", call -> card.postedTs().equals(call.param("ts"))
					&& call.param("blocks").contains("ACKNOWLEDGED") && !SLACK.rateLimitedCalls().contains(call));
			SLACK.awaitCall("chat.postMessage",
					call -> card.postedTs().equals(call.param("thread_ts"))
							&& call.param("text").startsWith("Acknowledged by Display U0STAFF")
							&& !SLACK.rateLimitedCalls().contains(call));
		}
		finally {
			SLACK.enforcePerChannelInterval(FakeSlack.DEFAULT_PER_CHANNEL_INTERVAL);
		}
		List<Call> refused = SLACK.rateLimitedCalls()
			.stream()
			.filter(call -> card.postedTs().equals(call.param("thread_ts")) || card.postedTs().equals(call.param("ts")))
			.toList();
		assertThat(refused).as("the note at least came sooner than Slack takes").isNotEmpty();
		for (Call tooSoon : refused) {
			Call retried = SLACK.calls(tooSoon.method())
				.stream()
				.filter(call -> call.atMillis() >= tooSoon.atMillis() && call != tooSoon
						&& call.param("ts").equals(tooSoon.param("ts"))
						&& call.param("thread_ts").equals(tooSoon.param("thread_ts")))
				.findFirst()
				.orElseThrow();
			assertThat(retried.atMillis() - tooSoon.atMillis()).as("waited Retry-After").isGreaterThanOrEqualTo(990);
		}
		assertThat(SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> card.postedTs().equals(call.param("thread_ts"))
					&& call.param("text").startsWith("Acknowledged by Display U0STAFF"))
			.filter(call -> !SLACK.rateLimitedCalls().contains(call))).as("the note arrives once").hasSize(1);
	}

	@Test
	void userNamesAreLookedUpOnceAndCached() {
		long first = complain("e2e-9", "@e2e9", "Bag lost on LK2, please help.");
		long second = complain("e2e-10", "@e2e10", "Bag lost on LK3, please help.");
		slack.slashCommand("/case", String.valueOf(first), "U0CACHE", SLACK.responseUrl("x"));
		slack.slashCommand("/case", String.valueOf(second), "U0CACHE", SLACK.responseUrl("x"));

		assertThat(SLACK.calls("users.info").stream().filter(c -> c.param("user").equals("U0CACHE"))).hasSize(1);
	}

	private long complain(String externalId, String handle, String text) {
		String body = JSON.writeValueAsString(Map.of("source", "x", "externalId", externalId, "text", text, "author",
				Map.of("handle", handle, "followers", 300), "url", "https://social.example/x/" + externalId));
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
			return JSON.readTree(response.body()).get("caseNumber").asLong();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
