package dev.frontline.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.ComplaintIntake;

/**
 * Timers live in the database: stop the bot in the middle of a chain, start it again on
 * the same file, and nothing fires twice; a step that fell due while it was down fires
 * once on start.
 */
class EscalationRestartTest {

	@TempDir
	Path dataDir;

	@Test
	void aRestartInTheMiddleFiresNothingTwiceAndCatchesUpOnce() {
		long number;
		try (ConfigurableApplicationContext first = start("2026-11-20T08:00:00Z")) {
			number = first.getBean(ComplaintIntake.class)
				.submit(List.of(new IncomingComplaint("x", "restart-1",
						"LK702 was cancelled and I missed my sister's wedding. Nobody answers.",
						URI.create("https://social.example/x/restart-1"), Instant.parse("2026-11-20T08:00:00Z"),
						new IncomingComplaint.Author("@restart", null, 800), IncomingComplaint.Engagement.NONE, null,
						IncomingComplaint.Customer.UNKNOWN, "en")))
				.getFirst()
				.caseNumber();
			first.getBean(dev.frontline.testing.MutableClock.class).advance(Duration.ofMinutes(16));
			first.getBean(TimerRunner.class).fireDue();
			assertThat(escalations(first, number)).containsExactly("level 1");
		}

		try (ConfigurableApplicationContext second = start("2026-11-20T08:16:30Z")) {
			second.getBean(TimerRunner.class).fireDue();
			assertThat(escalations(second, number)).as("nothing fires twice after a restart")
				.containsExactly("level 1");
		}

		// Down from 08:17 to 09:05: steps 2 (08:30) and 3 (09:00) fell due meanwhile.
		try (ConfigurableApplicationContext third = start("2026-11-20T09:05:00Z")) {
			third.getBean(TimerRunner.class).fireDue();
			third.getBean(TimerRunner.class).fireDue();
			assertThat(escalations(third, number)).as("what fell due while down fires once")
				.containsExactly("level 1", "level 2", "level 3");
			assertThat(third.getBean(Cases.class)
				.get(number)
				.history()
				.stream()
				.filter(entry -> entry.action().equals("SLA_BREACHED"))).hasSize(1);
		}
	}

	private static List<String> escalations(ConfigurableApplicationContext context, long number) {
		return context.getBean(Cases.class)
			.get(number)
			.history()
			.stream()
			.filter(entry -> entry.action().equals("ESCALATED"))
			.map(HistoryEntry::detail)
			.map(detail -> detail.split(":")[0])
			.toList();
	}

	private ConfigurableApplicationContext start(String clockStart) {
		return new SpringApplicationBuilder(CoreTestApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("frontline") + ";WRITE_DELAY=0",
					"--frontline.test.clock-start=" + clockStart);
	}

}
