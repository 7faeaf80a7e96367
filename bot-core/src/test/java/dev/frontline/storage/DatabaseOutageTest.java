package dev.frontline.storage;

import static dev.frontline.testing.Complaints.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.CoreTestApplication;
import dev.frontline.cases.CaseCommands;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.testing.IntakeClient;
import dev.frontline.testing.OwnPostgres;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;

/**
 * The database goes away and comes back (a PostgreSQL of this test's own, stopped at once
 * as a crash would): meanwhile intake answers 503 with Retry-After and stores nothing,
 * commands are told to try again; once it is back, intake takes complaints again and
 * their cards go out, within seconds, none lost or sent twice.
 */
class DatabaseOutageTest {

	static OwnPostgres postgres;

	static ConfigurableApplicationContext app;

	static IntakeClient intake;

	final AtomicInteger ids = new AtomicInteger();

	@BeforeAll
	static void start() throws Exception {
		postgres = OwnPostgres.startOrSkip();
		app = new SpringApplicationBuilder(CoreTestApplication.class).run("--spring.datasource.url=" + postgres.url(),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.datasource.hikari.connection-timeout=1000", "--server.port=0");
		intake = new IntakeClient(((WebServerApplicationContext) app).getWebServer().getPort());
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void whileTheDatabaseIsDownIntakeSays503AndOnceBackAllResumesWithNothingLostOrTwice() throws Exception {
		assertThat(post("before").status()).isEqualTo(202);

		postgres.stop();
		IntakeClient.Response refused = post("during");
		Throwable command = catchThrowable(() -> app.getBean(CaseCommands.class).casesCommand(People.STAFF, "open"));

		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.header("Retry-After")).isEqualTo("5");
		assertThat(refused.body()).contains("nothing was stored");
		assertThat(DatabaseUnavailable.isCause(command)).as("a command's failure: %s", command).isTrue();

		postgres.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> post("after").status() == 202);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> app.getBean(DeliveryQueue.class).pendingCount() == 0
					&& app.getBean(RecordingChatPlatform.class)
						.calls()
						.stream()
						.filter(call -> call.method().equals("postCard"))
						.count() == 2);
		assertThat(app.getBean(CaseCommands.class).casesCommand(People.STAFF, "open").text()).contains("Open cases (2)")
			.contains("@before")
			.contains("@after")
			.doesNotContain("@during");
	}

	private IntakeClient.Response post(String label) {
		return intake.post(complaint(label + "-" + ids.incrementAndGet()).by("@" + label)
			.text("My bag didn't come off the belt in Lisbon, reference " + label)
			.json());
	}

}
