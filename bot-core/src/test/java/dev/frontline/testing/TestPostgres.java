package dev.frontline.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The machine's PostgreSQL for tests, each run in a schema of its own so tests running at
 * the same time never meet. Required on CI, where PostgreSQL always runs; a test on a
 * machine without it is skipped.
 */
public final class TestPostgres {

	public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

	public static final String USER = "postgres";

	private TestPostgres() {
	}

	/** A name no other test's schema has. */
	public static String newSchemaName() {
		return "frontline_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	/**
	 * Creates the schema, or skips the test when PostgreSQL is not running (fails it on
	 * CI).
	 */
	public static void createOrSkip(String schema) {
		boolean reachable;
		try (Connection db = DriverManager.getConnection(SERVER, USER, ""); Statement sql = db.createStatement()) {
			sql.execute("create schema " + schema);
			reachable = true;
		}
		catch (SQLException ex) {
			reachable = false;
		}
		if (!reachable && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("PostgreSQL must run on CI at " + SERVER);
		}
		assumeTrue(reachable, "PostgreSQL is not running at " + SERVER);
	}

	/** The application's settings for a schema. */
	public static Map<String, String> properties(String schema) {
		return Map.of("spring.datasource.url", SERVER + "?currentSchema=" + schema, "spring.datasource.username", USER,
				"spring.datasource.password", "", "spring.flyway.schemas", schema);
	}

	/** Drops a schema and everything in it; nothing to do when it was never created. */
	public static void drop(String schema) {
		try (Connection db = DriverManager.getConnection(SERVER, USER, ""); Statement sql = db.createStatement()) {
			sql.execute("drop schema if exists " + schema + " cascade");
		}
		catch (SQLException unreachable) {
			// nothing was created
		}
	}

}
