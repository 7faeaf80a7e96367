package dev.frontline.replies;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButtons;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.Targets;

/**
 * Agreeing the reply, on every platform: {@code Draft reply} and {@code Edit} open the
 * reply form, prefilled, saying who else is drafting; the draft's {@code Approve} acts at
 * once, or asks whether to set the case's other drafts aside when there are some;
 * {@code Request changes} and {@code Mark posted} ask for a comment or the public link.
 */
@Component
public class ReplyConversation implements Interactions {

	static final String REPLY = "reply";

	static final String NOTE = "note";

	static final String OTHERS = "others";

	static final String COMMENT = "comment";

	static final String LINK = "link";

	/** The form that edits a draft; {@code draft-reply} names the new one. */
	static final String EDIT_FORM = "reply-edit-form";

	private final ReplyDrafts replies;

	public ReplyConversation(ReplyDrafts replies) {
		this.replies = replies;
	}

	@Override
	public void declare(Declarations declare) {
		declare.refusals(ReplyConflictException.class, UnknownDraftException.class)
			.opens(CaseButtons.DRAFT_REPLY, (actor, target) -> {
				DraftForm form = replies.open(caseNumber(target), actor);
				return replyForm(CaseButtons.DRAFT_REPLY.action(), String.valueOf(form.caseNumber()), "Draft reply",
						"Case " + form.caseNumber(), form);
			})
			.form(CaseButtons.DRAFT_REPLY.action(), REPLY, REPLY, (actor, target, answers) -> {
				replies.submit(caseNumber(target), actor, answers.text(REPLY), answers.optionalText(NOTE));
				return new Outcome.Done("Your draft reply is in the case's thread, waiting for approval.");
			})
			.opens(ReplyButtons.EDIT, (actor, target) -> {
				DraftForm form = replies.openEdit(DraftRef.of(target).id(), actor);
				return replyForm(EDIT_FORM, form.caseNumber() + ":" + form.draftId(), "Edit draft",
						"Draft reply " + form.draftId() + " of case " + form.caseNumber(), form);
			})
			.form(EDIT_FORM, REPLY, REPLY, (actor, target, answers) -> {
				replies.edit(lastNumber(target, "a draft reply"), actor, answers.text(REPLY),
						answers.optionalText(NOTE));
				return new Outcome.Done("Your draft reply is changed; it needs approval again.");
			})
			.closed(CaseButtons.DRAFT_REPLY.action(), (actor, target) -> replies.closeForm(formCase(target), actor))
			.closed(EDIT_FORM, (actor, target) -> replies.closeForm(formCase(target), actor));
		declareReview(declare);
	}

	private void declareReview(Declarations declare) {
		declare.press(ReplyButtons.APPROVE, (actor, target) -> {
			DraftRef ref = DraftRef.of(target);
			int others = replies.mayApprove(ref, actor);
			if (others == 0) {
				replies.approve(ref, actor, true);
				return Outcome.NOTHING;
			}
			return new Outcome.Show(new Form(ReplyButtons.APPROVE.action(), target, "Approve draft", "Approve",
					List.of(new Field.Text("Draft reply " + ref.id() + " becomes the case's reply. " + others
							+ (others == 1 ? " other draft is" : " other drafts are") + " in review."),
							new Field.Checkbox(OTHERS, "The others", "Set the other drafts aside", true))));
		}).form(ReplyButtons.APPROVE.action(), OTHERS, (actor, target, answers) -> {
			replies.approve(DraftRef.of(target), actor, answers.ticked(OTHERS));
			return new Outcome.Done("Approved.");
		}).opens(ReplyButtons.REQUEST_CHANGES, (actor, target) -> {
			long draft = DraftRef.of(target).id();
			return new Form(ReplyButtons.REQUEST_CHANGES.action(), String.valueOf(draft), "Request changes", "Send",
					List.of(new Field.Text("Draft reply " + draft), new Field.LongText(COMMENT,
							"What should change? Its author is told.", null, null, CaseActions.MAX_NOTE_LENGTH, true)));
		}).form(ReplyButtons.REQUEST_CHANGES.action(), COMMENT, (actor, target, answers) -> {
			replies.requestChanges(Targets.number(target, "a draft reply"), actor, answers.text(COMMENT));
			return new Outcome.Done("Its author is told what should change.");
		}).opens(CaseButtons.MARK_POSTED, (actor, target) -> {
			long number = caseNumber(target);
			return new Form(CaseButtons.MARK_POSTED.action(), String.valueOf(number), "Mark posted", "Mark posted",
					List.of(new Field.Text("Case " + number + ": the approved reply was posted by hand."),
							new Field.ShortText(LINK, "Public link of the posted reply", null, null,
									CaseActions.MAX_NOTE_LENGTH, true)));
		}).form(CaseButtons.MARK_POSTED.action(), LINK, (actor, target, answers) -> {
			replies.markPosted(caseNumber(target), actor, answers.text(LINK));
			return new Outcome.Done("Case " + target + " is marked replied.");
		});
	}

	private static Form replyForm(String id, String target, String title, String subject, DraftForm form) {
		List<Field> fields = new ArrayList<>();
		fields.add(new Field.Text(subject));
		if (!form.othersDrafting().isEmpty()) {
			fields.add(new Field.Text("Also drafting: " + String.join(", ", form.othersDrafting())
					+ ". You may both go on; a reviewer picks one."));
		}
		fields.add(new Field.LongText(REPLY, "Reply", "What the customer will read, once a supervisor approves it.",
				form.prefill(), CaseActions.MAX_NOTE_LENGTH, true));
		fields
			.add(new Field.LongText(NOTE, "Note to reviewers", null, form.note(), CaseActions.MAX_NOTE_LENGTH, false));
		return new Form(id, target, title, "Submit for approval", fields, true);
	}

	private static long caseNumber(String target) {
		return Targets.number(target, "a case");
	}

	/**
	 * The case a reply form is about: its target is {@code case} or {@code case:draft}.
	 */
	private static long formCase(String target) {
		return Targets.number(target.split(":")[0], "a case");
	}

	/** The last number of a target such as {@code case:draft}. */
	private static long lastNumber(String target, String what) {
		String[] parts = target.split(":");
		return Targets.number(parts[parts.length - 1], what);
	}

}
