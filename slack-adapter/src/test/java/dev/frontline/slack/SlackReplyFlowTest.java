package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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

import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.intake.WebhookSignature;
import dev.frontline.replies.DraftStatus;
import dev.frontline.replies.ReplyDraft;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.slack.SlackRequests.Answer;
import dev.frontline.testing.FakeConnector;
import dev.frontline.testing.IntakeClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agreeing a reply in Slack, end to end: every press and form goes to
 * {@code /slack/events} signed as Slack signs it, forms and thread notes go to a fake
 * Slack, and the approved reply to a fake social tool's connector on loopback.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SlackReplyFlowTest {

	static final FakeSlack SLACK = FakeSlack.onLoopback();

	static final FakeConnector CONNECTOR = new FakeConnector();

	static final String CONNECTOR_SECRET = "connector-secret";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void fakes(DynamicPropertyRegistry properties) {
		properties.add("frontline.slack.api-url", SLACK::apiUrl);
		properties.add("frontline.replies.connector.url", CONNECTOR::url);
		properties.add("frontline.replies.connector.secret", () -> CONNECTOR_SECRET);
	}

	@LocalServerPort
	int port;

	@Autowired
	Cases cases;

	@Autowired
	ReplyDrafts drafts;

	SlackRequests slack;

	@BeforeEach
	void connect() {
		slack = new SlackRequests(port, "test-signing-secret", SLACK);
	}

	@AfterAll
	static void stopFakes() {
		// Slack would have refused anything beyond Block Kit's limits.
		List<String> invalid = SLACK.invalid();
		SLACK.close();
		CONNECTOR.close();
		assertThat(invalid).isEmpty();
	}

	@Test
	void theTeamAgreesOneReplyThatASupervisorApprovesAndTheConnectorPublishesOnce() {
		long number = complain("reply-1", "My bag never arrived in Denver and nobody at the desk knows where it is.");
		SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + number + " "));

		// A staff member opens the form: the category's template with the customer's
		// name, and the card says who is drafting.
		slack.buttonPress("draft-reply", String.valueOf(number), "U0STAFF", SLACK.responseUrl("draft-1"));
		JsonNode form = view(
				SLACK.awaitCall("views.open", call -> call.param("trigger_id").equals("trigger-draft-reply")
						&& call.param("view").contains("Case " + number + "\"")));
		assertThat(form.get("callback_id").asString()).isEqualTo("draft-reply");
		assertThat(inputBlock(form, "reply").get("element").get("initial_value").asString())
			.isEqualTo("Hi @reply-1, I'm sorry your bag hasn't reached you. Please send us a private message with"
					+ " your bag tag number and we'll trace it today.");
		assertThat(inputBlock(form, "note").get("optional").asBoolean()).isTrue();
		SLACK.awaitCall("chat.update", call -> call.param("blocks").contains("Case " + number + " ")
				&& call.param("blocks").contains("Drafting a reply: Display U0STAFF since"));

		// A second drafter is told who else is drafting; both may go on.
		slack.buttonPress("draft-reply", String.valueOf(number), "U0STAFF2", SLACK.responseUrl("draft-2"));
		SLACK.awaitCall("views.open", call -> call.param("view").contains("Case " + number + "\"")
				&& call.param("view").contains("Also drafting: Display U0STAFF. You may both go on"));

		// A promise the company cannot guarantee is flagged; asking for personal data in
		// public blocks.
		Answer promise = slack.viewSubmission("draft-reply", String.valueOf(number),
				Map.of("reply", SlackRequests.textInput("Sorry! We guarantee your bag is with you tonight, DM us."),
						"note", SlackRequests.textInput("she flies again on Friday")),
				"U0STAFF");
		assertThat(promise.status()).isEqualTo(200);
		assertThat(promise.body()).isEmpty();
		Answer personalData = slack.viewSubmission("draft-reply", String.valueOf(number),
				Map.of("reply",
						SlackRequests.textInput("Sorry! What is your booking reference? We'll trace it today.")),
				"U0STAFF2");
		assertThat(personalData.body()).isEmpty();
		List<ReplyDraft> submitted = drafts.ofCase(number);
		ReplyDraft flagged = submitted.get(0);
		ReplyDraft blocked = submitted.get(1);
		Call flaggedNote = SLACK.awaitCall("chat.postMessage",
				call -> call.param("text").startsWith("Draft reply " + flagged.id() + " by Display U0STAFF"));
		assertThat(flaggedNote.param("text")).contains("Note to reviewers: she flies again on Friday")
			.contains("Warning: ");
		assertThat(flaggedNote.param("thread_ts")).isNotEmpty();
		assertThat(buttons(flaggedNote)).containsExactly("reply-approve=" + flagged.id() + ":" + flagged.version(),
				"reply-changes=" + flagged.id(), "reply-edit=" + flagged.id());
		assertThat(SLACK
			.awaitCall("chat.postMessage", call -> call.param("text").startsWith("Draft reply " + blocked.id()))
			.param("text")).contains("Blocks approval: ");
		// The supervisor mapped by user id is told privately of the one draft they can
		// approve.
		Call privately = SLACK.awaitCall("chat.postMessage", call -> call.param("channel").equals("U0SUPER")
				&& call.param("text").startsWith("Draft reply " + flagged.id() + " on case " + number));
		assertThat(privately.param("thread_ts")).isEmpty();
		assertThat(SLACK.calls("chat.postMessage")
			.stream()
			.filter(call -> call.param("channel").equals("U0SUPER")
					&& call.param("text").startsWith("Draft reply " + blocked.id() + " ")))
			.isEmpty();

		// A blocked draft cannot be approved; a staff member cannot approve; an author
		// cannot approve their own.
		slack.buttonPress("reply-approve", blocked.id() + ":" + blocked.version(), "U0SUPER",
				SLACK.responseUrl("blocked"));
		assertThat(told("blocked")).contains("cannot be approved: Asks for");
		slack.buttonPress("reply-approve", flagged.id() + ":" + flagged.version(), "U0STAFF2",
				SLACK.responseUrl("staff"));
		assertThat(told("staff"))
			.isEqualTo("Sorry, only a supervisor can approve a SEV3 reply: operator, U0SUPER, anyone in slack group"
					+ " S0SUPERVISORS.");
		slack.viewSubmission("draft-reply", String.valueOf(number),
				Map.of("reply",
						SlackRequests.textInput("Sorry Jo, please DM us your bag tag and we'll trace it today.")),
				"U0SUPER");
		ReplyDraft own = drafts.ofCase(number).get(2);
		slack.buttonPress("reply-approve", own.id() + ":" + own.version(), "U0SUPER", SLACK.responseUrl("own"));
		assertThat(told("own")).isEqualTo("You wrote or edited this draft: someone else approves it.");

		// App Home lists what waits for the supervisor.
		slack.appHomeOpened("Ev-reply-home", "U0SUPER", Map.of());
		assertThat(SLACK
			.awaitCall("views.publish",
					call -> call.param("user_id").equals("U0SUPER")
							&& call.param("view").contains("Approvals waiting for you"))
			.param("view")).contains("Draft reply " + flagged.id() + " · Case " + number);

		// The supervisor approves while the social tool is down; with other drafts in
		// review, the form asks whether to set them aside.
		CONNECTOR.failNext(2);
		slack.buttonPress("reply-approve", flagged.id() + ":" + flagged.version(), "U0SUPER",
				SLACK.responseUrl("approve-1"));
		JsonNode approveForm = view(SLACK.awaitCall("views.open",
				call -> call.param("view").contains("\"private_metadata\":\"" + flagged.id() + ":")));
		assertThat(approveForm.get("callback_id").asString()).isEqualTo("reply-approve");
		assertThat(slack
			.viewSubmission("reply-approve", flagged.id() + ":" + flagged.version(),
					Map.of("others", SlackRequests.checkboxes("set-aside")), "U0SUPER")
			.body()).isEmpty();
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.REPLY_APPROVED);
		assertThat(drafts.ofCase(number)).extracting(ReplyDraft::status)
			.containsExactly(DraftStatus.APPROVED, DraftStatus.REJECTED, DraftStatus.REJECTED);
		SLACK.awaitCall("chat.update", call -> call.param("blocks").contains("Case " + number + " · REPLY_APPROVED")
				&& call.param("blocks").contains("mark-posted"));

		// An edit withdraws the approval and the queued publication.
		await().atMost(Duration.ofSeconds(10)).until(() -> CONNECTOR.attempts(key(flagged)) >= 1);
		slack.buttonPress("reply-edit", String.valueOf(flagged.id()), "U0STAFF", SLACK.responseUrl("edit"));
		JsonNode editForm = view(SLACK.awaitCall("views.open", call -> call.param("view").contains("reply-edit-form")));
		assertThat(inputBlock(editForm, "reply").get("element").get("initial_value").asString())
			.startsWith("Sorry! We guarantee");
		String edited = "Sorry Jo, that's not the trip you planned. Please DM us your bag tag and we'll trace it today.";
		assertThat(slack
			.viewSubmission("reply-edit-form", number + ":" + flagged.id(),
					Map.of("reply", SlackRequests.textInput(edited)), "U0STAFF")
			.body()).isEmpty();
		ReplyDraft afterEdit = drafts.ofCase(number).getFirst();
		assertThat(afterEdit.status()).isEqualTo(DraftStatus.PENDING);
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(cases.get(number).owner().name()).as("the first to submit a draft took the case")
			.isEqualTo("Display U0STAFF");
		assertThat(cases.get(number).history()).extracting(HistoryEntry::detail)
			.anySatisfy(detail -> assertThat(detail).contains("approval withdrawn"));

		// Pressing Approve on the note of the version before the edit is refused.
		slack.buttonPress("reply-approve", flagged.id() + ":" + flagged.version(), "U0SUPER",
				SLACK.responseUrl("stale"));
		assertThat(told("stale")).contains("was edited after the version you approved");

		// Approved again, from the new note: no other draft is in review, so at once.
		slack.buttonPress("reply-approve", afterEdit.id() + ":" + afterEdit.version(), "U0SUPER",
				SLACK.responseUrl("approve-2"));
		await().atMost(Duration.ofSeconds(20)).until(() -> cases.get(number).status() == CaseStatus.REPLIED);

		// The text approved again is a publication of its own, under its own key.
		assertThat(CONNECTOR.taken(key(flagged))).as("the withdrawn text was never taken").isEmpty();
		List<FakeConnector.Received> taken = CONNECTOR.taken(key(afterEdit));
		assertThat(taken).as("one POST taken, after the outage").hasSize(1);
		FakeConnector.Received post = taken.getFirst();
		assertThat(new WebhookSignature(CONNECTOR_SECRET, Duration.ofMinutes(5), Clock.systemUTC())
			.problemWith(post.timestamp(), post.signature(), post.body().getBytes(StandardCharsets.UTF_8))).isNull();
		JsonNode body = JSON.readTree(post.body());
		assertThat(body.get("text").asString()).isEqualTo(edited);
		assertThat(body.get("inReplyTo").asString()).isEqualTo("reply-1");
		assertThat(body.get("approvedBy").asString()).isEqualTo("Display U0SUPER");
		assertThat(body.has("note")).isFalse();
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
		assertThat(CONNECTOR.taken(key(afterEdit))).as("still once").hasSize(1);

		// The measures are on /case.
		Answer shown = slack.slashCommand("/case", String.valueOf(number), "U0STAFF", SLACK.responseUrl("measures"));
		assertThat(JSON.readTree(shown.body()).get("blocks").toString()).contains("Reply: approved after")
			.contains("public after");
		assertThat(cases.get(number).measures().toReply()).isNotNull();
	}

	@Test
	void ofTwoApprovalsAtTheSameMomentOneIsRecordedAndTheOtherToldWhy() throws Exception {
		long number = complain("reply-2", "Bag lost on LK2 to Denver, still no news after three days.");
		SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + number + " "));
		slack.viewSubmission("draft-reply", String.valueOf(number),
				Map.of("reply",
						SlackRequests.textInput(
								"Sorry Jo, that's a long wait. Please DM us your bag tag and we'll trace it today.")),
				"U0STAFF");
		ReplyDraft draft = drafts.ofCase(number).getFirst();
		String value = draft.id() + ":" + draft.version();
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Answer>> presses = new ArrayList<>();
		for (String supervisor : List.of("U0SUPER", "U0GROUPIE")) {
			presses.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return slack.buttonPress("reply-approve", value, supervisor, SLACK.responseUrl("twice-" + supervisor));
			}));
		}
		start.countDown();
		for (CompletableFuture<Answer> press : presses) {
			assertThat(press.get().status()).isEqualTo(200);
		}

		String loser = await().atMost(Duration.ofSeconds(10))
			.until(() -> SLACK.calls("respond")
				.stream()
				.filter(call -> call.param("path").contains("twice-"))
				.map(call -> call.param("body"))
				.findFirst()
				.orElse(null), Objects::nonNull);
		assertThat(loser).contains("is already approved by Display U0");
		assertThat(cases.get(number).history()).extracting(HistoryEntry::action).containsOnlyOnce("REPLY_APPROVED");
		await().atMost(Duration.ofSeconds(10)).until(() -> CONNECTOR.taken(key(draft)).size() == 1);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
		assertThat(CONNECTOR.attempts(key(draft))).isEqualTo(1);
	}

	@Test
	void closingTheFormTakesTheDrafterOffTheCard() {
		long number = complain("reply-3", "Where is my bag? Landed in Denver four hours ago.");
		SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + number + " "));
		slack.buttonPress("draft-reply", String.valueOf(number), "U0STAFF2", SLACK.responseUrl("close"));
		await().atMost(Duration.ofSeconds(10)).until(() -> !cases.get(number).drafting().isEmpty());

		slack.viewClosed("draft-reply", String.valueOf(number), "U0STAFF2");

		assertThat(cases.get(number).drafting()).isEmpty();
		SLACK.awaitCall("chat.update", call -> call.param("blocks").contains("Case " + number + " ")
				&& !call.param("blocks").contains("Drafting a reply"));
	}

	@Test
	void aFormThatCannotOpenInTimeIsExplainedPrivatelyAndTakesNobodyOnTheCard() {
		long number = complain("reply-4", "My bag never reached Denver, the desk has no trace of it.");
		SLACK.awaitCall("chat.postMessage", call -> call.param("blocks").contains("Case " + number + " "));
		// The press reaches the app after Slack's three seconds for opening a form.
		SLACK.delayTriggers(FakeSlack.TRIGGER_LIFETIME.plusSeconds(1));
		try {
			slack.buttonPress("draft-reply", String.valueOf(number), "U0STAFF", SLACK.responseUrl("late"));

			assertThat(told("late")).isEqualTo("Sorry, that form could not be opened. Please try again.");
		}
		finally {
			SLACK.delayTriggers(Duration.ZERO);
		}
		assertThat(
				SLACK.calls("views.open").stream().filter(call -> call.param("view").contains("Case " + number + "\"")))
			.as("Slack was asked once")
			.hasSize(1);
		assertThat(cases.get(number).drafting()).as("nobody is drafting a form they never saw").isEmpty();

		slack.buttonPress("draft-reply", String.valueOf(number), "U0STAFF", SLACK.responseUrl("in-time"));

		await().atMost(Duration.ofSeconds(10)).until(() -> !cases.get(number).drafting().isEmpty());
	}

	/** The key of the draft's publication, approved at the version it was submitted. */
	private static String key(ReplyDraft draft) {
		return "frontline-reply-" + draft.id() + "-v" + draft.version();
	}

	private long complain(String externalId, String text) {
		String body = JSON.writeValueAsString(Map.of("source", "x", "externalId", externalId, "text", text, "author",
				Map.of("handle", "@" + externalId, "followers", 300)));
		IntakeClient.Response response = new IntakeClient(port).post(body);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("caseNumber").asLong();
	}

	/** What the person who pressed was told privately. */
	private static String told(String responseUrlName) {
		Call told = SLACK.awaitCall("respond", call -> call.param("path").endsWith(responseUrlName));
		return JSON.readTree(told.param("body")).get("text").asString();
	}

	private static JsonNode view(Call viewsOpen) {
		return JSON.readTree(viewsOpen.param("view"));
	}

	private static JsonNode inputBlock(JsonNode view, String blockId) {
		for (JsonNode block : view.get("blocks")) {
			if (blockId.equals(block.path("block_id").asString(""))) {
				return block;
			}
		}
		throw new AssertionError("no block " + blockId + " in " + view);
	}

	/** A message's buttons, as {@code action_id=value}. */
	private static List<String> buttons(Call message) {
		List<String> found = new ArrayList<>();
		for (JsonNode block : JSON.readTree(message.param("blocks"))) {
			if (block.path("type").asString("").equals("actions")) {
				block.get("elements")
					.forEach(button -> found
						.add(button.get("action_id").asString() + "=" + button.get("value").asString()));
			}
		}
		return found;
	}

}
