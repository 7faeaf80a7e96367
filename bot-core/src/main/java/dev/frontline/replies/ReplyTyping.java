package dev.frontline.replies;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseButtons;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.TypedLine;

/**
 * Agreeing the reply where a platform shows only text: {@code draft 1042} shows the form,
 * {@code reply 1042 <text> // <note>} submits it, {@code approve 7:2} approves the
 * version shown, and {@code approvals} lists what waits for the person.
 */
@Component
public class ReplyTyping implements Interactions {

	private static final String DRAFT_FORM = CaseButtons.DRAFT_REPLY.action();

	private final ReplyDrafts replies;

	public ReplyTyping(ReplyDrafts replies) {
		this.replies = replies;
	}

	@Override
	public void declare(Declarations declare) {
		declare.typed()
			.verb("Cases", "approvals", "approvals (drafts waiting for you)", line -> approvals(line))
			.verb("Buttons", "draft", "draft <case>", line -> line.press(CaseButtons.DRAFT_REPLY, line.number(1)))
			.button(CaseButtons.DRAFT_REPLY, "draft %s")
			.verb("Buttons", "reply", "reply <case> <text> [// note to reviewers]",
					line -> line.submit(DRAFT_FORM, line.number(1), reply(line.rest(2))))
			.form(DRAFT_FORM,
					form -> "reply " + form.target()
							+ " <text> [// note to reviewers] · close without submitting: cancel " + form.target())
			.verb("Buttons", "cancel", "cancel <case>", line -> {
				line.closed(DRAFT_FORM, line.number(1));
				return new Outcome.Done("Your draft form on case " + line.number(1) + " is closed.");
			})
			.verb("Buttons", "posted", "posted <case> <link>",
					line -> line.submit(CaseButtons.MARK_POSTED.action(), line.number(1),
							Map.of(ReplyConversation.LINK, line.rest(2))))
			.button(CaseButtons.MARK_POSTED, "posted %s <link>")
			.verb("Buttons", "approve", "approve <draft> [keep], keep leaving the case's other drafts in review",
					ReplyTyping::approve)
			.button(ReplyButtons.APPROVE, "approve %s")
			.form(ReplyButtons.APPROVE.action(), form -> "approve " + form.target() + " [keep]")
			.verb("Buttons", "changes", "changes <draft> <what to change>",
					line -> line.submit(ReplyButtons.REQUEST_CHANGES.action(), draft(line),
							Map.of(ReplyConversation.COMMENT, line.rest(2))))
			.button(ReplyButtons.REQUEST_CHANGES, "changes %s <what to change>")
			.verb("Buttons", "edit", "edit <draft> [<text> [// note to reviewers]]", ReplyTyping::edit)
			.button(ReplyButtons.EDIT, "edit %s")
			.form(ReplyConversation.EDIT_FORM, form -> "edit "
					+ form.target().substring(form.target().lastIndexOf(':') + 1) + " <text> [// note to reviewers]");
	}

	/** The version named is the one the person saw, so a later edit refuses it. */
	private static Outcome approve(TypedLine line) {
		boolean keep = line.count() == 3 && line.word(2).equalsIgnoreCase("keep");
		if (line.count() < 2 || line.count() > 3 || (line.count() == 3 && !keep)) {
			throw line.usage();
		}
		DraftRef ref = DraftRef.of(line.word(1));
		return line.submit(ReplyButtons.APPROVE.action(),
				ref.id() + (ref.seenVersion() == null ? "" : ":" + ref.seenVersion()),
				Map.of(ReplyConversation.OTHERS, String.valueOf(!keep)));
	}

	/**
	 * {@code edit 7} opens the form with the draft's text; {@code edit 7 <text>} submits
	 * it.
	 */
	private static Outcome edit(TypedLine line) {
		long draft = draft(line);
		if (line.count() < 3) {
			return line.press(ReplyButtons.EDIT, draft);
		}
		return line.submit(ReplyConversation.EDIT_FORM, draft, reply(line.rest(2)));
	}

	private Outcome approvals(TypedLine line) {
		List<ReplyDraft> waiting = replies.waitingFor(line.actor());
		if (waiting.isEmpty()) {
			return new Outcome.Done("No drafts are waiting for your approval.");
		}
		StringBuilder out = new StringBuilder("Drafts waiting for your approval (" + waiting.size() + "):");
		for (ReplyDraft draft : waiting) {
			out.append("\n  draft ")
				.append(draft.id())
				.append(" · case ")
				.append(draft.caseNumber())
				.append(" · by ")
				.append(draft.authorName().replace('\n', ' '))
				.append(" · ")
				.append(draft.findings().size())
				.append(" warnings · approve ")
				.append(draft.id())
				.append(':')
				.append(draft.version());
		}
		return new Outcome.Done(out.toString());
	}

	private static Map<String, String> reply(String typed) {
		return TypedLine.withNote(typed, ReplyConversation.REPLY, ReplyConversation.NOTE);
	}

	private static long draft(TypedLine line) {
		try {
			return DraftRef.of(line.required(1)).id();
		}
		catch (IllegalArgumentException ex) {
			throw line.usage();
		}
	}

}
