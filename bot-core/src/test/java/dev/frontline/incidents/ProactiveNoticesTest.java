package dev.frontline.incidents;

import static dev.frontline.testing.Signals.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Outcome;
import dev.frontline.delivery.Card;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.intake.WebhookSignature;
import dev.frontline.reports.ReportWeek;
import dev.frontline.reports.WeeklyReview;
import dev.frontline.reports.WeeklyReviews;
import dev.frontline.people.NotPermittedException;
import dev.frontline.testing.FakeConnector;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;
import dev.frontline.testing.RecordingChatPlatform.Call;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proactive recovery end to end against a connector on loopback: a signal opens the
 * incident's card, staff draft the notice from the card, a supervisor approves it, and
 * each of 200 affected customers gets it once, also when answers are lost on the way, as
 * when the sender dies between sending and recording; later complainants get it by
 * themselves, updates reach everyone told, and the card shows how fast it went. Time is
 * moved, never slept.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.incidents.notices.per-source-per-second=50")
class ProactiveNoticesTest {

	static final FakeConnector CONNECTOR = new FakeConnector();

	static final String SECRET = "notice-connector-secret";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void connector(DynamicPropertyRegistry properties) {
		properties.add("frontline.replies.connector.url", CONNECTOR::url);
		properties.add("frontline.replies.connector.secret", () -> SECRET);
	}

	@LocalServerPort
	int port;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	Conversation conversation;

	@Autowired
	IncidentNotices notices;

	@Autowired
	Incidents incidents;

	@Autowired
	Cases cases;

	@Autowired
	MutableClock clock;

	@Autowired
	WeeklyReviews reviews;

	@Autowired
	RecordingChatPlatform chat;

	@AfterAll
	static void stop() {
		CONNECTOR.close();
	}

	@Test
	void aSignalledIncidentsNoticeReachesEachOfTwoHundredCustomersOnceAndLaterComplainantsByThemselves() {
		long incident = signal("LK950");
		awaitIncidentCard(incident, card -> card.actions().stream().anyMatch(a -> a.label().equals("Notify affected")));
		List<Long> affected = complainAbout("LK950", 200);
		clock.advance(Duration.ofMinutes(4));

		Outcome.Show shown = (Outcome.Show) conversation.press(People.STAFF, IncidentButtons.NOTIFY_AFFECTED.action(),
				String.valueOf(incident));
		assertThat(shown.form().fields()).first()
			.extracting(field -> ((Field.Text) field).text())
			.asString()
			.contains("it goes to 200 customers now, through the connector");
		String prefill = shown.form()
			.fields()
			.stream()
			.filter(Field.LongText.class::isInstance)
			.map(field -> ((Field.LongText) field).initial())
			.findFirst()
			.orElseThrow();
		assertThat(prefill).isEqualTo("Hi {name}, we're sorry: flight LK950 is cancelled. Rebooked on LK907 at 18:10;"
				+ " hotel vouchers at desk B. Send us a private message and we'll look at your booking with you.");
		String text = prefill.replace("Rebooked", "You are rebooked");
		assertThat(conversation.submit(People.STAFF, IncidentButtons.NOTIFY_AFFECTED.action(), String.valueOf(incident),
				Answers.of(Map.of("text", text, "later", "true"))))
			.isInstanceOf(Outcome.Done.class);
		NoticeDraft draft = notices.ofIncident(incident).getFirst();
		assertThat(draft.status()).isEqualTo(NoticeStatus.PENDING);
		assertThat(CONNECTOR.all()).as("nothing goes out before approval")
			.noneMatch(received -> received.key().startsWith("frontline-notice-" + incident + "-"));

		assertThat(conversation.press(People.STAFF, IncidentButtons.APPROVE_NOTICE.action(), draft.ref()))
			.as("staff may not approve")
			.isInstanceOf(Outcome.Refused.class);
		assertThat(conversation.press(People.SUPERVISOR, IncidentButtons.APPROVE_NOTICE.action(), draft.ref()))
			.isEqualTo(new Outcome.Done("Approved: the notice goes to 200 customers."));

		Map<Long, String> keys = awaitDelivered(incident, affected, 1, false);
		for (long caseNumber : affected) {
			List<FakeConnector.Received> copies = CONNECTOR.taken(keys.get(caseNumber));
			assertThat(copies).as("case %d", caseNumber).hasSize(1);
			JsonNode body = JSON.readTree(copies.getFirst().body());
			assertThat(body.get("kind").asString()).isEqualTo("notice");
			assertThat(body.get("incidentNumber").asLong()).isEqualTo(incident);
			assertThat(body.get("inReplyTo").asString()).isEqualTo("lk950-" + affected.indexOf(caseNumber));
			assertThat(body.get("text").asString())
				.startsWith("Hi Traveller " + affected.indexOf(caseNumber) + ", we're sorry: flight LK950");
			assertThat(new WebhookSignature(SECRET, Duration.ofMinutes(5), clock).problemWith(
					copies.getFirst().timestamp(), copies.getFirst().signature(),
					copies.getFirst().body().getBytes(StandardCharsets.UTF_8)))
				.isNull();
		}
		CaseView told = cases.get(affected.getFirst());
		assertThat(told.notified()).isNotNull();
		assertThat(told.notified().notice()).isEqualTo(1);
		assertThat(told.history()).extracting(HistoryEntry::action).containsOnlyOnce("NOTIFIED_PROACTIVELY");

		// Someone who complains now, while the incident is open, gets it by themselves.
		long later = complain("lk950-later", "@late-traveller", "Late Traveller", "LK950 cancelled, what now?");
		String laterKey = "frontline-notice-" + incident + "-" + later + "-1";
		await().atMost(Duration.ofSeconds(20)).until(() -> !CONNECTOR.taken(laterKey).isEmpty());
		assertThat(JSON.readTree(CONNECTOR.taken(laterKey).getFirst().body()).get("text").asString())
			.startsWith("Hi Late Traveller, we're sorry: flight LK950 is cancelled.");

		IncidentView view = await().atMost(Duration.ofSeconds(10))
			.until(() -> incidents.get(incident), v -> v.notices() != null && v.notices().sent() == 201);
		assertThat(view.notices().toFirst()).isEqualTo(Duration.ofMinutes(4));
		assertThat(view.notices().afterComplaining()).isEqualTo(201);
		assertThat(view.notices().beforeComplaining()).isZero();
		Card card = incidents.card(incident);
		assertThat(card.fields()).contains(new Card.Field("Time to notify", "first 4 min, last 4 min after the signal"),
				new Card.Field("Told", "0 before they complained, 201 after; 0 wrote again since"));
		assertThat(card.actions()).extracting(Card.Action::label)
			.contains("Post update")
			.doesNotContain("Notify affected", "Mark notified");
		System.out.println("Incident card after 201 notices: " + card.fields());

		// The team's weekly review counts them. The test clock starts on a Friday
		// morning,
		// inside the same week in the team's zone as in UTC.
		WeeklyReview week = reviews.of(view.team(), ReportWeek.containing(clock.instant(), ZoneOffset.UTC));
		assertThat(week.incidents().customersTold()).isGreaterThanOrEqualTo(201);
		assertThat(week.incidents().medianMinutesToFirstNotice()).isNotNull();
	}

	@Test
	void copiesWhoseAnswerWasLostAreSentAgainUnderTheSameKeyAndNoneIsLostOrDoubled() {
		long incident = signal("LK951");
		List<Long> affected = complainAbout("LK951", 200);
		NoticeDraft draft = notices.submit(incident, People.STAFF,
				"Hi {name}, we're sorry: {incident} is cancelled. Send us a private message and we'll rebook you.",
				false);
		// As if the sender died each time after sending: the first 30 copies are taken by
		// the tool without Frontline hearing so.
		CONNECTOR.cutOffNext(30);
		notices.approve(incident, draft.version(), People.SUPERVISOR);

		Map<Long, String> keys = awaitDelivered(incident, affected, 1, true);

		Map<String, List<FakeConnector.Received>> byKey = CONNECTOR.all()
			.stream()
			.filter(received -> keys.containsValue(received.key()))
			.collect(Collectors.groupingBy(FakeConnector.Received::key));
		assertThat(byKey).hasSize(200);
		List<String> sentAgain = new ArrayList<>();
		byKey.forEach((key, requests) -> {
			assertThat(requests).as(key).filteredOn(r -> r.status() / 100 == 2).hasSize(1);
			assertThat(requests.stream().map(FakeConnector.Received::body).distinct()).as(key).hasSize(1);
			if (requests.size() > 1) {
				sentAgain.add(key);
			}
		});
		assertThat(sentAgain).as("only the copies whose answer was lost went again").hasSize(30);
		for (long caseNumber : affected) {
			assertThat(cases.get(caseNumber).history()).extracting(HistoryEntry::action)
				.as("case %d", caseNumber)
				.containsOnlyOnce("NOTIFIED_PROACTIVELY");
		}
		System.out.printf("200 customers, 30 answers lost: %d requests, %d copies sent again, each customer once%n",
				byKey.values().stream().mapToInt(List::size).sum(), sentAgain.size());
	}

	@Test
	void aNewSignalAndASupervisorsUpdateReachEveryoneToldAndResolvingSendsTheClosingNotice() {
		long incident = signal("LK952");
		List<Long> affected = complainAbout("LK952", 3);
		NoticeDraft draft = notices.submit(incident, People.STAFF,
				"Hi {name}, we're sorry: {incident} is cancelled. Send us a private message and we'll rebook you.",
				false);
		notices.approve(incident, draft.version(), People.SUPERVISOR);
		awaitDelivered(incident, affected, 1, true);

		IntakeClient.Response update = new IntakeClient(port).postTo("/api/v1/signals",
				dev.frontline.testing.Signals.signal("LK952")
					.with("summary", "LK952 passengers rebooked on LK954 tonight")
					.with("solution", "LK954 leaves at 21:40 from gate C3")
					.with("at", "2026-12-03T15:00:00Z")
					.json()
					.getBytes(StandardCharsets.UTF_8),
				"application/json", Map.of());
		assertThat(update.status()).as(update.body()).isEqualTo(202);
		Map<Long, String> updates = awaitDelivered(incident, affected, 2, true);
		assertThat(JSON.readTree(CONNECTOR.taken(updates.get(affected.getFirst())).getFirst().body())
			.get("text")
			.asString()).contains("LK952 passengers rebooked on LK954 tonight", "LK954 leaves at 21:40 from gate C3");

		assertThatThrownBy(() -> notices.postUpdate(incident, People.STAFF, "Hi {name}, sorry, more soon."))
			.isInstanceOf(NotPermittedException.class);
		assertThat(notices.postUpdate(incident, People.SUPERVISOR,
				"Hi {name}, we're sorry for the wait: the crew is here and LK954 boards at 21:10. Send us a private"
						+ " message if you need help."))
			.isEqualTo(3);
		awaitDelivered(incident, affected, 3, true);

		Outcome resolving = conversation.submit(People.STAFF, IncidentButtons.RESOLVE_ALL.action(),
				String.valueOf(incident), Answers.of(Map.of("text", "everyone flew on LK954", "closing", "true")));
		assertThat(((Outcome.Later) resolving).work().get())
			.isEqualTo(new Outcome.Done("Incident " + incident + " and its cases are resolved."));
		Map<Long, String> closing = awaitDelivered(incident, affected, 4, true);
		assertThat(JSON.readTree(CONNECTOR.taken(closing.get(affected.getLast())).getFirst().body())
			.get("text")
			.asString()).contains("flight LK952 is behind us now");
		assertThat(notices.ofIncident(incident)).extracting(NoticeDraft::purpose)
			.containsExactly(NoticePurpose.NOTICE, NoticePurpose.UPDATE, NoticePurpose.UPDATE, NoticePurpose.CLOSING);
		assertThat(cases.get(affected.getFirst()).notified().notice()).isEqualTo(4);
	}

	@Test
	void nobodyApprovesTheirOwnNoticeAndABlockedOneCannotBeApproved() {
		long incident = signal("LK953");
		complainAbout("LK953", 2);
		NoticeDraft own = notices.submit(incident, People.SUPERVISOR,
				"Hi {name}, we're sorry: {incident} is cancelled. Send us a private message and we'll rebook you.",
				false);

		assertThatThrownBy(() -> notices.approve(incident, own.version(), People.SUPERVISOR_ON_DISCORD))
			.isInstanceOf(NotPermittedException.class)
			.hasMessageContaining("another supervisor approves it");

		NoticeDraft blocked = notices.submit(incident, People.STAFF,
				"Hi {name}, sorry about {incident}. Reply here with your booking reference and we'll rebook you.",
				false);
		assertThat(blocked.findings()).contains("Blocks approval");
		assertThatThrownBy(() -> notices.approve(incident, blocked.version(), People.SUPERVISOR))
			.isInstanceOf(IncidentConflictException.class)
			.hasMessageContaining("cannot be approved");
		assertThat(CONNECTOR.all())
			.noneMatch(received -> received.key().startsWith("frontline-notice-" + incident + "-"));
	}

	/** Waits until every case has its copy of the notice, and gives each case's key. */
	private Map<Long, String> awaitDelivered(long incident, List<Long> caseNumbers, int version, boolean moveClock) {
		Map<Long, String> keys = new HashMap<>();
		caseNumbers.forEach(number -> keys.put(number, "frontline-notice-" + incident + "-" + number + "-" + version));
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			if (moveClock) {
				// Past the back-off of copies the connector did not answer.
				clock.advance(Duration.ofSeconds(2));
			}
			Set<String> taken = CONNECTOR.all()
				.stream()
				.filter(r -> r.status() / 100 == 2)
				.map(FakeConnector.Received::key)
				.collect(Collectors.toSet());
			return taken.containsAll(keys.values());
		});
		// Recorded as sent on each case too, in the transaction after the answer.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> caseNumbers.stream()
				.allMatch(number -> cases.get(number).notified() != null
						&& cases.get(number).notified().notice() >= version));
		return keys;
	}

	private long signal(String flight) {
		IntakeClient.Response response = new IntakeClient(port).postTo("/api/v1/signals",
				dev.frontline.testing.Signals.signal(flight).json().getBytes(StandardCharsets.UTF_8),
				"application/json", Map.of());
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("incidentNumber").asLong();
	}

	private void awaitIncidentCard(long incident, java.util.function.Predicate<Card> matching) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.calls()
				.stream()
				.filter(call -> call.method().equals("postCard") || call.method().equals("updateCard"))
				.map(Call::content)
				.filter(Card.class::isInstance)
				.map(Card.class::cast)
				.anyMatch(card -> card.title().startsWith("INCIDENT " + incident + " ") && matching.test(card)));
	}

	private List<Long> complainAbout(String flight, int customers) {
		List<IncomingComplaint> complaints = new ArrayList<>();
		for (int i = 0; i < customers; i++) {
			String id = flight.toLowerCase() + "-" + i;
			complaints.add(complaint(id, "@" + id, "Traveller " + i,
					flight + " was cancelled and nobody at the gate tells us about hotels."));
		}
		return intake.submit(complaints).stream().map(receipt -> receipt.caseNumber()).toList();
	}

	private long complain(String id, String handle, String name, String text) {
		return intake.submit(List.of(complaint(id, handle, name, text))).getFirst().caseNumber();
	}

	private IncomingComplaint complaint(String id, String handle, String name, String text) {
		return new IncomingComplaint("x", id, text, URI.create("https://social.example/x/" + id), clock.instant(),
				new IncomingComplaint.Author(handle, name, 120), IncomingComplaint.Engagement.NONE, null,
				IncomingComplaint.Customer.UNKNOWN, "en");
	}

}
