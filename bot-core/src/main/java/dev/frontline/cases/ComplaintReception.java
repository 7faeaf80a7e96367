package dev.frontline.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.internal.CaseBoard;
import dev.frontline.cases.internal.CaseRow;
import dev.frontline.cases.internal.CaseStore;
import dev.frontline.cases.internal.CaseViewCache;
import dev.frontline.cases.internal.CaseViews;
import dev.frontline.cases.internal.ComplaintStore;
import dev.frontline.cases.internal.ComplaintStore.AuthorRecord;
import dev.frontline.triage.Assessment;
import dev.frontline.triage.ComplaintSignals;
import dev.frontline.triage.Triage;

/**
 * Turns an incoming complaint into a case: a new one, or the open case it belongs to when
 * it answers an earlier complaint or its author complained within the last day.
 */
@Service
public class ComplaintReception {

	/** A complaint from the same author within this window joins their open case. */
	static final Duration SAME_AUTHOR_WINDOW = Duration.ofHours(24);

	private static final Duration NOTE_WINDOW = Duration.ofMinutes(1);

	static final String SYSTEM = "frontline";

	/**
	 * The most complaints one case holds; the next from the same author opens a new case,
	 * so no case grows without bound (and every join reloads a bounded case).
	 */
	public static final int MAX_COMPLAINTS_PER_CASE = 100;

	/**
	 * The most "new message" notes one case's thread gets a minute; past it, the
	 * complaint is on the case and its card, but the thread is not flooded (nor the
	 * team's channel held up behind it).
	 */
	public static final int MAX_NOTES_PER_CASE_PER_MINUTE = 5;

	/**
	 * Author names that are no one in particular (a review site's "Anonymous"), so two
	 * posts under one are not assumed to be the same customer's.
	 */
	static final Set<String> GENERIC_AUTHORS = Set.of("anonymous", "anon", "guest", "unknown", "customer", "a customer",
			"verified customer", "verified buyer", "verified traveller", "verified traveler", "user", "reviewer",
			"traveller", "traveler", "passenger", "n/a", "na", "none", "-", "deleted", "[deleted]");

	private final ComplaintStore complaints;

	private final CaseStore cases;

	private final CaseViews views;

	private final CaseViewCache cache;

	private final CaseBoard board;

	private final Triage triage;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final IncidentGrouping grouping;

	private final IncidentMembers members;

	private final Duration cardWaitsAtMost;

	/**
	 * @param cardWaitsAtMost how long a new case's card waits for the learned rating at
	 * most: past it, the card goes out with the rules' rating and the learned rating
	 * corrects it as a new mention would
	 */
	ComplaintReception(ComplaintStore complaints, CaseStore cases, CaseViews views, CaseViewCache cache,
			CaseBoard board, Triage triage, Clock clock, ApplicationEventPublisher events, IncidentGrouping grouping,
			IncidentMembers members,
			@Value("${frontline.triage-rating.card-waits-at-most:200ms}") Duration cardWaitsAtMost) {
		this.cardWaitsAtMost = cardWaitsAtMost;
		this.events = events;
		this.grouping = grouping;
		this.members = members;
		this.complaints = complaints;
		this.cases = cases;
		this.views = views;
		this.cache = cache;
		this.board = board;
		this.triage = triage;
		this.clock = clock;
	}

	/**
	 * Reads the complaints' texts ahead of {@link #receive}, on the caller's thread: most
	 * of what receiving costs beside the database, done before a commit shared with
	 * others takes them one after another.
	 */
	public void readAhead(List<IncomingComplaint> incoming) {
		incoming.forEach(complaint -> triage.readAhead(complaint.text()));
	}

	/**
	 * Records a complaint once. Receiving the same source and external id again changes
	 * nothing and answers with the case it is on.
	 */
	@Transactional
	public Receipt receive(IncomingComplaint complaint) {
		Optional<Long> known = complaints.caseOf(complaint.source(), complaint.externalId());
		if (known.isPresent()) {
			CaseRow row = cases.find(known.get()).orElseThrow();
			return new Receipt(row.number(), row.severity(), row.status(), true);
		}
		Optional<String> key = grouping.keyOf(complaint.text());
		// Before any case is locked: see IncidentGrouping.lockGrouping.
		key.ifPresent(k -> grouping.lockGrouping());
		// As the database keeps it, so the case row built here equals the stored one.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant postedAt = complaint.postedAt() == null ? now : complaint.postedAt();
		String handle = complaint.author().handle();
		AuthorRecord author = !identifiesSomeone(handle) ? AuthorRecord.NONE
				: complaints.authorRecord(complaint.source(), handle, postedAt.minus(SAME_AUTHOR_WINDOW));
		ComplaintSignals signals = signals(complaint, postedAt, author.unresolvedComplaints());
		// The learned layer takes milliseconds a sentence: intake answers with the rules'
		// rating and the learned one follows right after the commit (LearnedRating).
		boolean rateLater = triage.readsMeaning();
		Assessment assessment = rateLater ? triage.assessByRules(signals, now) : triage.assess(signals, now);
		Rating rating = new Rating(assessment, rateLater, signals.earlierUnresolvedComplaints());
		Optional<CaseRow> joined = caseToJoin(complaint, author).flatMap(cases::findForUpdate)
			.filter(row -> row.status().isUnresolved());
		CaseRow row = joined.isPresent() ? join(joined.get(), complaint, postedAt, now, rating, key)
				: open(complaint, postedAt, now, rating, key);
		return new Receipt(row.number(), row.severity(), row.status(), false);
	}

	/**
	 * A complaint's rating at intake.
	 *
	 * @param assessment the rules' alone when {@code rateLater}
	 * @param rateLater whether the learned layer rates it after the commit
	 * @param earlierComplaints the author's unresolved complaints before it
	 */
	private record Rating(Assessment assessment, boolean rateLater, int earlierComplaints) {
	}

	private long store(long caseNumber, IncomingComplaint complaint, Instant postedAt, Instant now, Rating rating) {
		return complaints.insert(caseNumber, complaint, postedAt, now, rating.assessment(), rating.rateLater(),
				rating.earlierComplaints());
	}

	/**
	 * Keeps a case's first card back until the learned rating of the complaint just
	 * stored, so the card carries it; asks for that rating once intake commits.
	 */
	private void awaitRating(long complaintId, CaseRow row, boolean holdCard, Instant now) {
		if (holdCard) {
			cases.holdCard(row.number(), now.plus(cardWaitsAtMost));
		}
		events.publishEvent(new ComplaintAwaitingRating(complaintId, row.number(), holdCard ? cardWaitsAtMost : null));
	}

	private static ComplaintSignals signals(IncomingComplaint complaint, Instant postedAt, int earlier) {
		return new ComplaintSignals(complaint.source(), complaint.text(), complaint.author().followers(),
				complaint.engagement().likes(), complaint.engagement().shares(), complaint.engagement().replies(),
				complaint.customer().tier(), postedAt, earlier);
	}

	private Optional<Long> caseToJoin(IncomingComplaint complaint, AuthorRecord author) {
		return earlierCase(complaint, author)
			.filter(number -> complaints.countOfCase(number) < MAX_COMPLAINTS_PER_CASE);
	}

	private Optional<Long> earlierCase(IncomingComplaint complaint, AuthorRecord author) {
		if (complaint.inReplyTo() != null) {
			Optional<Long> answered = complaints.caseOf(complaint.source(), complaint.inReplyTo());
			if (answered.isPresent()) {
				return answered;
			}
		}
		return Optional.ofNullable(author.recentCase());
	}

	/** Whether an author name is someone's, rather than a placeholder shared by many. */
	static boolean identifiesSomeone(@Nullable String handle) {
		if (handle == null) {
			return false;
		}
		String name = handle.strip().toLowerCase(Locale.ROOT);
		if (name.startsWith("@")) {
			name = name.substring(1);
		}
		return !name.isEmpty() && !GENERIC_AUTHORS.contains(name);
	}

	private CaseRow open(IncomingComplaint complaint, Instant postedAt, Instant now, Rating rating,
			Optional<String> key) {
		Assessment assessment = rating.assessment();
		@Nullable Instant acknowledgeBy = triage.acknowledgeWithin(assessment.severity()).map(now::plus).orElse(null);
		CaseRow opened = cases.open(new CaseRow(0, CaseStatus.OPEN, assessment.severity(), assessment.score(),
				assessment.team(), assessment.category(), assessment.reasons(), null, null, 0, false, now,
				acknowledgeBy, null, null, null, 0));
		long number = opened.number();
		long complaintId = store(number, complaint, postedAt, now, rating);
		cases.appendHistory(number, now, SYSTEM, "OPENED", assessment.severity() + " score " + assessment.score()
				+ ", team " + assessment.team() + ", from " + complaint.source() + " " + complaint.externalId());
		CaseRow row = placeInIncident(opened, complaint, assessment, now, key);
		if (rating.rateLater()) {
			awaitRating(complaintId, row, shouldPost(row), now);
		}
		else if (shouldPost(row)) {
			row = post(row, now);
		}
		return row;
	}

	private CaseRow placeInIncident(CaseRow row, IncomingComplaint complaint, Assessment assessment, Instant now,
			Optional<String> key) {
		if (key.isEmpty()) {
			return row;
		}
		IncomingComplaint.Author author = complaint.author();
		return grouping
			.place(key.get(),
					new IncidentGrouping.KeyedComplaint(row.number(), row.team(), complaint.source(), author.handle(),
							author.displayName(), author.followers(), assessment.severity(), assessment.score(), now,
							complaint.text()))
			.map(placement -> members.linkToIncident(row, placement, now))
			.orElse(row);
	}

	/**
	 * Whether a case that has no card yet gets one: what matters, unless its incident's
	 * card covers it.
	 */
	static boolean shouldPost(CaseRow row) {
		return !row.posted() && row.severity().isPosted() && !IncidentMembers.isAbsorbed(row);
	}

	private CaseRow join(CaseRow row, IncomingComplaint complaint, Instant postedAt, Instant now, Rating rating,
			Optional<String> key) {
		Assessment assessment = rating.assessment();
		long complaintId = store(row.number(), complaint, postedAt, now, rating);
		cases.appendHistory(row.number(), now, SYSTEM, "COMPLAINT_JOINED", complaint.source() + " "
				+ complaint.externalId()
				+ (complaint.inReplyTo() == null ? " from the same author" : " answering " + complaint.inReplyTo()));
		CaseRow updated = row;
		if (assessment.severity().isMoreUrgentThan(row.severity())) {
			@Nullable Instant acknowledgeBy = row.status() == CaseStatus.OPEN
					? earlier(row.acknowledgeBy(),
							triage.acknowledgeWithin(assessment.severity()).map(now::plus).orElse(null))
					: row.acknowledgeBy();
			updated = cases.update(
					row.rerated(assessment.score(), assessment.severity(), assessment.reasons(), acknowledgeBy), now);
			cases.appendHistory(row.number(), now, SYSTEM, "RE_RATED", row.severity() + " → " + assessment.severity()
					+ " (score " + row.score() + " → " + assessment.score() + ")");
		}
		updated = placeInIncident(updated, complaint, assessment, now, key);
		cache.evict(row.number());
		if (rating.rateLater()) {
			boolean holdCard = shouldPost(updated);
			awaitRating(complaintId, updated, holdCard, now);
			if (holdCard) {
				return updated;
			}
		}
		else if (shouldPost(updated)) {
			return post(updated, now);
		}
		if (updated.posted() && updated.status() == CaseStatus.OPEN
				&& updated.severity().isMoreUrgentThan(row.severity())) {
			events.publishEvent(new CaseRerated(updated.number(), row.severity(), updated.severity(), now,
					updated.acknowledgeBy()));
		}
		CaseView view = views.assemble(updated);
		board.show(view);
		// This complaint is already counted among those received in the last minute.
		if (complaints.receivedOnCaseSince(row.number(), now.minus(NOTE_WINDOW)) <= MAX_NOTES_PER_CASE_PER_MINUTE) {
			String author = complaint.author().handle() == null ? "the customer" : complaint.author().handle();
			board.note(view, "New message from " + author + " on " + complaint.source() + ": " + complaint.text());
		}
		return updated;
	}

	/** Marks a case posted and queues its card, publishing {@link CaseOpened}. */
	CaseRow post(CaseRow row, Instant now) {
		CaseRow posted = cases.update(row.markedPosted(), now);
		board.show(views.assemble(posted));
		events.publishEvent(
				new CaseOpened(posted.number(), posted.team(), posted.severity(), now, posted.acknowledgeBy()));
		return posted;
	}

	static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return a.isBefore(b) ? a : b;
	}

}
