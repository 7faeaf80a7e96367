package dev.frontline.intake;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.ComplaintReception;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.cases.Receipt;
import dev.frontline.intake.internal.GroupCommit;

/**
 * Takes complaints in: all of a submission is stored in one transaction or none of it,
 * and a receipt means it is on disk. Submissions arriving together share one commit (see
 * {@link GroupCommit}): a commit that reaches the disk is what intake's rate is bound by,
 * so sharing it lets the rate rise with the load.
 */
@Service
public class ComplaintIntake {

	/**
	 * The most complaints one shared commit takes: enough to spread a commit over many
	 * requests, few enough that one transaction stays short.
	 */
	static final int MOST_PER_COMMIT = 500;

	/**
	 * How many shared commits may be under way at once: with two, one commit's statements
	 * run while the other's is written to disk.
	 */
	static final int COMMITS_AT_ONCE = 2;

	private final ComplaintReception reception;

	private final TransactionTemplate transactions;

	private final GroupCommit<List<IncomingComplaint>, List<Receipt>> commits;

	ComplaintIntake(ComplaintReception reception, TransactionTemplate transactions) {
		this.reception = reception;
		this.transactions = transactions;
		this.commits = new GroupCommit<>(this::receiveTogether, this::receiveAlone, List::size, MOST_PER_COMMIT,
				COMMITS_AT_ONCE);
	}

	/** Stores the complaints and answers with a receipt for each, in order. */
	public List<Receipt> submit(List<IncomingComplaint> complaints) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// Part of the caller's transaction, committed when it commits.
			return receiveAll(complaints);
		}
		reception.readAhead(complaints);
		return commits.submit(complaints);
	}

	private List<List<Receipt>> receiveTogether(List<List<IncomingComplaint>> submissions) {
		List<List<Receipt>> receipts = transactions
			.execute(status -> submissions.stream().map(this::receiveAll).toList());
		if (receipts == null) {
			throw new IllegalStateException("the transaction answered nothing");
		}
		return receipts;
	}

	private List<Receipt> receiveAlone(List<IncomingComplaint> complaints) {
		try {
			return inTransaction(complaints);
		}
		catch (DuplicateKeyException concurrentCopy) {
			// The same complaint arrived on another request at the same moment; that one
			// won, so this one is now a replay and is answered as such.
			return inTransaction(complaints);
		}
	}

	private List<Receipt> inTransaction(List<IncomingComplaint> complaints) {
		List<Receipt> receipts = transactions.execute(status -> receiveAll(complaints));
		return receipts == null ? List.of() : receipts;
	}

	private List<Receipt> receiveAll(List<IncomingComplaint> complaints) {
		return complaints.stream().map(reception::receive).toList();
	}

}
