package dev.frontline.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 is the single-instance database: a process started on a data directory whose
 * database another process (here, this test's) has open stops at start-up and says why,
 * and that several instances need PostgreSQL.
 */
class SecondProcessOnH2IT {

	@TempDir
	Path dataDir;

	@Test
	void aSecondProcessOnTheSameDataDirectoryStopsAndPointsToPostgres() throws Exception {
		try (Connection first = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("frontline"), "sa", "");
				RunningJar second = RunningJar.start(dataDir, Map.of("FRONTLINE_TRIAGE_MODEL", "false"),
						"--frontline.console.enabled=false")) {
			assertThat(second.awaitExit(Duration.ofSeconds(90))).isNotZero();
			assertThat(second.output())
				.contains("Another Frontline process already has the H2 database open (" + dataDir)
				.contains("To run several instances on one database, use PostgreSQL");
			assertThat(first.isValid(1)).isTrue();
		}
	}

}
