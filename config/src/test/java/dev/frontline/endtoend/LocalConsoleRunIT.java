package dev.frontline.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
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
			assertThat(output).as("a reply joins the case it answers")
				.contains("New message from @mara.t on x: Update: baggage desk says the bag is still in Denver");
			assertThat(output).as("customer text is shown as text")
				.contains("> <!channel> @everyone <@U0123ABC> URGENT");
			System.out.println(output);
		}
	}

}
