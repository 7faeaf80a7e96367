package dev.frontline.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's local run: the packaged bot on H2 and the console, replaying the example
 * airline's demo feed; a person types commands; closing stdin ends the run after the
 * replay.
 */
class LocalConsoleRunIT {

	@TempDir
	Path dataDir;

	@Test
	void replaysTheDemoFeedAsCardsAndTakesTypedCommands() throws Exception {
		try (RunningJar bot = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=local",
				"--frontline.demo.speed=20")) {
			bot.awaitOutput(line -> line.contains("Case 1001 ·"), Duration.ofSeconds(90));

			bot.type("ack 1001");
			bot.awaitOutput(line -> line.contains("Acknowledged by Operator"), Duration.ofSeconds(30));
			// The README's two-person tour: sam drafts, the operator approves.
			bot.type("as sam reply 1001 Hi Mara, we're so sorry your bag hasn't arrived. Please send us a private"
					+ " message with your bag tag and we'll trace it today. // she flies again on Friday");
			bot.awaitOutput(line -> line.contains("Draft reply 1 by sam"), Duration.ofSeconds(30));
			bot.type("as sam approve 1:0");
			bot.type("approve 1:0");
			bot.awaitOutput(line -> line.contains("Reply approved by Operator (draft 1)"), Duration.ofSeconds(30));
			bot.type("/case 1001");
			bot.type("/cases open");
			bot.type("/case 99999");
			bot.closeInput();

			assertThat(bot.awaitExit(Duration.ofSeconds(120))).isZero();
			String output = bot.output();
			assertThat(output).contains("[!!!] SEV1 · Case", "[!! ] SEV2 · Case", "[!  ] SEV3 · Case");
			assertThat(output).contains("Case 1001 · ACKNOWLEDGED").contains("Owner: Operator");
			assertThat(output).contains("Open cases").contains("most urgent first").contains("There is no case 99999.");
			assertThat(output).as("no internal message reference").doesNotContainPattern("\\(frontline-\\d+\\)");
			assertThat(output).as("sam may not approve, and is told who may")
				.containsPattern("Sorry, only a supervisor can approve a SEV\\d reply: operator\\.")
				.contains("Note to reviewers: she flies again on Friday");
			assertThat(output).as("a reply joins the case it answers")
				.contains("Case 1001: New message from @mara.t on x: Update: baggage desk");
			assertThat(output).as("customer text is shown as text")
				.contains("> <!channel> @everyone <@U0123ABC> URGENT");
			assertThat(output).as("the start says what it is doing")
				.contains("Frontline: starting the demo in " + dataDir, "Frontline: opening the database…",
						"Frontline: ready. Intake: http://localhost:" + bot.port() + "/api/v1/complaints.",
						"Frontline: triage is learning from its labelled complaints",
						"The demo's complaints arrive once it has learned, over about a minute.");
			System.out.println(output);
		}
	}

	@Test
	void aSecondRunStartsTheDemoOverWithTheSameNumbersAndKeepCarriesOn() throws Exception {
		String first = runToTheEnd();

		String second = runToTheEnd();
		assertThat(second).contains("Frontline: starting the demo over: emptied " + dataDir)
			.contains("· Case 1001 · OPEN   #baggage")
			.contains("Incident 1 opened")
			.doesNotContain("Case 1035");
		assertThat(cardHeadlines(second)).isEqualTo(cardHeadlines(first));

		String kept = runToTheEnd("--frontline.demo.keep-data=true");
		assertThat(kept).contains("Frontline: starting the demo with the last run's data in " + dataDir)
			.contains("The demo's cases are as you left them.")
			.as("the feed is not replayed into the kept cases")
			.doesNotContain("Case 1001 · OPEN");
	}

	private String runToTheEnd(String... more) throws Exception {
		String[] arguments = new String[more.length + 3];
		arguments[0] = "--spring.profiles.active=local";
		arguments[1] = "--frontline.demo.speed=20";
		// What these runs check is where the demo starts and what it keeps, not how it
		// rates (the first test runs the demo as it is): by the rules alone both runs
		// rate
		// alike however busy the machine is, and no start spends seconds learning.
		arguments[2] = "--frontline.triage.model.enabled=false";
		System.arraycopy(more, 0, arguments, 3, more.length);
		try (RunningJar bot = RunningJar.start(dataDir, Map.of(), arguments)) {
			bot.closeInput();
			assertThat(bot.awaitExit(Duration.ofSeconds(120))).isZero();
			return bot.output();
		}
	}

	/**
	 * Each new card's case or incident number and channel; sorted, since channels are
	 * paced apart and may interleave differently.
	 */
	private static List<String> cardHeadlines(String output) {
		return output.lines()
			.filter(line -> line.startsWith("┌ "))
			.map(line -> line.replaceFirst("^┌ \\[[! ]+\\] (SEV\\d · )?", "").replaceFirst(" · SEV\\d", ""))
			.sorted()
			.toList();
	}

}
