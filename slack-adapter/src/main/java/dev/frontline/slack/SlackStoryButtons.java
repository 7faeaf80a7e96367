package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.List;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;

import dev.frontline.cases.CaseActions;
import dev.frontline.followups.FollowUpSettings;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.stories.ImprovementActions;
import dev.frontline.stories.StoryButtons;
import dev.frontline.stories.StoryThemes;

/**
 * What supervisors do with the digest in Slack: {@code Add theme} and
 * {@code Improvement action} on each story open a form; an action's {@code Done} acts at
 * once and {@code Waive} asks why. Refusals reach only the person who pressed, or show in
 * the form.
 */
class SlackStoryButtons {

	static final String THEME_BLOCK = "theme";

	static final String TITLE_BLOCK = "title";

	static final String OWNER_BLOCK = "owner";

	static final String DUE_BLOCK = "due";

	static final String REASON_BLOCK = "reason";

	private final StoryThemes themes;

	private final ImprovementActions actions;

	private final People people;

	private final SlackUsers users;

	private final SlackInteractions interactions;

	SlackStoryButtons(StoryThemes themes, ImprovementActions actions, People people, SlackUsers users,
			SlackInteractions interactions) {
		this.themes = themes;
		this.actions = actions;
		this.people = people;
		this.users = users;
		this.interactions = interactions;
	}

	void register(App app) {
		app.blockAction(StoryButtons.THEME.action(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String story = String.valueOf(SlackInteractions.number(SlackInteractions.pressedValue(request), "a story"));
			interactions.openForm(context, actor, people, request.getPayload().getTriggerId(), () -> {
				people.require(actor, Role.SUPERVISOR);
				return SlackInteractions.form(StoryButtons.THEME.action(), story, "Add theme",
						"Story " + story + ": what is it about? Themes are counted across weeks (/stories themes).",
						input(i -> i.blockId(THEME_BLOCK)
							.label(plainText("Theme"))
							.hint(plainText("A word or a few, such as rebooking or desk tools"))
							.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT).maxLength(40)))),
						"Add");
			}, null);
			return context.ack();
		});
		app.viewSubmission(StoryButtons.THEME.action(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return SlackInteractions.answer(context, THEME_BLOCK, SlackInteractions
				.decide(() -> themes.tag(actor, storyOf(view), SlackInteractions.inputValue(view, THEME_BLOCK))));
		});
		app.blockAction(StoryButtons.IMPROVE.action(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String story = String.valueOf(SlackInteractions.number(SlackInteractions.pressedValue(request), "a story"));
			interactions.openForm(context, actor, people, request.getPayload().getTriggerId(), () -> {
				people.require(actor, Role.SUPERVISOR);
				return improvementForm(story);
			}, null);
			return context.ack();
		});
		app.viewSubmission(StoryButtons.IMPROVE.action(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			String owner = SlackInteractions.selectedUser(view, OWNER_BLOCK);
			if (owner == null) {
				return SlackInteractions.answer(context, OWNER_BLOCK, "Please choose who sees it through.");
			}
			String problem = SlackInteractions
				.decide(() -> actions.create(actor, storyOf(view), SlackInteractions.inputValue(view, TITLE_BLOCK),
						users.actorOrId(owner), SlackInteractions.inputValue(view, DUE_BLOCK)));
			// Each refusal shows beside the answer it is about.
			String block = problem == null ? TITLE_BLOCK : problem.startsWith("Please say when") ? DUE_BLOCK
					: problem.contains("not in a care team") ? OWNER_BLOCK : TITLE_BLOCK;
			return SlackInteractions.answer(context, block, problem);
		});
		app.blockAction(StoryButtons.ACTION_DONE.action(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			String problem = SlackInteractions
				.decide(() -> actions.done(SlackInteractions.number(value, "an improvement action"), actor));
			if (problem != null) {
				interactions.tellPrivately(context, problem);
			}
			return context.ack();
		});
		app.blockAction(StoryButtons.ACTION_WAIVE.action(), (request, context) -> {
			String action = String
				.valueOf(SlackInteractions.number(SlackInteractions.pressedValue(request), "an improvement action"));
			interactions.openForm(context, users.actorOf(request), people, request.getPayload().getTriggerId(),
					() -> SlackInteractions.form(StoryButtons.ACTION_WAIVE.action(), action, "Waive action",
							"Improvement action " + action + " is no longer needed.",
							input(i -> i.blockId(REASON_BLOCK)
								.label(plainText("Why?"))
								.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
									.multiline(true)
									.maxLength(CaseActions.MAX_NOTE_LENGTH)))),
							"Waive"),
					null);
			return context.ack();
		});
		app.viewSubmission(StoryButtons.ACTION_WAIVE.action(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			return SlackInteractions.answer(context, REASON_BLOCK,
					SlackInteractions.decide(() -> actions.waive(
							SlackInteractions.number(view.getPrivateMetadata(), "an improvement action"), actor,
							SlackInteractions.inputValue(view, REASON_BLOCK))));
		});
	}

	private static View improvementForm(String story) {
		return view(v -> v.type("modal")
			.callbackId(StoryButtons.IMPROVE.action())
			.privateMetadata(story)
			.title(viewTitle(t -> t.type("plain_text").text("Improvement action")))
			.submit(viewSubmit(s -> s.type("plain_text").text("Create")))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(List.of(
					section(s -> s.text(plainText("From story " + story
							+ ": what should change, who sees it through, and by when. The owner is reminded"
							+ " before it is due."))),
					input(i -> i.blockId(TITLE_BLOCK)
						.label(plainText("What to change"))
						.element(plainTextInput(
								p -> p.actionId(SlackInteractions.INPUT).maxLength(FollowUpSettings.MAX_TITLE)))),
					input(i -> i.blockId(OWNER_BLOCK)
						.label(plainText("Owner"))
						.element(usersSelect(u -> u.actionId(SlackInteractions.INPUT)))),
					input(i -> i.blockId(DUE_BLOCK)
						.label(plainText("Due"))
						.hint(plainText("2d, 1d 4h or 30m from now, or a time such as 2026-12-04T15:00:00Z"))
						.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT).maxLength(40)))))));
	}

	private static long storyOf(View view) {
		return SlackInteractions.number(view.getPrivateMetadata(), "a story");
	}

}
