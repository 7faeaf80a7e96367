package dev.frontline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;
import dev.frontline.testing.TestPostgres;

/**
 * Two instances on one PostgreSQL schema behave as one: a change made through one is what
 * the other shows at once, every card is posted once whichever instance took the
 * complaint, and when one stops in the middle of a delivery the other delivers the rest.
 * Leases are short here (3 s) so a take-over is quick to see.
 */
class TwoInstancesOnPostgresTest {

	static final String SCHEMA = TestPostgres.newSchemaName();

	static final Duration LEASE = Duration.ofSeconds(3);

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static int complaintCount;

	@BeforeAll
	static void startBoth() {
		TestPostgres.createOrSkip(SCHEMA);
		first = start();
		second = start();
	}

	@BeforeEach
	void bothRunning() {
		if (!second.isActive()) {
			second = start();
		}
	}

	@AfterEach
	void deliveredAndForgotten() {
		await().atMost(Duration.ofSeconds(30)).until(() -> first.getBean(DeliveryQueue.class).pendingCount() == 0);
		for (RecordingChatPlatform platform : PLATFORMS) {
			platform.beforeEachPost(() -> {
			});
		}
	}

	@AfterAll
	static void stopBoth() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
		TestPostgres.drop(SCHEMA);
	}

	@Test
	void aCaseAcknowledgedThroughOneInstanceShowsAcknowledgedOnTheOther() {
		long number = submit(first, "the-other-sees-it");
		assertThat(second.getBean(Cases.class).get(number).status()).isEqualTo(CaseStatus.OPEN);

		first.getBean(CaseActions.class).acknowledge(number, People.STAFF);

		// Well within the cache's 30 s safety expiry: the change signal, not the expiry.
		await().atMost(Duration.ofSeconds(5))
			.until(() -> second.getBean(Cases.class).get(number).status() == CaseStatus.ACKNOWLEDGED);
	}

	@Test
	void complaintsTakenByBothInstancesGetOneCardEach() {
		int before = postedCardsByTitle().size();
		List<Long> numbers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			numbers.add(submit(i % 2 == 0 ? first : second, "spread-" + i));
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> first.getBean(DeliveryQueue.class).pendingCount() == 0);

		assertThat(postedCardsByTitle()).as("cards posted by either instance, by title")
			.hasSize(before + numbers.size())
			.allSatisfy((title, times) -> assertThat(times).as(title).isEqualTo(1));
	}

	@Test
	void whenOneInstanceStopsMidDeliveryTheOtherDeliversTheRestOnce() throws Exception {
		// Whichever instance posts first is held in that post, holding the delivery lock.
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean taken = new AtomicBoolean();
		AtomicReference<ConfigurableApplicationContext> holder = new AtomicReference<>();
		for (ConfigurableApplicationContext context : List.of(first, second)) {
			platform(context).beforeEachPost(() -> {
				if (taken.compareAndSet(false, true)) {
					holder.set(context);
					held.countDown();
					awaitQuietly(release);
				}
			});
		}
		int before = postedCardsByTitle().size();
		for (int i = 0; i < 6; i++) {
			submit(first, "in-flight-" + i);
		}
		assertThat(held.await(30, TimeUnit.SECONDS)).as("a post began").isTrue();
		ConfigurableApplicationContext stopping = holder.get();
		ConfigurableApplicationContext other = stopping == first ? second : first;

		CompletableFuture<Void> stopped = CompletableFuture.runAsync(stopping::close);
		// The platform answers the post in flight while the instance stops: that card
		// counts, and the instance begins no other.
		release.countDown();
		stopped.get(30, TimeUnit.SECONDS);

		await().atMost(Duration.ofSeconds(30)).until(() -> other.getBean(DeliveryQueue.class).pendingCount() == 0);
		assertThat(postedCardsByTitle()).hasSize(before + 6)
			.allSatisfy((title, times) -> assertThat(times).as(title).isEqualTo(1));
		// The next test starts the stopped one again.
		first = other;
		second = stopping;
	}

	private static long submit(ConfigurableApplicationContext instance, String id) {
		complaintCount++;
		return instance.getBean(ComplaintIntake.class)
			.submit(List.of(new IncomingComplaint("x", id + "-" + complaintCount,
					"My bag didn't come off the belt and the baggage desk can't find it. Booking QX7P2L. Ref "
							+ complaintCount,
					URI.create("https://social.example/x/" + id), null,
					new IncomingComplaint.Author("@" + id, "Mara Tell", 860), IncomingComplaint.Engagement.NONE, null,
					new IncomingComplaint.Customer("silver", "QX7P2L"), "en")))
			.getFirst()
			.caseNumber();
	}

	/**
	 * Every card either instance (this run's or a stopped one's) posted, by its title.
	 */
	private static Map<String, Integer> postedCardsByTitle() {
		Map<String, Integer> byTitle = new HashMap<>();
		for (RecordingChatPlatform platform : PLATFORMS) {
			platform.calls()
				.stream()
				.filter(call -> call.method().equals("postCard"))
				.forEach(call -> byTitle.merge(call.card().title(), 1, Integer::sum));
		}
		return byTitle;
	}

	private static final List<RecordingChatPlatform> PLATFORMS = new ArrayList<>();

	private static RecordingChatPlatform platform(ConfigurableApplicationContext context) {
		return context.getBean(RecordingChatPlatform.class);
	}

	private static ConfigurableApplicationContext start() {
		Map<String, String> properties = new HashMap<>(TestPostgres.properties(SCHEMA));
		properties.put("frontline.scheduling.lock-at-most", LEASE.toSeconds() + "s");
		// As arguments, which outrank the tests' application.yml (its H2 in memory).
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
			.web(WebApplicationType.NONE)
			.run(properties.entrySet()
				.stream()
				.map(each -> "--" + each.getKey() + "=" + each.getValue())
				.toArray(String[]::new));
		PLATFORMS.add(platform(context));
		return context;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
