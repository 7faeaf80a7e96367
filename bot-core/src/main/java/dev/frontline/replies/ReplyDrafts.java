package dev.frontline.replies;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.ComplaintView;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.replies.internal.ApproverNotices;
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

	/** The most drafts App Home lists as waiting for someone. */
	private static final int WAITING_LIMIT = 50;

	private final DraftStore store;

	private final ReplyPolicy policy;

	private final ReplySettings settings;

	private final Cases cases;

	private final CaseActions caseActions;

	private final People people;

	private final Clock clock;

	private final PublicationStore publications;

	private final JsonMapper json;

	private final ApproverNotices approverNotices;

	ReplyDrafts(DraftStore store, ReplyPolicy policy, ReplySettings settings, Cases cases, CaseActions caseActions,
			People people, Clock clock, PublicationStore publications, JsonMapper json,
			ApproverNotices approverNotices) {
		this.approverNotices = approverNotices;
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
		List<String> others = store.othersDrafting(caseNumber, idOf(actor), now.minus(DraftStore.DRAFTING_FOR));
		store.startDrafting(caseNumber, idOf(actor), actor.displayName(), now);
		caseActions.showCard(caseNumber);
		// A customer told proactively is answered from what they were told, not afresh.
		String prefill = view.notified() != null ? view.notified().text()
				: settings.templateFor(view.category()).replace("{name}", nameOf(view.firstComplaint()));
		return new DraftForm(caseNumber, null, prefill, null, others);
	}

	/**
	 * Opens the form that edits a draft: its text and note now, and who else is drafting
	 * on its case.
	 */
	@Transactional
	public DraftForm openEdit(long draftId, Actor actor) {
		people.require(actor, Role.STAFF);
		ReplyDraft draft = store.find(draftId).orElseThrow(() -> new UnknownDraftException(draftId));
		requireEditable(draft);
		unresolvedCase(draft.caseNumber());
		Instant now = clock.instant();
		List<String> others = store.othersDrafting(draft.caseNumber(), idOf(actor), now.minus(DraftStore.DRAFTING_FOR));
		store.startDrafting(draft.caseNumber(), idOf(actor), actor.displayName(), now);
		caseActions.showCard(draft.caseNumber());
		return new DraftForm(draft.caseNumber(), draftId, draft.text(), draft.reviewerNote(), others);
	}

	/** Closes a draft form without submitting it: the card no longer says they draft. */
	@Transactional
	public void closeForm(long caseNumber, Actor actor) {
		store.stopDrafting(caseNumber, idOf(actor));
		caseActions.showCard(caseNumber);
	}

	/** Submits a new draft: checked, stored pending, and shown in the card's thread. */
	@Transactional
	public ReplyDraft submit(long caseNumber, Actor actor, String text, @Nullable String note) {
		people.require(actor, Role.STAFF);
		String reply = publicText(text);
		String forReviewers = forReviewers(note);
		CaseView view = unresolvedCase(caseNumber);
		// Whoever drafts the reply of a case nobody has taken takes it: its clocks stop,
		// and
		// the team sees who is on it.
		caseActions.takeIfUnowned(caseNumber, actor);
		List<CheckFinding> findings = policy.check(reply, contextOf(view));
		long id = store.insert(caseNumber, idOf(actor), actor.displayName(), reply, forReviewers, findings,
				clock.instant());
		store.stopDrafting(caseNumber, idOf(actor));
		ReplyDraft draft = store.find(id).orElseThrow();
		caseActions.recordActivity(caseNumber, actor, "REPLY_DRAFTED", "draft " + id + checksSummary(findings),
				new ThreadNote("Draft reply " + id + " by " + actor.displayName() + ":\n" + reply
						+ (forReviewers == null ? "" : "\nNote to reviewers: " + forReviewers) + findingsText(findings),
						List.of(), reviewButtons(draft)));
		askApprovers(draft, view);
		return draft;
	}

	/**
	 * Changes a draft's text: checked again, and an approved draft needs approval again.
	 */
	@Transactional
	public ReplyDraft edit(long draftId, Actor actor, String text, @Nullable String note) {
		people.require(actor, Role.STAFF);
		String reply = publicText(text);
		String forReviewers = forReviewers(note);
		ReplyDraft draft = lock(draftId);
		requireEditable(draft);
		CaseView view = unresolvedCase(draft.caseNumber());
		List<CheckFinding> findings = policy.check(reply, contextOf(view));
		store.edited(draft, idOf(actor), reply, forReviewers, findings, clock.instant());
		boolean wasApproved = draft.status() == DraftStatus.APPROVED;
		if (wasApproved) {
			publications.withdraw(draftId);
			caseActions.replyApproval(draft.caseNumber(), false);
		}
		store.stopDrafting(draft.caseNumber(), idOf(actor));
		ReplyDraft edited = store.find(draftId).orElseThrow();
		String again = wasApproved ? "; approval withdrawn, it needs approval again" : "";
		caseActions.recordActivity(draft.caseNumber(), actor, "REPLY_EDITED",
				"draft " + draftId + again + checksSummary(findings),
				new ThreadNote("Draft reply " + draftId + " edited by " + actor.displayName() + again + ":\n" + reply
						+ (forReviewers == null ? "" : "\nNote to reviewers: " + forReviewers) + findingsText(findings),
						List.of(), reviewButtons(edited)));
		askApprovers(edited, view);
		return edited;
	}

	/**
	 * Approves a draft as the case's reply. Only a person with the role the case's
	 * severity asks for, never anyone who wrote or edited any version of it (on any
	 * platform), and only a draft no check blocks; of two approvals at once, one is
	 * recorded and the other told.
	 * @param ref the draft, and the version the approver was shown when they pressed
	 * {@code Approve}: a later edit refuses the approval
	 * @param rejectOthers whether the case's other drafts in review are set aside
	 */
	@Transactional
	public ReplyDraft approve(DraftRef ref, Actor actor, boolean rejectOthers) {
		long draftId = ref.id();
		ReplyDraft draft = lock(draftId);
		CaseView view = requireApprovable(draft, ref, actor);
		String actorId = idOf(actor);
		Instant now = clock.instant();
		store.decided(draft, DraftStatus.APPROVED, actorId, actor.displayName(), null, now);
		int setAside = rejectOthers ? store.rejectOthers(draft.caseNumber(), draftId, now) : 0;
		store.stopAllDrafting(draft.caseNumber());
		caseActions.replyApproval(draft.caseNumber(), true);
		if (settings.publishes()) {
			publications.enqueue(draftId, draft.version(), draft.caseNumber(), payload(draft, view, actor), now);
		}
		caseActions.recordActivity(draft.caseNumber(), actor, "REPLY_APPROVED",
				"draft " + draftId + (setAside > 0 ? "; " + setAside + " other drafts set aside" : ""),
				new ThreadNote("Reply approved by " + actor.displayName() + " (draft " + draftId + ")."));
		return store.find(draftId).orElseThrow();
	}

	/**
	 * Checks, without deciding, that this person may approve the draft now: so a form
	 * that asks how to approve is not shown to someone who will be refused.
	 * @return how many other drafts of the case are still in review
	 */
	@Transactional(readOnly = true)
	public int mayApprove(DraftRef ref, Actor actor) {
		ReplyDraft draft = store.find(ref.id()).orElseThrow(() -> new UnknownDraftException(ref.id()));
		requireApprovable(draft, ref, actor);
		return store.othersInReview(draft.caseNumber(), draft.id());
	}

	private CaseView requireApprovable(ReplyDraft draft, DraftRef ref, Actor actor) {
		long draftId = draft.id();
		CaseView view = unresolvedCase(draft.caseNumber());
		people.require(actor, settings.approvers().get(view.severity()), "approve a " + view.severity() + " reply");
		if (wroteAny(actor, draft)) {
			throw new NotPermittedException("You wrote or edited this draft: someone else approves it.");
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
		if (ref.seenVersion() != null && ref.seenVersion() != draft.version()) {
			throw new ReplyConflictException("Draft " + draftId
					+ " was edited after the version you approved: approve it from its latest note in the thread.");
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
			.filter(other -> other.id() != draft.id() && other.status() == DraftStatus.APPROVED)
			.findFirst()
			.ifPresent(other -> {
				throw new ReplyConflictException("Draft " + other.id() + " is already the approved reply of case "
						+ draft.caseNumber() + ": edit it to withdraw its approval first.");
			});
		return view;
	}

	/** Sends a draft back to its author with what to change. */
	@Transactional
	public ReplyDraft requestChanges(long draftId, Actor actor, String comment) {
		String what = CaseActions.requireNote(comment, "what to change");
		ReplyDraft draft = lock(draftId);
		CaseView view = unresolvedCase(draft.caseNumber());
		people.require(actor, settings.approvers().get(view.severity()), "review a " + view.severity() + " reply");
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

	/**
	 * Records that a person posted the approved reply by hand, with its public link: the
	 * case is {@code REPLIED}. Refused while the connector has it, so the customer never
	 * gets the reply twice.
	 */
	@Transactional
	public ReplyDraft markPosted(long caseNumber, Actor actor, String link) {
		people.require(actor, Role.STAFF);
		URI url = publicLink(link);
		unresolvedCase(caseNumber);
		ReplyDraft approved = store.ofCase(caseNumber)
			.stream()
			.filter(draft -> draft.status() == DraftStatus.APPROVED)
			.findFirst()
			.orElseThrow(() -> new ReplyConflictException("Case " + caseNumber + " has no approved reply to post."));
		ReplyDraft draft = lock(approved.id());
		if (draft.status() != DraftStatus.APPROVED) {
			throw new ReplyConflictException("Draft " + draft.id() + " is no longer the approved reply.");
		}
		if (publications.isQueued(draft.id())) {
			throw new ReplyConflictException("The connector is publishing the reply of case " + caseNumber
					+ "; the case shows it as posted when the social tool takes it.");
		}
		store.published(draft.id(), clock.instant());
		caseActions.replyPublished(caseNumber, actor, "posted by " + actor.displayName() + " at " + url);
		return store.find(draft.id()).orElseThrow();
	}

	/**
	 * The drafts this person may approve that wait for review, oldest first: none that
	 * they wrote or edited, none that a check blocks.
	 */
	@Transactional(readOnly = true)
	public List<ReplyDraft> waitingFor(Actor actor) {
		Optional<Role> role = people.roleOf(actor);
		if (role.isEmpty()) {
			return List.of();
		}
		return store.pending(WAITING_LIMIT)
			.stream()
			.filter(draft -> !draft.blocked() && !wroteAny(actor, draft))
			.filter(draft -> cases.find(draft.caseNumber())
				.filter(view -> view.status().isUnresolved()
						&& role.get().includes(settings.approvers().get(view.severity())))
				.isPresent())
			.toList();
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
		body.put("version", draft.version());
		body.put("caseNumber", draft.caseNumber());
		body.put("source", answered.source());
		body.put("inReplyTo", answered.externalId());
		body.put("text", draft.text());
		body.put("approvedBy", approver.displayName());
		return json.writeValueAsString(body);
	}

	private static List<Card.Action> reviewButtons(ReplyDraft draft) {
		String id = String.valueOf(draft.id());
		return List.of(ReplyButtons.APPROVE.on(DraftRef.approveValue(draft), !draft.blocked()),
				ReplyButtons.REQUEST_CHANGES.on(id, false), ReplyButtons.EDIT.on(id, draft.blocked()));
	}

	/**
	 * Only a draft with no blocking check is put before the approvers, and none of its
	 * writers, under any of their identities, is asked.
	 */
	private void askApprovers(ReplyDraft draft, CaseView view) {
		if (!draft.blocked()) {
			approverNotices.waiting(draft, view, settings.approvers().get(view.severity()),
					store.writersOf(draft.id())
						.stream()
						.flatMap(writer -> people.identitiesOf(writer).stream())
						.collect(Collectors.toSet()));
		}
	}

	/**
	 * Whether the person wrote or edited any version of the draft, on any platform they
	 * are known on.
	 */
	private boolean wroteAny(Actor actor, ReplyDraft draft) {
		Set<String> identities = people.identitiesOf(actor);
		return Stream.concat(store.writersOf(draft.id()).stream(), Stream.of(draft.authorId(), draft.editedById()))
			.anyMatch(writer -> writer != null && identities.contains(writer));
	}

	private static void requireEditable(ReplyDraft draft) {
		if (draft.status() == DraftStatus.REJECTED) {
			throw new ReplyConflictException("Draft " + draft.id() + " was set aside when another was approved.");
		}
		if (draft.status() == DraftStatus.PUBLISHED) {
			throw new ReplyConflictException("Draft " + draft.id() + " is already published: it can no longer change.");
		}
	}

	private static URI publicLink(String link) {
		String typed = link == null ? "" : link.strip();
		try {
			URI url = new URI(typed);
			if (url.isAbsolute()
					&& ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))
					&& url.getHost() != null && typed.length() <= 2_000) {
				return url;
			}
		}
		catch (URISyntaxException unreadable) {
			// told below
		}
		throw new IllegalArgumentException(
				"Please give the public link of the posted reply, starting with https://, not \"" + typed + "\".");
	}

	/**
	 * The text the customer would read: refused when there is none, as when everything
	 * typed was a note to reviewers ({@code // …}).
	 */
	private static String publicText(@Nullable String text) {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty() || typed.startsWith("//") || typed.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new IllegalArgumentException("A reply needs text the customer would read"
					+ (typed.startsWith("//") ? ": everything after // is a note to reviewers, not the reply." : "."));
		}
		return CaseActions.requireNote(typed, "a reply");
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
