package dev.frontline.incidents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.cases.Receipt;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.incidents.AffectedCustomers;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.incidents.IncidentConflictException;
import dev.frontline.incidents.IncidentStatus;
import dev.frontline.incidents.IncidentView;
import dev.frontline.incidents.Incidents;
import dev.frontline.followups.FollowUps;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.teams.Teams;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;
import dev.frontline.testing.RecordingChatPlatform.Call;
import dev.frontline.triage.Severity;

/**
 * Many complaints about one flight become one incident: its card counts them, is updated
 * at a bounded rate, and acting on it acts on all its cases. Time is moved, never slept.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.escalation.on-call.flight-ops.slack=S0ONCALL")
class IncidentsTest {

	private static final String DELAYED = "Flight %s delayed four hours at the gate and nobody tells us anything.";

	@LocalServerPort
	int port;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	Incidents incidents;

	@Autowired
	IncidentActions actions;

	@Autowired
	Cases cases;

	@Autowired
	FollowUps followUps;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingChatPlatform chat;

	@Autowired
	IncidentStore store;

	@Autowired
	IncidentViews views;

	@Autowired
	DeliveryQueue delivery;

	@Autowired
	Teams teams;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theFifthComplaintAboutOneFlightFormsAnIncidentAndLaterOnesJoinItWithoutCardsOfTheirOwn() {
		List<Long> early = IntStream.rangeClosed(1, 4)
			.mapToObj(i -> complain("lk901-" + i, "LK901").caseNumber())
			.toList();
		early.forEach(number -> assertThat(cases.get(number).posted()).isTrue());

		Receipt fifth = complain("lk901-5", "LK 901");

		CaseView fifthCase = cases.get(fifth.caseNumber());
		assertThat(fifthCase.incident()).isNotNull();
		assertThat(fifthCase.posted()).isFalse();
		long incident = fifthCase.incident();
		early.forEach(number -> assertThat(cases.get(number).incident()).isEqualTo(incident));
		Call posted = awaitIncidentCall("postCard", incident);
		assertThat(posted.card().title()).startsWith("INCIDENT " + incident + " · flight LK901 · ");
		assertThat(posted.card().fields()).contains(new Card.Field("Complaints", "5 from 5 customers on 5 cases"));
		assertThat(posted.card().actions()).extracting(Card.Action::label)
			.containsExactly("Acknowledge all", "Notify affected", "Affected customers", "Resolve all");
		ThreadNote opened = awaitIncidentCall("postThreadNote", incident).note();
		assertThat(opened.text()).startsWith("Incident " + incident + " opened: 5 complaints about flight LK901");
		assertThat(opened.mentions()).containsExactly(new ThreadNote.Mention("slack", "S0ONCALL", true));

		for (int i = 6; i <= 25; i++) {
			assertThat(cases.get(complain("lk901-" + i, "lk901").caseNumber()).posted()).isFalse();
		}
		// The card waits for update-every (30 s) to pass: the clock has not moved.
		await().during(Duration.ofMillis(1500))
			.atMost(Duration.ofSeconds(3))
			.until(() -> incidentCalls("updateCard", incident).isEmpty());

		clock.advance(Duration.ofSeconds(31));
		Call updated = awaitIncidentCall("updateCard", incident);
		assertThat(updated.card().fields()).contains(new Card.Field("Complaints", "25 from 25 customers on 25 cases"));
		await().during(Duration.ofMillis(1500))
			.atMost(Duration.ofSeconds(3))
			.until(() -> incidentCalls("updateCard", incident).size() == 1);
		assertThat(incidents.get(incident).counts().complaints()).isEqualTo(25);
	}

	@Test
	void aComplaintThatJoinsWhileTheCardIsBeingShownIsLeftForTheNextUpdate() throws Exception {
		long incident = formIncident("LK915");
		// The card is assembled, and only then does a sixth complaint join and commit,
		// before the showing transaction notes the card as shown.
		IncidentViews joinedMeanwhile = Mockito.spy(views);
		Mockito.doAnswer(assembling -> {
			Object seen = assembling.callRealMethod();
			ExecutorService other = Executors.newSingleThreadExecutor();
			try {
				other.submit(() -> complain("lk915-6", "LK915")).get();
			}
			finally {
				other.shutdown();
			}
			return seen;
		}).when(joinedMeanwhile).assemble(incident);
		IncidentBoard board = new IncidentBoard(delivery, teams, joinedMeanwhile, store, clock);

		transactions.executeWithoutResult(status -> board.show(incident));

		assertThat(incidents.get(incident).counts().complaints()).isEqualTo(6);
		assertThat(store.stale()).as("the card showed 5 of 6 complaints").contains(incident);
	}

	@Test
	void aSev1ComplaintInAnIncidentStillGetsItsOwnCardLinkedToIt() {
		long incident = formIncident("LK902");

		Receipt smoke = submit("lk902-smoke", "@smoke", "Smoke in the cabin on LK902, crew says nothing, I'm scared.");

		assertThat(smoke.severity()).isEqualTo(Severity.SEV1);
		CaseView view = cases.get(smoke.caseNumber());
		assertThat(view.incident()).isEqualTo(incident);
		assertThat(view.posted()).isTrue();
		assertThat(incidents.get(incident).severity()).isEqualTo(Severity.SEV1);
	}

	@Test
	void acknowledgingTheIncidentTakesItsOpenCasesAndResolvingItResolvesThemAll() {
		long incident = formIncident("LK903");

		IncidentView taken = actions.acknowledge(incident, People.STAFF);

		assertThat(taken.status()).isEqualTo(IncidentStatus.ACKNOWLEDGED);
		List<Long> members = cases.membersOf(incident);
		assertThat(members).hasSize(5);
		members.forEach(number -> {
			CaseView member = cases.get(number);
			assertThat(member.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
			assertThat(member.owner().name()).isEqualTo("Sam Staff");
			assertThat(member.history()).extracting(HistoryEntry::detail).contains("with incident " + incident);
		});
		assertThatThrownBy(() -> actions.acknowledge(incident, People.SUPERVISOR))
			.isInstanceOf(IncidentConflictException.class)
			.hasMessage("Incident " + incident + " is already owned by Sam Staff.");

		Receipt late = complain("lk903-late", "LK903");
		assertThat(late.status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(cases.get(late.caseNumber()).owner().name()).isEqualTo("Sam Staff");

		IncidentView resolved = actions.resolve(incident, People.SUPERVISOR, "LK903 left at 18:40; all rebooked");

		assertThat(resolved.status()).isEqualTo(IncidentStatus.RESOLVED);
		cases.membersOf(incident)
			.forEach(number -> assertThat(cases.get(number).status()).isEqualTo(CaseStatus.RESOLVED));
		assertThat(resolved.history()).extracting(HistoryEntry::action)
			.containsExactly("OPENED", "ACKNOWLEDGED", "RESOLVED");
		assertThat(resolved.history().get(2).actor()).isEqualTo("Sofia Supervisor (slack:U-SUPER)");
		assertThat(awaitIncidentCall("updateCard", incident).card().title()).endsWith("RESOLVED");

		Receipt after = complain("lk903-after", "LK903");
		assertThat(cases.get(after.caseNumber()).incident()).as("a resolved incident gathers no more").isNull();
	}

	@Test
	void resolvingAnIncidentLeavesOpenAMemberWhosePlanHasOpenSteps() {
		long incident = formIncident("LK907");
		actions.acknowledge(incident, People.STAFF);
		long planned = cases.membersOf(incident).getFirst();
		followUps.plan(planned, People.STAFF);

		actions.resolve(incident, People.SUPERVISOR, "LK907 left at 18:40; all rebooked");

		assertThat(cases.get(planned).status()).as("not closed half-done").isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(cases.membersOf(incident).stream().filter(number -> number != planned))
			.allSatisfy(number -> assertThat(cases.get(number).status()).isEqualTo(CaseStatus.RESOLVED));
	}

	@Test
	void anIncidentNobodyTakesInTimeCallsOnCallAndSupervisorsOnce() {
		long incident = formIncident("LK909");
		assertThat(incidents.card(incident).fields())
			.anySatisfy(field -> assertThat(field.value()).startsWith("acknowledge by ").endsWith("(60 min left)"));

		clock.advance(Duration.ofMinutes(61));

		ThreadNote breached = await().atMost(Duration.ofSeconds(10))
			.until(() -> incidentCalls("postThreadNote", incident).getLast().note(),
					note -> note.text().contains("was not acknowledged in time"));
		assertThat(breached.mentions()).contains(new ThreadNote.Mention("slack", "S0ONCALL", true),
				new ThreadNote.Mention("slack", "U-SUPER", false));
		assertThat(incidents.card(incident).tone()).isEqualTo(Card.Tone.CRITICAL);
		clock.advance(Duration.ofMinutes(30));
		await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);
		assertThat(incidents.get(incident).history()).extracting(HistoryEntry::action).containsOnlyOnce("SLA_BREACHED");
		assertThat(incidentCalls("postThreadNote", incident))
			.filteredOn(call -> call.note().text().contains("not acknowledged in time"))
			.hasSize(1);
	}

	@Test
	void theAffectedCustomersAreEachListedOnceWithANoticeDraftedForThem() {
		long incident = formIncident("LK904");
		submit("lk904-again", "@lk904-1", "Still no news about LK904, I've been at the gate for five hours.");

		AffectedCustomers affected = actions.listAffected(incident, People.STAFF);

		assertThat(affected.customers()).hasSize(5);
		assertThat(affected.customers()).extracting(AffectedCustomers.Customer::handle)
			.containsExactly("@lk904-1", "@lk904-2", "@lk904-3", "@lk904-4", "@lk904-5");
		assertThat(affected.customers().getFirst().notice()).startsWith("Hi @lk904-1, we know flight LK904 has");
		assertThat(incidents.get(incident).counts().complaints()).isEqualTo(6);
		ThreadNote note = await().atMost(Duration.ofSeconds(10))
			.until(() -> incidentCalls("postThreadNote", incident).getLast().note(),
					last -> last.text().contains("listed"));
		assertThat(note.text()).contains("listed the 5 affected customers: @lk904-1 (x), @lk904-2 (x)")
			.contains("A notice is drafted for each of them, with their own name; none is sent."
					+ " For @lk904-1: Hi @lk904-1, we know flight LK904")
			.doesNotContain("{name}");
		assertThat(note.mentions()).isEmpty();
	}

	@Test
	void complaintsThatArriveTogetherFormOneIncident() throws Exception {
		IntakeClient client = new IntakeClient(port);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> posts = new ArrayList<>();
			for (int i = 1; i <= 40; i++) {
				String body = dev.frontline.testing.Complaints.complaint("lk906-" + i)
					.by("@lk906-" + i)
					.text(DELAYED.formatted("LK906"))
					.json();
				posts.add(() -> client.post(body).status());
			}
			for (Future<Integer> status : pool.invokeAll(posts)) {
				assertThat(status.get()).isEqualTo(202);
			}
		}
		finally {
			pool.shutdown();
		}

		List<Long> incidentNumbers = IntStream.rangeClosed(1, 40)
			.mapToObj(i -> intake.submit(List.of(complaint("lk906-" + i, "@lk906-" + i, DELAYED.formatted("LK906"))))
				.getFirst())
			.map(receipt -> cases.get(receipt.caseNumber()).incident())
			.distinct()
			.toList();
		assertThat(incidentNumbers).hasSize(1).doesNotContainNull();
		assertThat(incidents.get(incidentNumbers.getFirst()).counts().complaints()).isEqualTo(40);
	}

	@Test
	void afterAQuietCooldownTheSameFlightCountsAfresh() {
		long first = formIncident("LK907");

		clock.advance(Duration.ofHours(2).plusMinutes(1));
		Receipt later = complain("lk907-later", "LK907");

		assertThat(cases.get(later.caseNumber()).incident()).isNull();
		assertThat(incidents.get(first).counts().complaints()).isEqualTo(5);
	}

	@Test
	void theIncidentIsAvailableAsJsonAndAnUnknownOneIs404() {
		long incident = formIncident("LK908");
		IntakeClient client = new IntakeClient(port);

		IntakeClient.Response found = client.get("/api/v1/incidents/" + incident);
		IntakeClient.Response affected = client.get("/api/v1/incidents/" + incident + "/affected");
		IntakeClient.Response missing = client.get("/api/v1/incidents/999999");

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("label").asString()).isEqualTo("flight LK908");
		assertThat(found.json().get("counts").get("complaints").asLong()).isEqualTo(5);
		assertThat(affected.json().get("customers").size()).isEqualTo(5);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("There is no incident 999999.");
	}

	private long formIncident(String flight) {
		Receipt last = null;
		for (int i = 1; i <= 5; i++) {
			last = complain(flight.toLowerCase() + "-" + i, flight);
		}
		Long incident = cases.get(last.caseNumber()).incident();
		assertThat(incident).isNotNull();
		return incident;
	}

	private Receipt complain(String id, String flight) {
		return submit(id, "@" + id, DELAYED.formatted(flight));
	}

	private Receipt submit(String id, String handle, String text) {
		return intake.submit(List.of(complaint(id, handle, text))).getFirst();
	}

	private IncomingComplaint complaint(String id, String handle, String text) {
		return new IncomingComplaint("x", id, text, URI.create("https://social.example/x/" + id), clock.instant(),
				new IncomingComplaint.Author(handle, null, 300), IncomingComplaint.Engagement.NONE, null,
				IncomingComplaint.Customer.UNKNOWN, "en");
	}

	private List<Call> incidentCalls(String method, long incident) {
		return chat.calls()
			.stream()
			.filter(call -> call.method().equals(method))
			.filter(call -> call.ref().equals(refOf(incident))
					|| (call.content() instanceof Card card && card.title().startsWith("INCIDENT " + incident + " ")))
			.toList();
	}

	private String refOf(long incident) {
		return chat.calls()
			.stream()
			.filter(call -> call.method().equals("postCard")
					&& call.card().title().startsWith("INCIDENT " + incident + " "))
			.map(Call::ref)
			.findFirst()
			.orElse("none");
	}

	private Call awaitIncidentCall(String method, long incident) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> incidentCalls(method, incident).stream().reduce((a, b) -> b).orElse(null),
					call -> call != null);
	}

}
