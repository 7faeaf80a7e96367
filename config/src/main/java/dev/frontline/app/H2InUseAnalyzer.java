package dev.frontline.app;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A second process started on a data directory whose H2 database another one has open:
 * said in two lines, with the way to several instances (PostgreSQL), instead of H2's
 * stack trace.
 */
class H2InUseAnalyzer implements FailureAnalyzer {

	/** H2's error for a database file another process holds locked. */
	static final int DATABASE_ALREADY_OPEN = 90020;

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN
					&& sql.getClass().getName().startsWith("org.h2.")) {
				return new FailureAnalysis(description(sql), ACTION, sql);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static String description(SQLException cause) {
		String message = String.valueOf(cause.getMessage());
		int quote = message.indexOf('"');
		int end = quote < 0 ? -1 : message.indexOf('"', quote + 1);
		String file = end < 0 ? "the data directory" : message.substring(quote + 1, end);
		return "Another Frontline process already has the H2 database open (" + file + ")."
				+ " H2 is the single-instance database: one process at a time per data directory.";
	}

	static final String ACTION = """
			Stop the other process, or give this one a data directory of its own (FRONTLINE_DATA_DIR).
			To run several instances on one database, use PostgreSQL: set
			SPRING_DATASOURCE_URL=jdbc:postgresql://<host>:5432/<database>, SPRING_DATASOURCE_USERNAME and
			SPRING_DATASOURCE_PASSWORD on every instance (docs/scaling.md, "Run more than one instance").""";

}
