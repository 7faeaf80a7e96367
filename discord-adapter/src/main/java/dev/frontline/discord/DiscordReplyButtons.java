package dev.frontline.discord;

import static dev.frontline.discord.DiscordInteractions.form;
import static dev.frontline.discord.DiscordInteractions.inputValue;
import static dev.frontline.discord.DiscordInteractions.number;
import static dev.frontline.discord.DiscordInteractions.says;
import static dev.frontline.discord.DiscordInteractions.text;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import net.dv8tion.jda.api.components.ModalTopLevelComponent;
import net.dv8tion.jda.api.components.checkbox.Checkbox;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButton;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.replies.DraftForm;
import dev.frontline.replies.ReplyButton;
import dev.frontline.replies.ReplyDrafts;

/**
 * Agreeing the reply in Discord: {@code Draft reply} and {@code Edit} open the reply
 * form, prefilled, saying who else is drafting; the draft's {@code Approve} acts at once,
 * or asks whether to set the case's other drafts aside when there are some;
 * {@code Request changes} and {@code Mark posted} ask for a comment or the public link. A
 * refusal reaches only the person who pressed; a refused draft comes back to its author
 * with the text, so nothing typed is lost.
 */
class DiscordReplyButtons {

	static final String REPLY = "reply";

	static final String NOTE = "note";

	static final String OTHERS = "others";

	static final String COMMENT = "comment";

	static final String LINK = "link";

	/**
	 * The form that edits a draft; {@link CaseButton#DRAFT_REPLY}'s id names the new one.
	 */
	static final String EDIT_FORM = "reply-edit-form";

	private final ReplyDrafts replies;

	private final People people;

	private final DiscordUsers users;

	DiscordReplyButtons(ReplyDrafts replies, People people, DiscordUsers users) {
		this.replies = replies;
		this.people = people;
		this.users = users;
	}

	void register(DiscordRoutes routes) {
		routes.button(CaseButton.DRAFT_REPLY.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.openForm(event, actor, people, () -> {
				DraftForm form = replies.open(number(value, "a case"), actor);
				return replyForm(CaseButton.DRAFT_REPLY.id(), String.valueOf(form.caseNumber()),
						"Draft reply · case " + form.caseNumber(), form);
			}, () -> replies.closeForm(number(value, "a case"), actor));
		});
		routes.modal(CaseButton.DRAFT_REPLY.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			submitDraft(event, "Your draft reply is in the case's thread, waiting for approval.",
					() -> replies.submit(number(value, "a case"), actor, inputValue(event, REPLY), note(event)));
		});
		routes.button(ReplyButton.EDIT.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.openForm(event, actor, people, () -> {
				DraftForm form = replies.openEdit(ReplyButton.draftOf(value).id(), actor);
				return replyForm(EDIT_FORM, form.caseNumber() + ":" + form.draftId(),
						"Edit draft " + form.draftId() + " · case " + form.caseNumber(), form);
			}, null);
		});
		routes.modal(EDIT_FORM, (event, value) -> {
			Actor actor = users.actorOf(event);
			String[] parts = value.split(":");
			submitDraft(event, "Your draft reply is changed; it needs approval again.", () -> replies
				.edit(number(parts[parts.length - 1], "a draft reply"), actor, inputValue(event, REPLY), note(event)));
		});
		registerReview(routes);
	}

	private void registerReview(DiscordRoutes routes) {
		routes.button(ReplyButton.APPROVE.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			int[] others = new int[1];
			String problem = DiscordInteractions
				.decide(() -> others[0] = replies.mayApprove(ReplyButton.draftOf(value), actor));
			if (problem != null) {
				DiscordRoutes.refuse(event, problem);
			}
			else if (others[0] == 0) {
				DiscordInteractions.actAtOnce(event, () -> replies.approve(ReplyButton.draftOf(value), actor, true));
			}
			else {
				DiscordInteractions.openForm(event, actor, people, () -> approveForm(value, others[0]), null);
			}
		});
		routes.modal(ReplyButton.APPROVE.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			ModalMapping setAside = event.getValue(OTHERS);
			DiscordInteractions.submit(event, "Approved.", () -> replies.approve(ReplyButton.draftOf(value), actor,
					setAside != null && setAside.getAsBoolean()));
		});
		routes.button(ReplyButton.REQUEST_CHANGES.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.openForm(event, actor, people, () -> {
				long draft = ReplyButton.draftOf(value).id();
				return form(ReplyButton.REQUEST_CHANGES.id(), String.valueOf(draft), "Request changes · draft " + draft,
						List.of(text(COMMENT, "What should change? Its author is told.", null, true, true,
								CaseActions.MAX_NOTE_LENGTH)));
			}, null);
		});
		routes.modal(ReplyButton.REQUEST_CHANGES.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.submit(event, "Its author is told what should change.",
					() -> replies.requestChanges(number(value, "a draft reply"), actor, inputValue(event, COMMENT)));
		});
		routes.button(CaseButton.MARK_POSTED.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.openForm(event, actor, people,
					() -> form(CaseButton.MARK_POSTED.id(), String.valueOf(number(value, "a case")),
							"Mark posted · case " + value,
							List.of(says("Case " + value + ": the approved reply was posted by hand."),
									text(LINK, "Public link of the posted reply", null, true, false, 500))),
					null);
		});
		routes.modal(CaseButton.MARK_POSTED.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.submit(event, "Case " + value + " is marked replied.",
					() -> replies.markPosted(number(value, "a case"), actor, inputValue(event, LINK)));
		});
	}

	/**
	 * Submits a draft; when it is refused, the person reads why and gets their text back,
	 * as a form in Discord cannot stay open to show the error.
	 */
	private static void submitDraft(ModalInteractionEvent event, String done, Runnable decision) {
		event.deferReply(true).queue();
		String problem = DiscordInteractions.decide(decision);
		String typed = inputValue(event, REPLY);
		DiscordInteractions.tellPrivately(event,
				problem == null ? done : problem + "\n\nYour reply as you wrote it, to use again:\n" + typed);
	}

	private static Modal replyForm(String action, String value, String title, DraftForm form) {
		List<ModalTopLevelComponent> fields = new ArrayList<>();
		if (!form.othersDrafting().isEmpty()) {
			fields.add(says("Also drafting: " + String.join(", ", form.othersDrafting())
					+ ". You may both go on; a reviewer picks one."));
		}
		fields.add(text(REPLY, "Reply", form.prefill(), true, true, CaseActions.MAX_NOTE_LENGTH));
		fields.add(text(NOTE, "Note to reviewers", form.note(), false, true, CaseActions.MAX_NOTE_LENGTH));
		return form(action, value, title, fields);
	}

	private static Modal approveForm(String draftValue, int others) {
		return form(ReplyButton.APPROVE.id(), draftValue, "Approve draft",
				List.of(says("Draft reply " + ReplyButton.draftOf(draftValue).id() + " becomes the case's reply. "
						+ others + (others == 1 ? " other draft is" : " other drafts are") + " in review."),
						Label.of("Set the other drafts aside", Checkbox.of(OTHERS, true))));
	}

	private static @Nullable String note(ModalInteractionEvent event) {
		String note = inputValue(event, NOTE);
		return note.isBlank() ? null : note;
	}

}
