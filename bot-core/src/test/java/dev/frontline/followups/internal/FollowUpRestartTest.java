package dev.frontline.followups.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.frontline.CoreTestApplication;
import dev.frontline.cases.CaseActions;
import dev.frontline.cases.Cases;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.followups.FollowUpStep;
import dev.frontline.followups.FollowUps;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;

/**
 * Reminders survive restarts on a real database file: one that fell due while the bot was
 * down goes out once when it is back, and none goes out twice.
 */
class FollowUpRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void aRestartBetweenAStepsReminderAndItsDueTimeRepeatsNothingAndLosesNothing() {
		long number;
		FollowUpStep check;
		try (ConfigurableApplicationContext first = start("2026-11-20T08:00:00Z")) {
			number = first.getBean(ComplaintIntake.class)
				.submit(List.of(new IncomingComplaint("x", "restart-plan",
						"My bag didn't come off the belt and the baggage desk can't find it.",
						URI.create("https://social.example/x/restart-plan"), Instant.parse("2026-11-20T08:00:00Z"),
						new IncomingComplaint.Author("@restart", "Mara Tell", 800), IncomingComplaint.Engagement.NONE,
						null, IncomingComplaint.Customer.UNKNOWN, "en")))
				.getFirst()
				.caseNumber();
			first.getBean(CaseActions.class).acknowledge(number, People.STAFF);
			// The check is due at 12:00; its owner is reminded at 11:00.
			check = first.getBean(FollowUps.class).plan(number, People.STAFF).get(1);
			assertThat(check.dueAt()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
		}

		// Down from 08:00 to 11:30: the reminder fell due meanwhile and goes out once
		// now.
		try (ConfigurableApplicationContext second = start("2026-11-20T11:30:00Z")) {
			second.getBean(StepReminders.class).sendDue();
			second.getBean(StepReminders.class).sendDue();
			await().atMost(Duration.ofSeconds(10)).until(() -> remindersOf(second, check).size() == 1);
		}

		try (ConfigurableApplicationContext third = start("2026-11-20T11:45:00Z")) {
			third.getBean(StepReminders.class).sendDue();
			await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
			assertThat(remindersOf(third, check)).as("not again after a restart").isEmpty();
		}

		try (ConfigurableApplicationContext fourth = start("2026-11-20T12:30:00Z")) {
			fourth.getBean(StepReminders.class).sendDue();
			fourth.getBean(StepReminders.class).sendDue();
			assertThat(
					fourth.getBean(Cases.class)
						.get(number)
						.history()
						.stream()
						.filter(entry -> entry.action().equals("STEP_OVERDUE")
								&& entry.detail().startsWith("step " + check.ref() + ":")))
				.as("noted late once")
				.hasSize(1);
			assertThat(remindersOf(fourth, check)).as("no reminder once it is late").isEmpty();
		}
	}

	private static List<RecordingChatPlatform.Call> remindersOf(ConfigurableApplicationContext context,
			FollowUpStep step) {
		return context.getBean(RecordingChatPlatform.class)
			.calls()
			.stream()
			.filter(call -> call.method().equals("sendDirectMessage")
					&& call.note().text().startsWith("Reminder: your follow-up step " + step.ref() + " "))
			.toList();
	}

	private ConfigurableApplicationContext start(String clockStart) {
		return new SpringApplicationBuilder(CoreTestApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("frontline") + ";WRITE_DELAY=0",
					"--frontline.test.clock-start=" + clockStart);
	}

}
