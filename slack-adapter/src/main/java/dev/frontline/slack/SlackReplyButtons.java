package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButton;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.replies.DraftForm;
import dev.frontline.replies.ReplyButton;
import dev.frontline.replies.ReplyDrafts;

/**
 * Agreeing the reply in Slack: {@code Draft reply} and {@code Edit} open the reply form,
 * prefilled, saying who else is drafting; the draft's {@code Approve} acts at once, or
 * asks whether to set the case's other drafts aside when there are some;
 * {@code Request changes} and {@code Mark posted} ask for a comment or the public link. A
 * refusal reaches only the person who pressed, or shows inside the form.
 */
class SlackReplyButtons {

	private static final Logger log = LoggerFactory.getLogger(SlackReplyButtons.class);

	static final String REPLY_BLOCK = "reply";

	static final String NOTE_BLOCK = "note";

	static final String OTHERS_BLOCK = "others";

	static final String COMMENT_BLOCK = "comment";

	static final String LINK_BLOCK = "link";

	/**
	 * The form that edits a draft; {@link CaseButton#DRAFT_REPLY}'s id names the new one.
	 */
	static final String EDIT_FORM = "reply-edit-form";

	private final ReplyDrafts replies;

	private final People people;

	private final SlackUsers users;

	private final SlackInteractions interactions;

	SlackReplyButtons(ReplyDrafts replies, People people, SlackUsers users, SlackInteractions interactions) {
		this.replies = replies;
		this.people = people;
		this.users = users;
		this.interactions = interactions;
	}

	void register(App app) {
		app.blockAction(CaseButton.DRAFT_REPLY.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			String trigger = request.getPayload().getTriggerId();
			openForm(context, actor, () -> {
				DraftForm form = replies.open(SlackInteractions.number(value, "a case"), actor);
				return replyForm(CaseButton.DRAFT_REPLY.id(), String.valueOf(form.caseNumber()), "Draft reply",
						"Case " + form.caseNumber(), form);
			}, trigger, () -> replies.closeForm(SlackInteractions.number(value, "a case"), actor));
			return context.ack();
		});
		app.viewSubmission(CaseButton.DRAFT_REPLY.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return answer(context, REPLY_BLOCK, SlackInteractions.decide(() -> replies.submit(formCase(view), actor,
					SlackInteractions.inputValue(view, REPLY_BLOCK), SlackInteractions.inputValue(view, NOTE_BLOCK))));
		});
		app.blockAction(ReplyButton.EDIT.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			openForm(context, actor, () -> {
				DraftForm form = replies.openEdit(ReplyButton.draftOf(value).id(), actor);
				return replyForm(EDIT_FORM, form.caseNumber() + ":" + form.draftId(), "Edit draft",
						"Draft reply " + form.draftId() + " of case " + form.caseNumber(), form);
			}, request.getPayload().getTriggerId(), null);
			return context.ack();
		});
		app.viewSubmission(EDIT_FORM, (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return answer(context, REPLY_BLOCK, SlackInteractions.decide(() -> replies.edit(formDraft(view), actor,
					SlackInteractions.inputValue(view, REPLY_BLOCK), SlackInteractions.inputValue(view, NOTE_BLOCK))));
		});
		for (String form : List.of(CaseButton.DRAFT_REPLY.id(), EDIT_FORM)) {
			app.viewClosed(form, (request, context) -> {
				Actor actor = users.actorOf(request);
				String problem = SlackInteractions
					.decide(() -> replies.closeForm(formCase(request.getPayload().getView()), actor));
				if (problem != null) {
					log.info("A closed reply form was not recorded: {}", problem);
				}
				return context.ack();
			});
		}
		registerReview(app);
	}

	private void registerReview(App app) {
		app.blockAction(ReplyButton.APPROVE.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			String trigger = request.getPayload().getTriggerId();
			String problem = SlackInteractions.decide(() -> {
				ReplyButton.DraftRef ref = ReplyButton.draftOf(value);
				int others = replies.mayApprove(ref, actor);
				if (others == 0) {
					replies.approve(ref, actor, true);
				}
				else {
					openForm(context, actor, () -> approveForm(value, others), trigger, null);
				}
			});
			if (problem != null) {
				interactions.tellPrivately(context, problem);
			}
			return context.ack();
		});
		app.viewSubmission(ReplyButton.APPROVE.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return answer(context, OTHERS_BLOCK,
					SlackInteractions.decide(() -> replies.approve(ReplyButton.draftOf(view.getPrivateMetadata()),
							actor, SlackInteractions.ticked(view, OTHERS_BLOCK))));
		});
		app.blockAction(ReplyButton.REQUEST_CHANGES.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			openForm(context, actor,
					() -> textForm(ReplyButton.REQUEST_CHANGES.id(), String.valueOf(ReplyButton.draftOf(value).id()),
							"Request changes", "Draft reply " + ReplyButton.draftOf(value).id(), COMMENT_BLOCK,
							"What should change? Its author is told.", true, "Send"),
					request.getPayload().getTriggerId(), null);
			return context.ack();
		});
		app.viewSubmission(ReplyButton.REQUEST_CHANGES.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return answer(context, COMMENT_BLOCK, SlackInteractions.decide(() -> replies.requestChanges(formDraft(view),
					actor, SlackInteractions.inputValue(view, COMMENT_BLOCK))));
		});
		app.blockAction(CaseButton.MARK_POSTED.id(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			openForm(context, actor,
					() -> textForm(CaseButton.MARK_POSTED.id(),
							String.valueOf(SlackInteractions.number(value, "a case")), "Mark posted",
							"Case " + value + ": the approved reply was posted by hand.", LINK_BLOCK,
							"Public link of the posted reply", false, "Mark posted"),
					request.getPayload().getTriggerId(), null);
			return context.ack();
		});
		app.viewSubmission(CaseButton.MARK_POSTED.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return answer(context, LINK_BLOCK, SlackInteractions.decide(
					() -> replies.markPosted(formCase(view), actor, SlackInteractions.inputValue(view, LINK_BLOCK))));
		});
	}

	private void openForm(ActionContext context, Actor actor, SlackInteractions.FormBuilder form, String triggerId,
			@Nullable Runnable whenNotOpened) {
		interactions.openForm(context, actor, people, triggerId, form, whenNotOpened);
	}

	private static View replyForm(String callbackId, String metadata, String title, String subject, DraftForm form) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(s -> s.text(plainText(SlackText.escape(subject)))));
		if (!form.othersDrafting().isEmpty()) {
			blocks.add(section(s -> s.text(plainText(SlackText.escape("Also drafting: "
					+ String.join(", ", form.othersDrafting()) + ". You may both go on; a reviewer picks one.")))));
		}
		blocks.add(input(i -> i.blockId(REPLY_BLOCK)
			.label(plainText("Reply"))
			.hint(plainText("What the customer will read, once a supervisor approves it."))
			.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
				.multiline(true)
				.initialValue(form.prefill())
				.maxLength(CaseActions.MAX_NOTE_LENGTH)))));
		blocks.add(input(i -> i.blockId(NOTE_BLOCK)
			.optional(true)
			.label(plainText("Note to reviewers"))
			.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
				.multiline(true)
				.initialValue(form.note())
				.maxLength(CaseActions.MAX_NOTE_LENGTH)))));
		return view(v -> v.type("modal")
			.callbackId(callbackId)
			.privateMetadata(metadata)
			.notifyOnClose(true)
			.title(viewTitle(t -> t.type("plain_text").text(title)))
			.submit(viewSubmit(s -> s.type("plain_text").text("Submit for approval")))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(blocks));
	}

	private static View approveForm(String draftValue, int others) {
		OptionObject setAside = option(plainText("Set the other drafts aside"), "set-aside");
		return view(v -> v.type("modal")
			.callbackId(ReplyButton.APPROVE.id())
			.privateMetadata(draftValue)
			.title(viewTitle(t -> t.type("plain_text").text("Approve draft")))
			.submit(viewSubmit(s -> s.type("plain_text").text("Approve")))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(List.of(
					section(s -> s.text(plainText("Draft reply " + ReplyButton.draftOf(draftValue).id()
							+ " becomes the case's reply. " + others
							+ (others == 1 ? " other draft is" : " other drafts are") + " in review."))),
					input(i -> i.blockId(OTHERS_BLOCK)
						.optional(true)
						.label(plainText("The others"))
						.element(checkboxes(c -> c.actionId(SlackInteractions.INPUT)
							.options(List.of(setAside))
							.initialOptions(List.of(setAside))))))));
	}

	private static View textForm(String callbackId, String metadata, String title, String subject, String blockId,
			String label, boolean multiline, String submit) {
		return view(v -> v.type("modal")
			.callbackId(callbackId)
			.privateMetadata(metadata)
			.title(viewTitle(t -> t.type("plain_text").text(title)))
			.submit(viewSubmit(s -> s.type("plain_text").text(submit)))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(List.of(section(s -> s.text(plainText(SlackText.escape(subject)))),
					input(i -> i.blockId(blockId)
						.label(plainText(label))
						.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
							.multiline(multiline)
							.maxLength(CaseActions.MAX_NOTE_LENGTH)))))));
	}

	private static Response answer(ViewSubmissionContext context, String blockId, @Nullable String problem) {
		return SlackInteractions.answer(context, blockId, problem);
	}

	/**
	 * The case a reply form is about: its metadata is {@code case} or {@code case:draft}.
	 */
	private static long formCase(View view) {
		return SlackInteractions.number(view.getPrivateMetadata().split(":")[0], "a case");
	}

	/** The draft a form acts on: the last part of its metadata. */
	private static long formDraft(View view) {
		String[] parts = view.getPrivateMetadata().split(":");
		return SlackInteractions.number(parts[parts.length - 1], "a draft reply");
	}

}
