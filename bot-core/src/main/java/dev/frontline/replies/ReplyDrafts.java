package dev.frontline.replies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.ComplaintView;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.replies.internal.DraftContext;
import dev.frontline.replies.internal.DraftStore;
import dev.frontline.replies.internal.PublicationStore;
import dev.frontline.replies.internal.ReplyPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agreeing a case's one reply: staff draft it from the category's template, the policy
 * checks every version, and an approver other than its author approves it. Every step is
 * in the case's history with its person, and in the card's thread.
 */
@Service
public class ReplyDrafts {

	/** A draft form opened longer ago than this no longer counts as someone drafting. */
	static final Duration DRAFTING_FOR = Duration.ofMinutes(30);

	private final DraftStore store;

	private final ReplyPolicy policy;

	private final ReplySettings settings;

	private final Cases cases;

	private final CaseActions caseActions;

	private final People people;

	private final Clock clock;

	private final PublicationStore publications;

	private final JsonMapper json;

	ReplyDrafts(DraftStore store, ReplyPolicy policy, ReplySettings settings, Cases cases, CaseActions caseActions,
			People people, Clock clock, PublicationStore publications, JsonMapper json) {
		this.publications = publications;
		this.json = json;
		this.store = store;
		this.policy = policy;
		this.settings = settings;
		this.cases = cases;
		this.caseActions = caseActions;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Opens a draft form: the category's template with the customer's name, and who else
	 * is drafting on the case. Both may go on.
	 */
	@Transactional
	public DraftForm open(long caseNumber, Actor actor) {
		people.require(actor, Role.STAFF);
		CaseView view = unresolvedCase(caseNumber);
		Instant now = clock.instant();
		List<String> others = store.othersDrafting(caseNumber, idOf(actor), now.minus(DRAFTING_FOR));
		store.startDrafting(caseNumber, idOf(actor), actor.displayName(), now);
		String prefill = settings.templateFor(view.category()).replace("{name}", nameOf(view.firstComplaint()));
		return new DraftForm(caseNumber, prefill, others);
	}

	/** Submits a new draft: checked, stored pending, and shown in the card's thread. */
	@Transactional
	public ReplyDraft submit(long caseNumber, Actor actor, String text, @Nullable String note) {
		people.require(actor, Role.STAFF);
		String reply = CaseActions.requireNote(text, "a reply");
		String forReviewers = forReviewers(note);
		CaseView view = unresolvedCase(caseNumber);
		List<CheckFinding> findings = policy.check(reply, contextOf(view));
		long id = store.insert(caseNumber, idOf(actor), actor.displayName(), reply, forReviewers, findings,
				clock.instant());
		store.stopDrafting(caseNumber, idOf(actor));
		caseActions.recordActivity(caseNumber, actor, "REPLY_DRAFTED", "draft " + id + checksSummary(findings),
				new ThreadNote("Draft reply " + id + " by " + actor.displayName() + ":\n" + reply
						+ (forReviewers == null ? "" : "\nNote to reviewers: " + forReviewers)
						+ findingsText(findings)));
		return store.find(id).orElseThrow();
	}

	/**
	 * Changes a draft's text: checked again, and an approved draft needs approval again.
	 */
	@Transactional
	public ReplyDraft edit(long draftId, Actor actor, String text, @Nullable String note) {
		people.require(actor, Role.STAFF);
		String reply = CaseActions.requireNote(text, "a reply");
		String forReviewers = forReviewers(note);
		ReplyDraft draft = lock(draftId);
		if (draft.status() == DraftStatus.REJECTED) {
			throw new ReplyConflictException("Draft " + draftId + " was set aside when another was approved.");
		}
		if (draft.status() == DraftStatus.PUBLISHED) {
			throw new ReplyConflictException("Draft " + draftId + " is already published: it can no longer change.");
		}
		CaseView view = unresolvedCase(draft.caseNumber());
		List<CheckFinding> findings = policy.check(reply, contextOf(view));
		store.edited(draft, idOf(actor), reply, forReviewers, findings, clock.instant());
		boolean wasApproved = draft.status() == DraftStatus.APPROVED;
		if (wasApproved) {
			publications.withdraw(draftId);
			caseActions.replyApproval(draft.caseNumber(), false);
		}
		String again = wasApproved ? "; approval withdrawn, it needs approval again" : "";
		caseActions.recordActivity(draft.caseNumber(), actor, "REPLY_EDITED",
				"draft " + draftId + again + checksSummary(findings), new ThreadNote("Draft reply " + draftId
						+ " edited by " + actor.displayName() + again + ":\n" + reply + findingsText(findings)));
		return store.find(draftId).orElseThrow();
	}

	/**
	 * Approves a draft as the case's reply. Only a person with the role the case's
	 * severity asks for, never its author or last editor, and only a draft no check
	 * blocks; of two approvals at once, one is recorded and the other told.
	 * @param rejectOthers whether the case's other drafts in review are set aside
	 */
	@Transactional
	public ReplyDraft approve(long draftId, Actor actor, boolean rejectOthers) {
		ReplyDraft draft = lock(draftId);
		CaseView view = unresolvedCase(draft.caseNumber());
		people.require(actor, settings.approvers().get(view.severity()));
		String actorId = idOf(actor);
		if (actorId.equals(draft.authorId()) || actorId.equals(draft.editedById())) {
			throw new NotPermittedException("You wrote this draft: someone else approves it.");
		}
		switch (draft.status()) {
			case APPROVED -> throw new ReplyConflictException(
					"Draft " + draftId + " is already approved by " + draft.reviewedByName() + ".");
			case CHANGES_REQUESTED ->
				throw new ReplyConflictException("Changes were asked for on draft " + draftId + ": edit it first.");
			case REJECTED -> throw new ReplyConflictException("Draft " + draftId + " was set aside.");
			case PUBLISHED -> throw new ReplyConflictException("Draft " + draftId + " is already published.");
			case PENDING -> {
			}
		}
		List<CheckFinding> blocking = policy.check(draft.text(), contextOf(view))
			.stream()
			.filter(CheckFinding::blocks)
			.toList();
		if (!blocking.isEmpty()) {
			throw new ReplyConflictException("Draft " + draftId + " cannot be approved: "
					+ blocking.stream().map(CheckFinding::message).collect(Collectors.joining(" ")));
		}
		store.ofCase(draft.caseNumber())
			.stream()
			.filter(other -> other.status() == DraftStatus.APPROVED)
			.findFirst()
			.ifPresent(other -> {
				throw new ReplyConflictException("Draft " + other.id() + " is already the approved reply of case "
						+ draft.caseNumber() + ": edit it to withdraw its approval first.");
			});
		Instant now = clock.instant();
		store.decided(draft, DraftStatus.APPROVED, actorId, actor.displayName(), null, now);
		int setAside = rejectOthers ? store.rejectOthers(draft.caseNumber(), draftId, now) : 0;
		caseActions.replyApproval(draft.caseNumber(), true);
		if (settings.publishes()) {
			publications.enqueue(draftId, draft.caseNumber(), payload(draft, view, actor), now);
		}
		caseActions.recordActivity(draft.caseNumber(), actor, "REPLY_APPROVED",
				"draft " + draftId + (setAside > 0 ? "; " + setAside + " other drafts set aside" : ""),
				new ThreadNote("Reply approved by " + actor.displayName() + " (draft " + draftId + ")."));
		return store.find(draftId).orElseThrow();
	}

	/** Sends a draft back to its author with what to change. */
	@Transactional
	public ReplyDraft requestChanges(long draftId, Actor actor, String comment) {
		String what = CaseActions.requireNote(comment, "what to change");
		ReplyDraft draft = lock(draftId);
		CaseView view = unresolvedCase(draft.caseNumber());
		people.require(actor, settings.approvers().get(view.severity()));
		if (draft.status() != DraftStatus.PENDING) {
			throw new ReplyConflictException("Draft " + draftId + " is "
					+ draft.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
					+ ", not waiting for review.");
		}
		store.decided(draft, DraftStatus.CHANGES_REQUESTED, idOf(actor), actor.displayName(), what, clock.instant());
		caseActions.recordActivity(draft.caseNumber(), actor, "REPLY_CHANGES_REQUESTED",
				"draft " + draftId + ": " + what,
				new ThreadNote("Changes requested on draft " + draftId + " by " + actor.displayName() + ": " + what,
						mentionOf(draft.authorId())));
		return store.find(draftId).orElseThrow();
	}

	/** The case's drafts, oldest first. */
	@Transactional(readOnly = true)
	public List<ReplyDraft> ofCase(long caseNumber) {
		return store.ofCase(caseNumber);
	}

	/**
	 * What the connector receives: the approved text and the post it answers. Nothing a
	 * reviewer wrote beside it is in here.
	 */
	private String payload(ReplyDraft draft, CaseView view, Actor approver) {
		ComplaintView answered = view.firstComplaint();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("replyId", draft.id());
		body.put("caseNumber", draft.caseNumber());
		body.put("source", answered.source());
		body.put("inReplyTo", answered.externalId());
		body.put("text", draft.text());
		body.put("approvedBy", approver.displayName());
		return json.writeValueAsString(body);
	}

	private static @Nullable String forReviewers(@Nullable String note) {
		return note == null || note.isBlank() ? null : CaseActions.requireNote(note, "a note to reviewers");
	}

	private ReplyDraft lock(long draftId) {
		return store.findForUpdate(draftId).orElseThrow(() -> new UnknownDraftException(draftId));
	}

	private CaseView unresolvedCase(long caseNumber) {
		CaseView view = cases.get(caseNumber);
		if (!view.status().isUnresolved()) {
			throw new ReplyConflictException("Case " + caseNumber + " is already resolved.");
		}
		return view;
	}

	private static DraftContext contextOf(CaseView view) {
		return new DraftContext(view.firstComplaint().source(),
				view.complaints().stream().map(ComplaintView::text).toList(),
				view.firstComplaint().customer().reference());
	}

	private static String nameOf(ComplaintView complaint) {
		String name = complaint.author().displayName();
		if (name != null && !name.isBlank()) {
			return name.strip();
		}
		return complaint.author().handle() == null ? "there" : complaint.author().handle();
	}

	private static String idOf(Actor actor) {
		return actor.platform() + ":" + actor.userId();
	}

	/**
	 * The author, called to look: ids come from chat platforms, never from a customer.
	 */
	private static List<ThreadNote.Mention> mentionOf(String authorId) {
		int colon = authorId.indexOf(':');
		return colon < 0 ? List.of()
				: List.of(new ThreadNote.Mention(authorId.substring(0, colon), authorId.substring(colon + 1), false));
	}

	private static String checksSummary(List<CheckFinding> findings) {
		long blocks = findings.stream().filter(CheckFinding::blocks).count();
		return findings.isEmpty() ? ", all checks passed"
				: ", " + (findings.size() - blocks) + " warnings, " + blocks + " blocking";
	}

	private static String findingsText(List<CheckFinding> findings) {
		if (findings.isEmpty()) {
			return "\nChecks: all passed.";
		}
		return findings.stream()
			.map(finding -> "\n" + (finding.blocks() ? "Blocks approval: " : "Warning: ") + finding.message())
			.collect(Collectors.joining());
	}

}
