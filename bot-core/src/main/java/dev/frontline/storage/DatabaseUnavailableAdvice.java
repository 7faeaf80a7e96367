package dev.frontline.storage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API answers {@code 503} with {@code Retry-After} while the database is out of
 * reach: intake's caller sends the complaint again later, and never takes a failure for a
 * complaint that was stored (nothing was).
 */
@RestControllerAdvice
class DatabaseUnavailableAdvice {

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class, TransactionSystemException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) throws Exception {
		if (!DatabaseUnavailable.isCause(ex)) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The database cannot be reached just now; nothing was stored. Try again after "
						+ DatabaseUnavailable.RETRY_AFTER.toSeconds() + " seconds.");
		problem.setTitle("Database unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
