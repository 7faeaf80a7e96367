package dev.frontline.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Scores, rates and routes complaints. */
public interface Triage {

	/**
	 * Assesses one complaint.
	 * @param complaint what the complaint says and who said it
	 * @param now the current time, to judge whether the problem is still live
	 * @return the score, severity, team, category and reasons
	 */
	Assessment assess(ComplaintSignals complaint, Instant now);

	/**
	 * Assesses several complaints, each as {@link #assess} would: where
	 * {@link #readsMeaning()}, together costs less than one by one (a backlog, a burst of
	 * cards).
	 * @return their assessments, in their order
	 */
	default List<Assessment> assessAll(List<ComplaintAt> complaints) {
		return complaints.stream().map(one -> assess(one.complaint(), one.now())).toList();
	}

	/**
	 * A complaint to assess and the time to assess it at.
	 *
	 * @param now the time to judge whether its problem is still live by
	 */
	record ComplaintAt(ComplaintSignals complaint, Instant now) {
	}

	/**
	 * The rules' verdict alone, quick enough for intake to wait for. Where
	 * {@link #readsMeaning()}, {@link #assess} reads more and may rate differently.
	 */
	default Assessment assessByRules(ComplaintSignals complaint, Instant now) {
		return assess(complaint, now);
	}

	/**
	 * Reads a text ahead of its assessment, on the caller's thread, so that the
	 * assessment that follows soon after (intake's, inside a commit it shares with
	 * others) spends no time on its words.
	 */
	default void readAhead(String text) {
	}

	/**
	 * Whether {@link #assess} reads what the text means with a model (milliseconds a
	 * sentence), so intake stores the rules' verdict first and asks for this one after.
	 * No longer once the model could not be fitted ({@link #ready} failed): its verdict
	 * is then the rules'.
	 */
	default boolean readsMeaning() {
		return false;
	}

	/**
	 * Completes once {@link #assess} gives its full verdict without waiting: a learned
	 * layer fits beside the start, and its verdicts wait until then. Fails if it could
	 * not be fitted (the rules' verdicts stand).
	 */
	default CompletableFuture<Void> ready() {
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * How soon a case of this severity must be acknowledged, from the operator's SLAs.
	 * @return empty when no clock runs for it (SEV4 by default)
	 */
	Optional<Duration> acknowledgeWithin(Severity severity);

}
