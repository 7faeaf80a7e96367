package dev.frontline.discord;

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
import java.util.Objects;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.delivery.ConnectionHealth;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.discord.FakeDiscord.Interaction;
import dev.frontline.discord.FakeDiscordRest.Call;
import dev.frontline.stories.StoryButtons;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Discord end to end: real JDA against a fake Discord on loopback. Complaints come in
 * over HTTP, cards go out through JDA's REST client, and staff act through interactions
 * the fake gateway delivers, answered through JDA's interaction callbacks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "frontline.stories.teams.loyalty.members[0].id=discord:1100000000000000031",
				"frontline.stories.teams.loyalty.members[0].name=Sam" })
class DiscordEndToEndTest {

	static final FakeDiscord DISCORD = new FakeDiscord();

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void fakeDiscord(DynamicPropertyRegistry properties) {
		properties.add("frontline.discord.rest-url", DISCORD::restUrl);
		properties.add("frontline.discord.gateway-url", DISCORD::gatewayUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	ConnectionHealth health;

	@Autowired
	DiscordChatPlatform platform;

	@Autowired
	DiscordConnection connection;

	@AfterAll
	static void stopDiscord() {
		List<String> refused = DISCORD.refusedAcknowledgements();
		DISCORD.close();
		// Discord would have refused a late or second answer to an interaction.
		assertThat(refused).isEmpty();
	}

	@BeforeEach
	void connected() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> health.health().getDetails().get("gateway"), "CONNECTED"::equals);
	}

	@Test
	void jdaIdentifiesOnTheGatewayAndRegistersTheCommandsInTheConfiguredServer() {
		assertThat(DISCORD.gatewayReceived())
			.anySatisfy(payload -> assertThat(JSON.readTree(payload).get("op").asInt()).isEqualTo(2));
		JsonNode identify = DISCORD.gatewayReceived()
			.stream()
			.map(JSON::readTree)
			.filter(payload -> payload.get("op").asInt() == 2)
			.findFirst()
			.orElseThrow();
		assertThat(identify.get("d").get("token").asString()).isEqualTo(FakeDiscord.BOT_TOKEN);

		Call registered = awaitCall(call -> call.describe()
			.equals("PUT applications/" + FakeDiscord.BOT + "/guilds/" + FakeDiscord.GUILD + "/commands"));
		assertThat(JSON.readTree(registered.body()).valueStream().map(command -> command.get("name").asString()))
			.containsExactlyInAnyOrder("case", "cases", "story", "stories", "report");
	}

	@Test
	void aCaseIsOneEmbedWithButtonsInItsTeamChannelWithAThreadForItsActivity() {
		long number = complain("d-1", "@d1",
				"My bag never arrived in Denver and nobody at the desk knows where it is.");

		Call posted = awaitCard(FakeDiscord.BAGGAGE, number);
		JsonNode body = JSON.readTree(posted.body());
		assertThat(posted.authorization()).isEqualTo("Bot " + FakeDiscord.BOT_TOKEN);
		assertThat(body.get("embeds").get(0).get("title").asString()).contains("Case " + number);
		assertThat(buttonIds(body)).contains("acknowledge:" + number, "draft-reply:" + number, "escalate:" + number,
				"resolve:" + number);
		assertThat(body.get("allowed_mentions").get("parse")).isEmpty();
		assertThat(body.get("nonce").asString()).hasSize(25);
		String messageId = messageIdOf(posted);
		awaitCall(call -> call.describe()
			.equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages/" + messageId + "/threads"));
	}

	@Test
	void aPressIsAcknowledgedAndTheCardUpdatedInPlaceWithANoteInItsThread() {
		long number = complain("d-2", "@d2", "Suitcase arrived with a broken handle on my flight yesterday.");
		Call posted = awaitCard(FakeDiscord.BAGGAGE, number);
		String messageId = messageIdOf(posted);

		Interaction press = DISCORD.press(FakeDiscord.STAFF, List.of(), "acknowledge:" + number, FakeDiscord.BAGGAGE,
				messageId);

		Call answer = awaitCall(call -> call.describe().equals("POST " + press.callbackRoute()));
		assertThat(JSON.readTree(answer.body()).get("type").asInt()).as("DEFERRED_UPDATE_MESSAGE").isEqualTo(6);
		Call updated = awaitCall(
				call -> call.describe().equals("PATCH channels/" + FakeDiscord.BAGGAGE + "/messages/" + messageId)
						&& call.body().contains("ACKNOWLEDGED"));
		assertThat(JSON.readTree(updated.body()).get("embeds").get(0).toString()).contains("Display user31");
		Call note = awaitCall(call -> call.describe().equals("POST channels/" + messageId + "/messages"));
		assertThat(JSON.readTree(note.body()).get("content").asString()).startsWith("Acknowledged by Display user31");
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(DISCORD.calls())
			.filteredOn(call -> call.describe().equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages")
					&& call.body().contains("Case " + number + " "))
			.hasSize(1);
	}

	@Test
	void aRateLimitedPostWaitsForRetryAfterAndArrivesOnce() {
		DISCORD.answerNext(call -> call.describe().equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages")
				&& call.body().contains("@d20 "), FakeDiscord.rateLimited(1));

		long number = complain("d-20", "@d20", "My bag never arrived in Vienna and nobody at the desk can find it.");

		List<Call> attempts = await().atMost(Duration.ofSeconds(30))
			.until(() -> DISCORD.calls()
				.stream()
				.filter(call -> call.describe().equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages")
						&& call.body().contains("Case " + number + " "))
				.toList(), found -> found.size() >= 2);
		Call posted = attempts.get(1);
		assertThat(posted.atMillis() - attempts.getFirst().atMillis()).as("waited Retry-After")
			.isGreaterThanOrEqualTo(1_000);
		await().pollDelay(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(5))
			.until(() -> DISCORD.calls()
				.stream()
				.filter(call -> call.describe().equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages")
						&& call.body().contains("Case " + number + " "))
				.count() == 2);
		assertThat(messageIdOf(posted)).isNotNull();
	}

	@Test
	void aPostDiscordRefusesForMissingPermissionsIsGivenUpAloneWhileOthersArrive() {
		DISCORD.answerNext(call -> call.describe().equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages")
				&& call.body().contains("@d21 "), FakeDiscord.missingPermissions());

		long lost = complain("d-21", "@d21", "My bag never arrived in Prague and nobody at the desk can find it.");
		long delivered = complain("d-22", "@d22", "My bag never arrived in Krakow and nobody at the desk can find it.");

		awaitCard(FakeDiscord.BAGGAGE, delivered);
		assertThat(DISCORD.calls())
			.filteredOn(call -> call.describe().equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages")
					&& call.body().contains("Case " + lost + " "))
			.as("a permanent error is not retried")
			.hasSize(1);
	}

	@Test
	void aCardSomeoneDeletedIsPostedAgainAndItsActivityFollowsIt() {
		long number = complain("d-23", "@d23", "My bag never arrived in Zagreb and nobody at the desk can find it.");
		String first = messageIdOf(awaitCard(FakeDiscord.BAGGAGE, number));
		DISCORD.deleteMessage(FakeDiscord.BAGGAGE, first);

		DISCORD.press(FakeDiscord.STAFF, List.of(), "acknowledge:" + number, FakeDiscord.BAGGAGE, first);

		Call again = awaitCall(call -> call.describe().equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages")
				&& call.body().contains("Case " + number + " ") && call.body().contains("ACKNOWLEDGED"));
		String second = messageIdOf(again);
		Call note = awaitCall(call -> call.describe().equals("POST channels/" + second + "/messages"));
		assertThat(JSON.readTree(note.body()).get("content").asString()).startsWith("Acknowledged by Display user31");
	}

	@Test
	void aNoteForACaseWhoseThreadDiscordArchivedArrivesInThatThreadAndReopensIt() {
		long number = complain("d-26", "@d26", "My bag never arrived in Riga and nobody at the desk can find it.");
		String cardId = messageIdOf(awaitCard(FakeDiscord.BAGGAGE, number));
		awaitCall(call -> call.describe()
			.equals("POST channels/" + FakeDiscord.BAGGAGE + "/messages/" + cardId + "/threads"));

		DISCORD.archiveThread(cardId);
		// JDA forgets a thread once Discord archives it.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> connection.client().orElseThrow().getThreadChannelById(cardId) == null);
		complain("d-27", "@d26", "Still nothing about my bag from Riga, it has my medicine in it.");

		Call note = awaitCall(call -> call.describe().equals("POST channels/" + cardId + "/messages")
				&& call.body().contains("New message from"));
		assertThat(JSON.readTree(note.body()).get("content").asString()).contains("my medicine");
		assertThat(DISCORD.isArchived(cardId)).isFalse();
		assertThat(DISCORD.calls()).filteredOn(call -> call.route().endsWith("/messages/" + cardId + "/threads"))
			.as("the thread is not started again")
			.hasSize(1);
	}

	@Test
	void afterTheGatewayDropsTheSessionResumesAndPressesStillWork() {
		pressWorksAfterADrop(true, 6, "d-24");
	}

	@Test
	void whenDiscordRefusesToResumeTheBotIdentifiesAgainAndPressesStillWork() {
		pressWorksAfterADrop(false, 2, "d-25");
	}

	private void pressWorksAfterADrop(boolean acceptResume, int opSentAgain, String externalId) {
		long number = complain(externalId, "@" + externalId,
				"My bag never arrived in Tallinn and nobody at the desk can find it, " + externalId + ".");
		String messageId = messageIdOf(awaitCard(FakeDiscord.BAGGAGE, number));
		long sentBefore = opsSent(opSentAgain);

		DISCORD.dropGateway(acceptResume);

		await().atMost(Duration.ofSeconds(30)).until(() -> opsSent(opSentAgain) > sentBefore);
		connected();
		Interaction press = DISCORD.press(FakeDiscord.STAFF, List.of(), "acknowledge:" + number, FakeDiscord.BAGGAGE,
				messageId);
		awaitCall(call -> call.describe().equals("POST " + press.callbackRoute()));
		awaitCall(call -> call.describe().equals("PATCH channels/" + FakeDiscord.BAGGAGE + "/messages/" + messageId)
				&& call.body().contains("ACKNOWLEDGED"));
	}

	/**
	 * How many payloads with this op the bot sent on the gateway: 2 IDENTIFY, 6 RESUME.
	 */
	private static long opsSent(int op) {
		return DISCORD.gatewayReceived()
			.stream()
			.filter(payload -> JSON.readTree(payload).path("op").asInt() == op)
			.count();
	}

	@Test
	void someoneWithoutARoleIsRefusedPrivatelyAndNothingChanges() {
		long number = complain("d-3", "@d3", "My suitcase was damaged on my flight, the wheel snapped off.");
		String messageId = messageIdOf(awaitCard(FakeDiscord.BAGGAGE, number));

		Interaction press = DISCORD.press(FakeDiscord.NOBODY, List.of(), "acknowledge:" + number, FakeDiscord.BAGGAGE,
				messageId);

		// Refused in the answer to the press itself: one call, seen by the presser alone.
		Call refusal = awaitCall(call -> call.describe().equals("POST " + press.callbackRoute()));
		JsonNode body = JSON.readTree(refusal.body()).get("data");
		assertThat(body.get("content").asString()).contains("doesn't know you yet");
		assertThat(body.get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.OPEN);
	}

	@Test
	void caseCommandAnswersOnlyTheCallerWithTheCard() {
		long number = complain("d-4", "@d4", "Still no refund for my cancelled booking, third email.");

		Interaction command = DISCORD.command(FakeDiscord.STAFF, List.of(), "case", "number",
				"\"type\":4,\"value\":" + number);

		Call deferred = awaitCall(call -> call.describe().equals("POST " + command.callbackRoute()));
		JsonNode answer = JSON.readTree(deferred.body());
		assertThat(answer.get("type").asInt()).as("DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(5);
		assertThat(answer.get("data").get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
		Call reply = awaitCall(
				call -> call.describe().equals("PATCH " + command.webhookRoute() + "/messages/@original"));
		assertThat(JSON.readTree(reply.body()).get("embeds").get(0).get("title").asString()).contains("Case " + number);
	}

	@Test
	void casesCommandListsByTheChosenFilter() {
		long number = complain("d-5", "@d5", "The app charged me twice for my seat on LK12.");

		Interaction command = DISCORD.command(FakeDiscord.STAFF, List.of(), "cases", "filter",
				"\"type\":3,\"value\":\"open\"");

		Call reply = awaitCall(
				call -> call.describe().equals("PATCH " + command.webhookRoute() + "/messages/@original"));
		assertThat(JSON.readTree(reply.body()).get("content").asString()).startsWith("Open cases")
			.contains(String.valueOf(number));
	}

	@Test
	void aComplaintMentioningEveryoneGoesOutWithMentionsDisabledAndNothingLinked() {
		String text = "@everyone @here <@1100000000000000031> <@&1100000000000000021> my bag: see "
				+ "[click](https://evil.example/login) **now**";
		long number = complain("d-6", "<@1100000000000000032>", text);

		Call posted = awaitCard(FakeDiscord.BAGGAGE, number);
		JsonNode body = JSON.readTree(posted.body());
		assertThat(body.get("allowed_mentions").get("parse")).isEmpty();
		assertThat(body.get("allowed_mentions").has("users")).isFalse();
		assertThat(body.get("allowed_mentions").has("roles")).isFalse();
		String embed = body.get("embeds").get(0).toString();
		assertThat(embed).doesNotContain("https://evil.example")
			.doesNotContain("@everyone")
			.doesNotContain("@here")
			.doesNotContain("[click](")
			.doesNotContain("**now**");
		String description = body.get("embeds").get(0).get("description").asString();
		// Every < is escaped, so no <@…> or <@&…> reads as a mention.
		assertThat(description).doesNotContainPattern("(?<!\\\\)<");
		assertThat(body.get("embeds").get(0).get("fields").get(0).get("value").asString())
			.startsWith("\\<@1100000000000000032\\>");
		assertThat(description).contains("@\u200Beveryone", "\\<@1100000000000000031\\>",
				"https\\[\\:\\]//evil\\[.\\]example", "\\*\\*now\\*\\*");
	}

	@Test
	void escalateOpensAFormAndItsSubmissionEscalates() {
		long number = complain("d-7", "@d7", "My bag came back soaked and the zip torn off, I want it replaced.");
		String messageId = messageIdOf(awaitCard(FakeDiscord.BAGGAGE, number));

		Interaction press = DISCORD.press(FakeDiscord.STAFF, List.of(), "escalate:" + number, FakeDiscord.BAGGAGE,
				messageId);
		Call form = awaitCall(call -> call.describe().equals("POST " + press.callbackRoute()));
		JsonNode modal = JSON.readTree(form.body());
		assertThat(modal.get("type").asInt()).as("MODAL").isEqualTo(9);
		assertThat(modal.get("data").get("custom_id").asString()).isEqualTo("escalate:" + number);

		Interaction submitted = DISCORD.submit(FakeDiscord.STAFF, List.of(), "escalate:" + number, FakeDiscord.BAGGAGE,
				"""
						[{"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"text","value":"Gold member, on TV tonight"}}]""");

		Call done = awaitCall(call -> call.describe().equals("POST " + submitted.webhookRoute()));
		assertThat(JSON.readTree(done.body()).get("content").asString()).contains("escalated");
		await().atMost(Duration.ofSeconds(30)).until(() -> cases.get(number).escalationLevel() > 0);
	}

	@Test
	void aSupervisorByDiscordRoleMayApproveWhatStaffMayNot() {
		// Someone with the mapped role is a supervisor; the same person without it is
		// not.
		long number = complain("d-8", "@d8", "Gate agent at PHX was rude to my father about his bag.");
		String messageId = messageIdOf(awaitCard(FakeDiscord.BAGGAGE, number));

		Interaction withRole = DISCORD.press(FakeDiscord.SUPERVISOR, List.of(FakeDiscord.SUPERVISOR_ROLE),
				"acknowledge:" + number, FakeDiscord.BAGGAGE, messageId);

		awaitCall(call -> call.describe().equals("POST " + withRole.callbackRoute()));
		await().atMost(Duration.ofSeconds(30)).until(() -> cases.get(number).status() == CaseStatus.ACKNOWLEDGED);
		assertThat(cases.get(number).owner().name()).isEqualTo("Display user32");
	}

	@Test
	void aMissingChannelAndALackingPermissionShowOnHealthWhileOtherTeamsWork() {
		long lost = complain("d-9", "@d9", "Points from my October flights never posted to my rewards account.");
		long app = complain("d-10", "@d10", "The app crashes every time I open my boarding pass.");
		long bag = complain("d-11", "@d11", "My bag was left behind in Denver, please help.");

		awaitCard(FakeDiscord.BAGGAGE, bag);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(health.health().getDetails()).containsKey("channel " + FakeDiscord.MISSING)
				.containsKey("channel " + FakeDiscord.DIGITAL));
		assertThat(health.health().getStatus().getCode()).isEqualTo("DEGRADED");
		assertThat(health.health().getStatus().getDescription()).contains(FakeDiscord.MISSING, "lacks permission");
		assertThat(DISCORD.calls()).noneMatch(call -> call.route().startsWith("channels/" + FakeDiscord.DIGITAL));
		assertThat(List.of(lost, app)).doesNotContain(bag);
	}

	@Test
	void aReplyIsDraftedInAFormAndApprovedOnlyByASupervisor() {
		long number = complain("d-12", "@d12", "My bag was left in Denver and I fly home tomorrow without it.");
		String cardId = messageIdOf(awaitCard(FakeDiscord.BAGGAGE, number));

		Interaction draft = DISCORD.press(FakeDiscord.STAFF, List.of(), "draft-reply:" + number, FakeDiscord.BAGGAGE,
				cardId);
		JsonNode form = JSON
			.readTree(awaitCall(call -> call.describe().equals("POST " + draft.callbackRoute())).body());
		assertThat(form.get("type").asInt()).as("MODAL").isEqualTo(9);
		assertThat(form.get("data").toString()).contains("\"custom_id\":\"reply\"", "\"custom_id\":\"note\"");
		Interaction submitted = DISCORD.submit(FakeDiscord.STAFF, List.of(), "draft-reply:" + number,
				FakeDiscord.BAGGAGE,
				"""
						[{"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"reply","value":"Hi, we are so sorry your bag stayed in Denver. Please send us a private message with your booking reference and we will get it to you today."}}]""");
		awaitCall(call -> call.describe().equals("POST " + submitted.webhookRoute())
				&& call.body().contains("waiting for approval"));

		Call note = awaitCall(call -> call.describe().equals("POST channels/" + cardId + "/messages")
				&& call.body().contains("reply-approve:"));
		String approve = buttonIds(JSON.readTree(note.body())).stream()
			.filter(id -> id.startsWith("reply-approve:"))
			.findFirst()
			.orElseThrow();
		assertThat(buttonIds(JSON.readTree(note.body()))).anyMatch(id -> id.startsWith("reply-changes:"))
			.anyMatch(id -> id.startsWith("reply-edit:"));

		Interaction byStaff = DISCORD.press(FakeDiscord.STAFF, List.of(), approve, cardId, messageIdOf(note));
		JsonNode refused = JSON
			.readTree(awaitCall(call -> call.describe().equals("POST " + byStaff.callbackRoute())).body());
		assertThat(refused.get("type").asInt()).as("CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(4);
		assertThat(refused.get("data").get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
		assertThat(refused.get("data").get("content").asString()).contains("only a supervisor");
		assertThat(cases.get(number).status()).isNotEqualTo(CaseStatus.REPLY_APPROVED);

		DISCORD.press(FakeDiscord.SUPERVISOR, List.of(FakeDiscord.SUPERVISOR_ROLE), approve, cardId, messageIdOf(note));
		await().atMost(Duration.ofSeconds(30)).until(() -> cases.get(number).status() == CaseStatus.REPLY_APPROVED);
	}

	@Test
	void planFollowUpPostsTheStepsWithTheirButtonsInTheThread() {
		long number = complain("d-13", "@d13", "Bag delayed on LK40, the tracking page shows nothing at all.");
		String cardId = messageIdOf(awaitCard(FakeDiscord.BAGGAGE, number));

		Interaction press = DISCORD.press(FakeDiscord.STAFF, List.of(), "plan-follow-up:" + number, FakeDiscord.BAGGAGE,
				cardId);

		assertThat(JSON.readTree(awaitCall(call -> call.describe().equals("POST " + press.callbackRoute())).body())
			.get("type")
			.asInt()).isEqualTo(6);
		// Steps are posted one a message, paced apart; step 1 is found by its own button.
		Call step = awaitCall(call -> call.describe().equals("POST channels/" + cardId + "/messages")
				&& call.body().contains("\"step-done:" + number + ".1\""));
		assertThat(buttonIds(JSON.readTree(step.body()))).contains("step-done:" + number + ".1")
			.anyMatch(id -> id.startsWith("step-edit:"))
			.anyMatch(id -> id.startsWith("step-reassign:"));
	}

	@Test
	void aStoryIsWrittenInAFormPreviewedPrivatelyAndSharedAnonymously() {
		Interaction story = DISCORD.command(FakeDiscord.STAFF, List.of(), "story", "", "");
		JsonNode form = JSON
			.readTree(awaitCall(call -> call.describe().equals("POST " + story.callbackRoute())).body());
		assertThat(form.get("type").asInt()).as("MODAL").isEqualTo(9);
		assertThat(form.get("data").get("components")).hasSize(5);

		Interaction submitted = DISCORD.submit(FakeDiscord.STAFF, List.of(), "story-form:", FakeDiscord.CARE,
				"""
						[{"type":18,"id":1,"component":{"type":4,"id":2,"custom_id":"happened","value":"A customer, jo@example.com, shouted at the gate about a missed tour."}},
						 {"type":18,"id":3,"component":{"type":4,"id":4,"custom_id":"did","value":"I listened and rebooked her."}},
						 {"type":18,"id":5,"component":{"type":4,"id":6,"custom_id":"helped","value":"Knowing the tour times."}},
						 {"type":18,"id":7,"component":{"type":4,"id":8,"custom_id":"tags","value":"delay, tours"}}]""");
		Call answered = awaitCall(call -> call.describe().equals("POST " + submitted.callbackRoute()));
		assertThat(JSON.readTree(answered.body()).get("data").get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
		Call preview = awaitCall(call -> call.describe().equals("POST " + submitted.webhookRoute()));
		JsonNode shown = JSON.readTree(preview.body());
		assertThat(shown.get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
		assertThat(shown.get("content").asString()).contains("As the team will read it")
			.doesNotContain("jo@example.com");
		String share = buttonIds(shown).stream()
			.filter(id -> id.startsWith("choose:story-preview:share=anonymous:"))
			.findFirst()
			.orElseThrow();

		Interaction shared = DISCORD.press(FakeDiscord.STAFF, List.of(), share, FakeDiscord.CARE, DISCORD.nextId());

		Call outcome = awaitCall(
				call -> call.describe().equals("PATCH " + shared.webhookRoute() + "/messages/@original"));
		assertThat(JSON.readTree(outcome.body()).get("content").asString()).contains("with no name");
	}

	@Test
	void aPrivateMessageGoesToThePersonsDirectChannelWithItsButtonAndNoMentions() throws Exception {
		platform.sendDirectMessage(FakeDiscord.STAFF, new ThreadNote("Time for this week's story, @everyone is waiting",
				List.of(), List.of(StoryButtons.SHARE.on("", true))), "frontline-dm-1");

		Call opened = awaitCall(call -> call.describe().equals("POST users/@me/channels"));
		assertThat(JSON.readTree(opened.body()).get("recipient_id").asString()).isEqualTo(FakeDiscord.STAFF);
		Call sent = awaitCall(
				call -> call.describe().equals("POST channels/" + FakeDiscord.DIRECT_CHANNEL + "/messages"));
		JsonNode body = JSON.readTree(sent.body());
		assertThat(body.get("content").asString()).contains("@\u200Beveryone");
		assertThat(body.get("allowed_mentions").get("parse")).isEmpty();
		assertThat(buttonIds(body)).containsExactly("story-share:");
	}

	private static List<String> buttonIds(JsonNode message) {
		return message.get("components")
			.valueStream()
			.flatMap(row -> row.get("components").valueStream())
			.map(button -> button.get("custom_id").asString())
			.toList();
	}

	private static Call awaitCard(String channel, long number) {
		return awaitCall(call -> call.describe().equals("POST channels/" + channel + "/messages")
				&& call.body().contains("Case " + number + " "));
	}

	private static String messageIdOf(Call posted) {
		return DISCORD.messageIdOf(posted);
	}

	private static Call awaitCall(Predicate<Call> matching) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> DISCORD.lastCall(matching).orElse(null), Objects::nonNull);
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
