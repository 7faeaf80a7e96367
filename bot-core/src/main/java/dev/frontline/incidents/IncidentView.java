package dev.frontline.incidents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.frontline.cases.CaseView;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.triage.Severity;

/**
 * An incident as staff and integrations see it.
 *
 * @param number the incident's number
 * @param label what it is about, such as {@code flight LK123}
 * @param team the team whose channel shows it
 * @param status where it stands
 * @param severity the most urgent of its complaints
 * @param owner who took it, or null
 * @param openedAt when it formed
 * @param lastComplaintAt when its latest complaint arrived
 * @param resolvedAt when it was resolved, or null
 * @param acknowledgeBy when acknowledgement is due, or null when no clock runs
 * @param counts what it gathered
 * @param topComplaints its most urgent complaints, most urgent first
 * @param history every change, oldest first
 * @param operations what operations last said about it, or null when no signal did
 * @param notices how telling its customers goes, or null before any notice was drafted
 */
public record IncidentView(long number, String label, String team, IncidentStatus status, Severity severity,
		CaseView.@Nullable Owner owner, Instant openedAt, Instant lastComplaintAt, @Nullable Instant resolvedAt,
		@Nullable Instant acknowledgeBy, Counts counts, List<TopComplaint> topComplaints, List<HistoryEntry> history,
		@Nullable Operations operations, @Nullable Notices notices) {

	public IncidentView {
		topComplaints = List.copyOf(topComplaints);
		history = List.copyOf(history);
	}

	/**
	 * What an incident gathered.
	 *
	 * @param complaints every complaint that named its key
	 * @param cases the cases they are on
	 * @param customers distinct authors
	 * @param reach their followers, added up
	 * @param bySeverity complaints per severity
	 */
	public record Counts(long complaints, long cases, long customers, long reach, Map<Severity, Long> bySeverity) {

		public Counts {
			bySeverity = Map.copyOf(bySeverity);
		}

	}

	/**
	 * One of an incident's most urgent complaints.
	 *
	 * @param caseNumber its case
	 * @param severity its own severity
	 * @param score its own score
	 * @param authorHandle who wrote it, or null
	 * @param excerpt the start of what they wrote
	 */
	public record TopComplaint(long caseNumber, Severity severity, int score, @Nullable String authorHandle,
			String excerpt) {
	}

	/**
	 * What operations last said about an incident, from the latest of its signals.
	 *
	 * @param kind what happened, such as {@code cancelled}
	 * @param summary what it is
	 * @param solution what affected customers can do, or null
	 * @param at when operations declared it
	 * @param signals how many signals the incident has had
	 */
	public record Operations(String kind, String summary, @Nullable String solution, Instant at, long signals) {
	}

	/**
	 * How telling an incident's customers goes, and how fast it went. Durations are
	 * counted from its first signal, else its first complaint.
	 *
	 * @param latest its latest notice
	 * @param sent copies sent, by the connector or by hand
	 * @param queued copies waiting for the connector
	 * @param byHand copies waiting for a person, as no connector is configured
	 * @param toNotifyByHand the first of those customers, as {@code @handle (source, case
	 * 1012)}
	 * @param measuredFrom {@code the signal} or {@code the first complaint}
	 * @param toFirst until the first copy went out, or null
	 * @param toLast until the latest copy went out, or null
	 * @param beforeComplaining customers told before they first complained
	 * @param afterComplaining customers told after they first complained
	 * @param wroteAgain customers who complained again after they were told
	 */
	public record Notices(NoticeDraft latest, long sent, long queued, long byHand, List<String> toNotifyByHand,
			String measuredFrom, @Nullable Duration toFirst, @Nullable Duration toLast, long beforeComplaining,
			long afterComplaining, long wroteAgain) {

		public Notices {
			toNotifyByHand = List.copyOf(toNotifyByHand);
		}

	}

}
