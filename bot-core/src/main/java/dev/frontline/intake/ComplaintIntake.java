package dev.frontline.intake;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.ComplaintReception;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.cases.Receipt;

/**
 * Takes complaints in: all of a submission is stored in one transaction or none of it,
 * and a receipt means it is on disk.
 */
@Service
public class ComplaintIntake {

	private final ComplaintReception reception;

	private final TransactionTemplate transactions;

	ComplaintIntake(ComplaintReception reception, TransactionTemplate transactions) {
		this.reception = reception;
		this.transactions = transactions;
	}

	/** Stores the complaints and answers with a receipt for each, in order. */
	public List<Receipt> submit(List<IncomingComplaint> complaints) {
		try {
			return receiveAll(complaints);
		}
		catch (DuplicateKeyException concurrentCopy) {
			// The same complaint arrived on another request at the same moment; that one
			// won,
			// so this one is now a replay and is answered as such.
			return receiveAll(complaints);
		}
	}

	private List<Receipt> receiveAll(List<IncomingComplaint> complaints) {
		List<Receipt> receipts = transactions.execute(status -> complaints.stream().map(reception::receive).toList());
		return receipts == null ? List.of() : receipts;
	}

}
