package dev.frontline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.Cases;
import dev.frontline.people.Actor;
import dev.frontline.slack.FakeSlack.Call;
import dev.frontline.slack.SlackRequests.Answer;
import dev.frontline.stories.internal.StoryCalendar;
import dev.frontline.stories.internal.StoryWeeks;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.ShiftableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story in Slack, end to end: {@code /story} opens the form, submitting shows the
 * story redacted as the team will read it with how to share it, {@code Share} shares it —
 * anonymously in the first test — and {@code /stories} lists it without a name. The
 * second nominates a resolved case, opens its prefilled form from the private message,
 * moves the clock to the digest and has a supervisor give the story a theme and an
 * improvement action.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "frontline.stories.teams.loyalty.members[0].id=slack:U0STAFF",
				"frontline.stories.teams.loyalty.members[0].name=Sam",
				"frontline.stories.teams.loyalty.members[1].id=slack:U0STAFF2",
				"frontline.stories.teams.loyalty.members[2].id=slack:U0SUPER",
				// In the rotation, but given no role: the rotation alone lets nobody in.
				"frontline.stories.teams.loyalty.members[3].id=slack:U0NOROLE" })
class SlackStoryFlowTest {

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
	CaseActions caseActions;

	@Autowired
	StoryWeeks weeks;

	@Autowired
	ShiftableClock clock;

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
	void someoneInTheRotationWithoutARoleIsToldSoAndGetsNoForm() {
		Answer refused = slack.slashCommand("/story", "", "U0NOROLE", SLACK.responseUrl("no-role"));

		assertThat(JSON.readTree(refused.body()).get("text").asString())
			.startsWith("Sorry, Frontline doesn't know you yet.");
		Answer preview = slack
			.viewSubmission("story-form", "",
					Map.of("happened", SlackRequests.textInput("A long day."), "did", SlackRequests.textInput("Coped."),
							"helped", SlackRequests.textInput("Coffee."), "tags", SlackRequests.textInput("")),
					"U0NOROLE");
		assertThat(JSON.readTree(preview.body()).get("errors").get("happened").asString())
			.startsWith("Sorry, Frontline doesn't know you yet.");
	}

	@Test
	void aStoryIsPreviewedRedactedThenSharedAnonymously() {
		Answer opened = slack.slashCommand("/story", "", "U0STAFF2", SLACK.responseUrl("story"));
		assertThat(opened.status()).isEqualTo(200);
		JsonNode form = JSON.readTree(
				SLACK.awaitCall("views.open", call -> call.param("view").contains("\"callback_id\":\"story-form\""))
					.param("view"));
		assertThat(form.toString()).contains("What happened").contains("What would have helped");

		Answer previewed = slack.viewSubmission("story-form", "",
				Map.of("happened", SlackRequests.textInput("@mara.t rang Sam on 07700 900123 about booking QX7P2L."),
						"did", SlackRequests.textInput("Took it to DMs and rebooked her."), "helped",
						SlackRequests.textInput("A rebooking shortcut."), "tags", SlackRequests.textInput("rebooking")),
				"U0STAFF2");
		JsonNode update = JSON.readTree(previewed.body());
		assertThat(update.get("response_action").asString()).isEqualTo("update");
		String shown = update.get("view").toString();
		assertThat(shown).contains("[handle] rang [name] on [phone] about booking [booking ref].")
			.contains("Taken out: 1 handle, 1 phone number, 1 booking reference, 1 name.")
			.contains("Share anonymously (cannot be undone)")
			.doesNotContain("07700")
			.doesNotContain("mara.t");

		Map<String, String> anonymously = Map.of("share", SlackRequests.chosenOption("anonymous"));
		Answer refused = slack.viewSubmission("story-preview", update.get("view").get("private_metadata").asString(),
				anonymously, "U0STAFF");
		assertThat(JSON.readTree(refused.body()).get("errors").get("share").asString())
			.as("only its author shares a preview")
			.contains("This preview has expired");
		Answer shared = slack.viewSubmission("story-preview", update.get("view").get("private_metadata").asString(),
				anonymously, "U0STAFF2");
		assertThat(shared.body()).as("the story is shared")
			.contains("is in the next digest, with no name: nothing links it to you.");

		JsonNode listed = JSON
			.readTree(slack.slashCommand("/stories", "this-week", "U0STAFF", SLACK.responseUrl("x")).body());
		// Before the digest an anonymous story is only counted: its arrival would date
		// it.
		assertThat(listed.get("blocks").toString()).contains("1 anonymous story waits for the digest")
			.doesNotContain("[handle] rang [name]")
			.doesNotContain("U0STAFF2");
	}

	@Test
	void aNominatedCaseOpensPrefilledAndSupervisorsThemeAndImproveTheDigestedStory() {
		// A resolved case, nominated: whoever handled it is asked privately.
		long number = complain("moment-1", "Mara Tell here: my bag didn't come off the belt and the baggage desk"
				+ " can't find it. Booking QX7P2L");
		slack.buttonPress("acknowledge", String.valueOf(number), "U0STAFF", SLACK.responseUrl("ack"));
		await().atMost(Duration.ofSeconds(10)).until(() -> cases.get(number).owner() != null);
		caseActions.resolve(number, new Actor("slack", "U0STAFF", "Sam"), "Bag delivered to Mara Tell");
		JsonNode nominated = JSON.readTree(
				slack.slashCommand("/stories", "nominate " + number, "U0SUPER", SLACK.responseUrl("nominate")).body());
		assertThat(nominated.get("blocks").toString()).contains("is nominated as a story");
		Call asked = SLACK.awaitCall("chat.postMessage", call -> "U0STAFF".equals(call.param("channel"))
				&& call.param("text").contains("nominated case " + number));
		Matcher button = Pattern.compile("\"action_id\":\"story-share-case\",\"value\":\"(\\d+)\"")
			.matcher(asked.param("blocks"));
		assertThat(button.find()).as(asked.param("blocks")).isTrue();
		String nomination = button.group(1);
		slack.appHomeOpened("Ev0NOMINATED", "U0STAFF", Map.of());
		SLACK.awaitCall("views.publish",
				call -> call.param("view").contains("Case " + number + " was nominated for you")
						&& call.param("view").contains("\"action_id\":\"story-share-case\""));

		// Its form opens filled in from the case, redacted.
		slack.buttonPress("story-share-case", nomination, "U0STAFF", SLACK.responseUrl("share-case"));
		String form = SLACK
			.awaitCall("views.open",
					call -> call.param("view").contains("\"private_metadata\":\"case:" + nomination + "\""))
			.param("view");
		assertThat(form).contains("The customer wrote: \\\"[name] here: my bag didn")
			.contains("Resolved: Bag delivered to [name]")
			.doesNotContain("Mara")
			.doesNotContain("QX7P2L");
		Answer previewed = slack.viewSubmission("story-form", "case:" + nomination,
				Map.of("happened", SlackRequests.textInput("A lost bag; Mara was upset at the desk."), "did",
						SlackRequests.textInput("Found the bag and sent it to her hotel."), "helped",
						SlackRequests.textInput("A courier we can book from the desk."), "tags",
						SlackRequests.textInput("baggage")),
				"U0STAFF");
		JsonNode preview = JSON.readTree(previewed.body());
		assertThat(preview.get("view").toString()).contains("A lost bag; [name] was upset at the desk.");
		String thanks = JSON
			.readTree(
					slack
						.viewSubmission("story-preview", preview.get("view").get("private_metadata").asString(),
								Map.of("share", SlackRequests.chosenOption("named")), "U0STAFF")
						.body())
			.get("view")
			.toString();
		Matcher shared = Pattern.compile("Story (\\d+) is in the next digest").matcher(thanks);
		assertThat(shared.find()).as(thanks).isTrue();
		String story = shared.group(1);

		// The week moves on to its digest, where each story has the supervisors' buttons.
		StoryCalendar calendar = weeks.calendarOf("loyalty");
		weeks.moveOn();
		Instant prompt = calendar.nextPrompt(clock.instant());
		clock.advance(Duration.between(clock.instant(), prompt).plusSeconds(5));
		weeks.moveOn();
		clock.advance(Duration.between(clock.instant(), calendar.digestAfter(prompt)).plusSeconds(1));
		weeks.moveOn();
		Call inDigest = SLACK.awaitCall("chat.postMessage", call -> "C0LOYALTY".equals(call.param("channel"))
				&& call.param("text").startsWith("Story " + story + " · "));
		assertThat(inDigest.param("blocks")).contains("\"action_id\":\"story-theme\"")
			.contains("\"action_id\":\"story-improve\"");

		// Only supervisors give themes; theirs are counted.
		slack.buttonPress("story-theme", story, "U0STAFF", SLACK.responseUrl("theme-by-staff"));
		SLACK.awaitCall("respond", call -> call.param("path").endsWith("theme-by-staff")
				&& call.param("body").contains("only a supervisor"));
		slack.buttonPress("story-theme", story, "U0SUPER", SLACK.responseUrl("theme"));
		SLACK.awaitCall("views.open", call -> call.param("view").contains("\"callback_id\":\"story-theme\""));
		Answer badTheme = slack.viewSubmission("story-theme", story, Map.of("theme", SlackRequests.textInput("?")),
				"U0SUPER");
		assertThat(badTheme.body()).contains("\"response_action\":\"errors\"").contains("A theme is");
		Answer themed = slack.viewSubmission("story-theme", story,
				Map.of("theme", SlackRequests.textInput("Lost bags")), "U0SUPER");
		assertThat(themed.status()).isEqualTo(200);
		assertThat(themed.body()).doesNotContain("errors");
		assertThat(JSON.readTree(slack.slashCommand("/stories", "themes", "U0STAFF", SLACK.responseUrl("t")).body())
			.get("blocks")
			.toString()).contains("lost-bags: 1 story in 1 week");

		// An improvement action with an owner from the picker and a due time.
		slack.buttonPress("story-improve", story, "U0SUPER", SLACK.responseUrl("improve"));
		assertThat(
				SLACK.awaitCall("views.open", call -> call.param("view").contains("\"callback_id\":\"story-improve\""))
					.param("view"))
			.contains("\"type\":\"users_select\"");
		Map<String, String> action = new java.util.HashMap<>(
				Map.of("title", SlackRequests.textInput("Book couriers from the desk"), "owner",
						"{\"type\":\"users_select\",\"selected_user\":\"U0STAFF\"}", "due",
						SlackRequests.textInput("next week")));
		Answer badDue = slack.viewSubmission("story-improve", story, action, "U0SUPER");
		assertThat(JSON.readTree(badDue.body()).get("errors").get("due").asString())
			.startsWith("Please say when it is due");
		action.put("due", SlackRequests.textInput("3d"));
		assertThat(slack.viewSubmission("story-improve", story, action, "U0SUPER").body()).doesNotContain("errors");
		Call created = SLACK.awaitCall("chat.postMessage", call -> "C0LOYALTY".equals(call.param("channel"))
				&& call.param("text").contains("from story " + story));
		assertThat(created.param("text")).contains("<@U0STAFF>").contains("Book couriers from the desk");
		assertThat(created.param("blocks")).contains("\"action_id\":\"action-done\"");
		slack.appHomeOpened("Ev0ACTIONS", "U0STAFF", Map.of());
		SLACK.awaitCall("views.publish", call -> call.param("view").contains("Your improvement actions")
				&& call.param("view").contains("Book couriers from the desk"));
	}

	private long complain(String externalId, String text) {
		String body = JSON.writeValueAsString(Map.of("source", "x", "externalId", externalId, "text", text, "author",
				Map.of("handle", "@" + externalId, "displayName", "Mara Tell", "followers", 300)));
		IntakeClient.Response response = new IntakeClient(port).post(body);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("caseNumber").asLong();
	}

}
