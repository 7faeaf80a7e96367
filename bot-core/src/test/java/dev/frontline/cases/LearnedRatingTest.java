package dev.frontline.cases;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import dev.frontline.cases.internal.ComplaintStore;
import dev.frontline.delivery.Card;
import dev.frontline.testing.Complaints;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.RecordingChatPlatform;
import dev.frontline.testing.RecordingChatPlatform.Call;
import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;
import dev.frontline.triage.Triage;

/**
 * Intake answers with the rules' rating and the learned layer rates the complaint right
 * after, before its card goes out; a rating lost with the process is made after all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "frontline.triage-rating.card-waits-at-most=3s")
@Import(LearnedRatingTest.SlowLearnedLayer.class)
class LearnedRatingTest {

	/** Rated SEV3 by the rules: a card for baggage. */
	static final String BAG = "My bag did not arrive after my flight, nobody at the desk can tell me where it is.";

	@LocalServerPort
	int port;

	@Autowired
	GatedTriage learned;

	@Autowired
	RecordingChatPlatform chat;

	@Autowired
	Cases cases;

	@Autowired
	ComplaintStore complaints;

	IntakeClient intake;

	@BeforeEach
	void connect() {
		intake = new IntakeClient(port);
		learned.open();
	}

	@AfterEach
	void reopen() {
		learned.readsMeaning(true);
		learned.open();
		learned.releaseAll();
	}

	@Test
	void theAnswerComesBeforeTheLearnedRating() {
		learned.close();
		learned.rate("a-202", Severity.SEV1, "flight-ops");

		IntakeClient.Response answer = intake.post(complaint("a-202").by("@a202").text(BAG + " a-202").json());

		// The learned layer has not finished (it cannot: it is held), yet intake
		// answered.
		assertThat(answer.status()).isEqualTo(202);
		assertThat(answer.json().get("severity").asString()).isEqualTo("SEV3");
		long number = answer.json().get("caseNumber").asLong();
		assertThat(complaints.awaitingRatingOnCase(number)).isEqualTo(1);
		assertThat(learned.finished()).doesNotContain("a-202");

		learned.open();
		await().atMost(Duration.ofSeconds(20)).until(() -> complaints.awaitingRatingOnCase(number) == 0);
		assertThat(cases.get(number).severity()).isEqualTo(Severity.SEV1);
	}

	@Test
	void theCardCarriesTheLearnedSeverityTeamAndReasonFirst() {
		learned.rate("b-card", Severity.SEV1, "flight-ops");

		long number = open("b-card");

		Call card = awaitCard("postCard", number);
		assertThat(card.card().title()).isEqualTo("SEV1 · Case " + number + " · OPEN");
		assertThat(card.card().fields()).contains(new Card.Field("Team", "flight-ops"));
		assertThat(card.channel().channel()).isEqualTo("C-FLIGHT-OPS");
		CaseView view = cases.get(number);
		assertThat(view.reasons().getFirst().label()).startsWith("reads like SEV1");
		assertThat(view.history()).extracting(HistoryEntry::action).containsExactly("OPENED", "RE_RATED", "ROUTED");
		// One card only: the rules' SEV3 was never posted.
		assertThat(chat.calls()
			.stream()
			.filter(call -> call.method().equals("postCard") && call.card().title().contains("Case " + number + " ")))
			.hasSize(1);
	}

	@Test
	void aCardsRatingDoesNotWaitBehindTheBacklog() {
		String minor = "kinda miss the old Larkspur Air logo with the little flower, the new one looks like a bank";
		learned.hold("h-minor");
		intake.post(complaint("h-minor").by("@h-minor").text(minor + " h-minor").json());
		await().atMost(Duration.ofSeconds(20)).until(() -> learned.started().contains("h-minor"));
		learned.rate("h-card", Severity.SEV1, "flight-ops");

		long number = open("h-card");

		// Rated while the minor complaint's rating is still under way: the card carries
		// the learned SEV1, not the rules' SEV3 it would have had once its wait ran out.
		Call card = awaitCard("postCard", number);
		assertThat(card.card().title()).isEqualTo("SEV1 · Case " + number + " · OPEN");
		assertThat(learned.finished()).doesNotContain("h-minor");
	}

	@Test
	void cardsThatWaitTogetherAreRatedTogetherEachWithItsOwnRating() {
		learned.hold("t-1");
		long first = open("t-1");
		await().atMost(Duration.ofSeconds(20)).until(() -> learned.started().contains("t-1"));
		learned.rate("t-2", Severity.SEV1, "flight-ops");
		learned.rate("t-3", Severity.SEV2, "digital");
		long second = open("t-2");
		long third = open("t-3");

		learned.releaseAll();

		assertThat(awaitCard("postCard", first).card().title()).isEqualTo("SEV3 · Case " + first + " · OPEN");
		assertThat(awaitCard("postCard", second).card().title()).isEqualTo("SEV1 · Case " + second + " · OPEN");
		assertThat(awaitCard("postCard", third).card().title()).isEqualTo("SEV2 · Case " + third + " · OPEN");
		assertThat(cases.get(third).team()).isEqualTo("digital");
		// Queued while the first was rated, the other two waited on one rating together.
		assertThat(learned.ratedTogether()).contains(List.of("t-1"), List.of("t-2", "t-3"));
	}

	@Test
	void aLearnedSev4IsOnlyRecordedAndGetsNoCard() {
		learned.rate("c-minor", Severity.SEV4, "baggage");

		long number = open("c-minor");

		await().atMost(Duration.ofSeconds(20)).until(() -> complaints.awaitingRatingOnCase(number) == 0);
		CaseView view = cases.get(number);
		assertThat(view.severity()).isEqualTo(Severity.SEV4);
		assertThat(view.posted()).isFalse();
		// Rated and released in one transaction: no card was queued for it.
		assertThat(chat.calls())
			.noneMatch(call -> call.content() instanceof Card c && c.title().contains("Case " + number + " "));
	}

	@Test
	void aCardThatWaitedLongEnoughGoesOutWithTheRulesRatingAndIsRaisedLater() {
		learned.close();
		learned.rate("d-late", Severity.SEV1, "flight-ops");

		long number = open("d-late");

		Call first = awaitCard("postCard", number);
		assertThat(first.card().title()).isEqualTo("SEV3 · Case " + number + " · OPEN");
		learned.open();
		Call raised = await().atMost(Duration.ofSeconds(20))
			.until(() -> lastCard("updateCard", number),
					call -> call != null && call.card().title().startsWith("SEV1"));
		assertThat(raised.ref()).isEqualTo(first.ref());
		CaseView view = cases.get(number);
		assertThat(view.team()).isEqualTo("baggage");
		// Raised to SEV1 while nobody has taken it, the case escalates at once: that may
		// already be in its history too.
		assertThat(view.history()).extracting(HistoryEntry::action).startsWith("OPENED", "RE_RATED");
	}

	@Test
	void aComplaintStoredButNotRatedWhenTheProcessDiedIsRatedByTheSweep() {
		// The worker dies between storing and rating: nothing in memory carries the
		// complaint any more, as after a crash; only the database knows it awaits.
		learned.failNext("e-crash");
		learned.rate("e-crash", Severity.SEV2, "baggage");

		long number = open("e-crash");

		await().atMost(Duration.ofSeconds(20)).until(() -> learned.failed().contains("e-crash"));
		await().atMost(Duration.ofSeconds(30)).until(() -> complaints.awaitingRatingOnCase(number) == 0);
		assertThat(cases.get(number).severity()).isEqualTo(Severity.SEV2);
		awaitCard("postCard", number);
		assertThat(cases.get(number).reasons().getFirst().label()).startsWith("reads like SEV2");
	}

	@Test
	void startedWithoutTheLearnedLayerWhatAwaitedItKeepsTheRulesRatingAndGetsItsCard() {
		learned.close();
		learned.rate("g-off", Severity.SEV1, "flight-ops");
		long number = open("g-off");
		assertThat(complaints.awaitingRatingOnCase(number)).isEqualTo(1);

		// As after a restart with the learned layer turned off.
		learned.readsMeaning(false);

		await().atMost(Duration.ofSeconds(20)).until(() -> complaints.awaitingRatingOnCase(number) == 0);
		Call card = awaitCard("postCard", number);
		assertThat(card.card().title()).isEqualTo("SEV3 · Case " + number + " · OPEN");
		learned.open();
		assertThat(cases.get(number).severity()).isEqualTo(Severity.SEV3);
	}

	@Test
	void aStormIsFullyRatedAndItsMembersGetNoCardsOfTheirOwn() {
		Complaints[] storm = IntStream.range(0, 40)
			.mapToObj(i -> complaint("f-storm-" + i).by("@f-storm-" + i)
				.text("Flight LK950 delayed four hours at the gate and nobody tells us anything. f-storm-" + i))
			.toArray(Complaints[]::new);

		IntakeClient.Response answer = intake.post(Complaints.array(storm));

		assertThat(answer.status()).isEqualTo(202);
		List<Long> numbers = new ArrayList<>();
		answer.json().forEach(receipt -> numbers.add(receipt.get("caseNumber").asLong()));
		assertThat(numbers).hasSize(40);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> numbers.stream().allMatch(number -> complaints.awaitingRatingOnCase(number) == 0));
		Long incident = cases.get(numbers.getLast()).incident();
		assertThat(incident).isNotNull();
		assertThat(numbers).allMatch(number -> Objects.equals(cases.get(number).incident(), incident));
		// Only cases posted before the incident formed have cards of their own; the held
		// cards of the rest were absorbed by it.
		assertThat(numbers.stream().filter(number -> cases.get(number).posted()).count()).isLessThan(5);
		assertThat(chat.calls()
			.stream()
			.filter(call -> call.method().equals("postCard")
					&& numbers.stream().anyMatch(number -> call.card().title().contains("Case " + number + " "))))
			.hasSizeLessThan(5);
	}

	@Test
	void aRatingThatCannotBeStoredHoldsBackNoneOfThoseRatedBesideIt() {
		// Minor complaints: no card waits for them, so a backlog of them shares commits.
		String minor = "kinda miss the old Larkspur Air logo with the little flower, the new one looks like a bank";
		learned.close();
		for (String id : List.of("g-1", "g-2", "g-3")) {
			learned.rate(id, Severity.SEV4, "baggage");
		}
		// A team name longer than the database holds: storing this rating fails.
		learned.rate("g-bad", Severity.SEV4, "x".repeat(60));
		List<Long> numbers = new ArrayList<>();
		for (String id : List.of("g-1", "g-bad", "g-2", "g-3")) {
			numbers.add(intake.post(complaint(id).by("@" + id).text(minor + " " + id).json())
				.json()
				.get("caseNumber")
				.asLong());
		}

		learned.open();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> numbers.stream().allMatch(number -> complaints.awaitingRatingOnCase(number) == 0));
		for (long number : List.of(numbers.get(0), numbers.get(2), numbers.get(3))) {
			assertThat(cases.get(number).reasons().getFirst().label()).as("case %d", number)
				.startsWith("reads like SEV4");
		}
		CaseView bad = cases.get(numbers.get(1));
		assertThat(bad.team()).as("kept the rules' rating").isNotEqualTo("x".repeat(60));
		assertThat(bad.reasons().getFirst().label()).doesNotStartWith("reads like");
	}

	private long open(String id) {
		return intake.post(complaint(id).by("@" + id).text(BAG + " " + id).json()).json().get("caseNumber").asLong();
	}

	private Call awaitCard(String method, long number) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> lastCard(method, number), Objects::nonNull);
	}

	private Call lastCard(String method, long number) {
		List<Call> found = chat.calls()
			.stream()
			.filter(call -> call.method().equals(method) && call.content() instanceof Card card
					&& card.title().contains("Case " + number + " "))
			.toList();
		return found.isEmpty() ? null : found.getLast();
	}

	@TestConfiguration
	static class SlowLearnedLayer {

		@Bean
		@Primary
		GatedTriage gatedTriage(@Qualifier("triage") Triage rules) {
			return new GatedTriage(rules);
		}

	}

	/**
	 * A learned layer whose verdict the test chooses per complaint (by the external id at
	 * the end of its text) and which rates only while the test lets it.
	 */
	static final class GatedTriage implements Triage {

		private final Triage rules;

		private final Semaphore gate = new Semaphore(Integer.MAX_VALUE);

		private final Map<String, Assessment> verdicts = new ConcurrentHashMap<>();

		private final List<String> failNext = new CopyOnWriteArrayList<>();

		private final List<String> failed = new CopyOnWriteArrayList<>();

		private final List<String> finished = new CopyOnWriteArrayList<>();

		private final List<String> started = new CopyOnWriteArrayList<>();

		/** Complaints whose rating waits until the test lets it go, by id. */
		private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

		GatedTriage(Triage rules) {
			this.rules = rules;
		}

		void close() {
			gate.drainPermits();
		}

		void open() {
			gate.release(Integer.MAX_VALUE - gate.availablePermits());
		}

		void rate(String id, Severity severity, String team) {
			verdicts.put(id, new Assessment(50, severity, team, "baggage",
					List.of(new Reason("reads like " + severity + " (90%): closest to labelled " + id, 0))));
		}

		void hold(String id) {
			held.put(id, new CountDownLatch(1));
		}

		void releaseAll() {
			held.values().forEach(CountDownLatch::countDown);
			held.clear();
		}

		List<String> started() {
			return started;
		}

		void failNext(String id) {
			failNext.add(id);
		}

		List<String> failed() {
			return failed;
		}

		List<String> finished() {
			return finished;
		}

		private volatile boolean readsMeaning = true;

		void readsMeaning(boolean reads) {
			readsMeaning = reads;
		}

		@Override
		public boolean readsMeaning() {
			return readsMeaning;
		}

		@Override
		public Assessment assessByRules(ComplaintSignals complaint, Instant now) {
			return rules.assess(complaint, now);
		}

		/** The complaints of each {@link #assessAll}, by id. */
		private final List<List<String>> ratedTogether = new CopyOnWriteArrayList<>();

		List<List<String>> ratedTogether() {
			return ratedTogether;
		}

		@Override
		public List<Assessment> assessAll(List<ComplaintAt> complaints) {
			ratedTogether.add(complaints.stream().map(one -> idOf(one.complaint())).toList());
			return Triage.super.assessAll(complaints);
		}

		private static String idOf(ComplaintSignals complaint) {
			return complaint.text().substring(complaint.text().lastIndexOf(' ') + 1);
		}

		@Override
		public Assessment assess(ComplaintSignals complaint, Instant now) {
			try {
				if (!gate.tryAcquire(60, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the test never let the learned layer rate");
				}
				gate.release();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			String id = idOf(complaint);
			started.add(id);
			CountDownLatch hold = held.get(id);
			try {
				if (hold != null && !hold.await(60, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the test never let " + id + " be rated");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (failNext.remove(id)) {
				failed.add(id);
				throw new IllegalStateException("the process died while rating " + id);
			}
			Assessment byRules = rules.assess(complaint, now);
			Assessment verdict = Optional.ofNullable(verdicts.get(id)).orElse(byRules);
			List<Reason> reasons = new ArrayList<>(verdict.reasons());
			if (verdict != byRules) {
				reasons.addAll(byRules.reasons());
			}
			finished.add(id);
			return new Assessment(byRules.score(), verdict.severity(), verdict.team(), byRules.category(), reasons);
		}

		@Override
		public Optional<Duration> acknowledgeWithin(Severity severity) {
			return rules.acknowledgeWithin(severity);
		}

	}

}
