package dev.frontline.storage;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached just now (restarting, a network blip): what the edges
 * say instead of failing, so a caller knows to try again rather than that something is
 * wrong with what they sent. Nothing was stored.
 */
public final class DatabaseUnavailable {

	/** What a person in chat is told. */
	public static final String TRY_AGAIN = "Frontline cannot reach its database just now. Please try again in a moment.";

	/** How long an HTTP caller is asked to wait ({@code Retry-After}). */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private DatabaseUnavailable() {
	}

	/** Whether this failure, or one it wraps, is the database being out of reach. */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			// SQL's class 08: the connection failed or was cut.
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			// A rollback that failed because the connection was lost hides why the work
			// failed.
			if (cause instanceof TransactionSystemException system && system.getApplicationException() != null
					&& isCause(system.getApplicationException())) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
