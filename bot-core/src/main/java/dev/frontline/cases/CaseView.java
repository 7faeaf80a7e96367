package dev.frontline.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.frontline.triage.Reason;
import dev.frontline.triage.Severity;

/**
 * A case as staff and integrations see it.
 *
 * @param number the case number
 * @param status where it stands
 * @param severity how urgent it is
 * @param score triage's score 0–100
 * @param team the team that owns it
 * @param category what it is about
 * @param reasons why it got its score
 * @param owner who acknowledged it, or null
 * @param escalationLevel 0 when not escalated
 * @param posted whether it has a card in the team channel
 * @param openedAt when the first complaint arrived
 * @param acknowledgeBy when acknowledgement is due, or null when no clock runs
 * @param acknowledgedAt when someone took it, or null
 * @param resolvedAt when it was resolved, or null
 * @param incident the incident it is part of, or null
 * @param complaints its complaints, first one first
 * @param history every change, oldest first
 * @param drafting who has a reply form open on it now
 * @param measures how long each step of answering the customer took
 * @param plan its follow-up plan in brief, or null when it has none
 * @param notified the latest proactive notice its customer was sent, or null when none
 */
public record CaseView(long number, CaseStatus status, Severity severity, int score, String team, String category,
		List<Reason> reasons, @Nullable Owner owner, int escalationLevel, boolean posted, Instant openedAt,
		@Nullable Instant acknowledgeBy, @Nullable Instant acknowledgedAt, @Nullable Instant resolvedAt,
		@Nullable Long incident, List<ComplaintView> complaints, List<HistoryEntry> history, List<Drafter> drafting,
		Measures measures, @Nullable Plan plan, @Nullable Notified notified) {

	public CaseView {
		reasons = List.copyOf(reasons);
		complaints = List.copyOf(complaints);
		history = List.copyOf(history);
		drafting = List.copyOf(drafting);
	}

	/** The complaint that opened the case. */
	public ComplaintView firstComplaint() {
		return complaints.getFirst();
	}

	/**
	 * Who owns a case.
	 *
	 * @param id their platform and user id, such as {@code slack:U0123}
	 * @param name their display name
	 */
	public record Owner(String id, String name) {
	}

	/**
	 * Someone with a reply form open on the case.
	 *
	 * @param name their display name
	 * @param since when they opened it
	 */
	public record Drafter(String name, Instant since) {
	}

	/**
	 * The times a care team is judged by, each from the first complaint; null until the
	 * step happened. Written in JSON as ISO-8601 durations.
	 *
	 * @param toAcknowledge until someone took the case
	 * @param toApprovedReply until the reply that stands was approved
	 * @param toReply until the reply was public
	 */
	public record Measures(@Nullable Duration toAcknowledge, @Nullable Duration toApprovedReply,
			@Nullable Duration toReply) {
	}

	/**
	 * A proactive notice the case's customer was sent about its incident, so staff do not
	 * answer twice.
	 *
	 * @param incident the incident it was about
	 * @param notice its number among the incident's notices
	 * @param at when it went out
	 * @param text what the customer read
	 */
	public record Notified(long incident, int notice, Instant at, String text) {
	}

	/**
	 * A follow-up plan in brief.
	 *
	 * @param done steps done or waived
	 * @param total all its steps
	 * @param next the open step due soonest, or null when none is open
	 */
	public record Plan(int done, int total, @Nullable Step next) {

		/** How many steps are still open. */
		public int open() {
			return total - done;
		}

	}

	/**
	 * One open follow-up step.
	 *
	 * @param id its internal number
	 * @param caseNumber the case it follows up
	 * @param position its place among the case's steps, 1 for the first
	 * @param title what to do
	 * @param ownerName who does it
	 * @param dueAt when it is due
	 */
	public record Step(long id, long caseNumber, int position, String title, String ownerName, Instant dueAt) {

		/** How people name the step: {@code 1035.2}. */
		public String ref() {
			return caseNumber + "." + position;
		}

	}

}
