package dev.frontline.stories;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseActions;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.Targets;
import dev.frontline.followups.FollowUpSettings;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/**
 * What supervisors do with the weekly digest, on every platform: {@code Add theme} and
 * {@code Improvement action} on each story open a form; an action's {@code Done} acts at
 * once and {@code Waive} asks why.
 */
@Component
public class StoryConversation implements Interactions {

	static final String THEME = "theme";

	static final String TITLE = "title";

	static final String OWNER = "owner";

	static final String DUE = "due";

	static final String REASON = "reason";

	private final StoryThemes themes;

	private final ImprovementActions actions;

	private final People people;

	public StoryConversation(StoryThemes themes, ImprovementActions actions, People people) {
		this.themes = themes;
		this.actions = actions;
		this.people = people;
	}

	@Override
	public void declare(Declarations declare) {
		declare.opens(StoryButtons.THEME, (actor, target) -> {
			long story = storyNumber(target);
			people.require(actor, Role.SUPERVISOR);
			return new Form(StoryButtons.THEME.action(), String.valueOf(story), "Add theme", "Add",
					List.of(new Field.Text("Story " + story
							+ ": what is it about? Themes are counted across weeks (/stories themes)."),
							new Field.ShortText(THEME, "Theme", "A word or a few, such as rebooking or desk tools",
									null, 40, true)));
		}).form(StoryButtons.THEME.action(), THEME, (actor, target, answers) -> {
			Story story = themes.tag(actor, storyNumber(target), answers.text(THEME));
			return new Outcome.Done("Story " + story.id() + " has the themes: " + String.join(", ", story.themes()));
		}).opens(StoryButtons.IMPROVE, (actor, target) -> {
			long story = storyNumber(target);
			people.require(actor, Role.SUPERVISOR);
			return new Form(StoryButtons.IMPROVE.action(), String.valueOf(story), "Improvement action", "Create",
					List.of(new Field.Text("From story " + story
							+ ": what should change, who sees it through, and by when. The owner is reminded"
							+ " before it is due."),
							new Field.ShortText(TITLE, "What to change", null, null, FollowUpSettings.MAX_TITLE, true),
							new Field.PersonPicker(OWNER, "Owner", null),
							new Field.ShortText(DUE, "Due",
									"2d, 1d 4h or 30m from now, or a time such as 2026-12-04T15:00:00Z", null, 40,
									true)));
		}).form(StoryButtons.IMPROVE.action(), TITLE, (actor, target, answers) -> {
			var owner = answers.person(OWNER);
			if (owner.isEmpty()) {
				return Outcome.beside(OWNER, "Please choose who sees it through.");
			}
			ImprovementAction created;
			try {
				created = actions.create(actor, storyNumber(target), answers.text(TITLE), owner.get(),
						answers.text(DUE));
			}
			catch (IllegalArgumentException ex) {
				// Each refusal shows beside the answer it is about.
				String problem = String.valueOf(ex.getMessage());
				return Outcome.beside(problem.startsWith("Please say when") ? DUE
						: problem.contains("not in a care team") ? OWNER : TITLE, problem);
			}
			return new Outcome.Done("Improvement action " + created.id() + " is in the digest's thread.");
		}).press(StoryButtons.ACTION_DONE, (actor, target) -> {
			actions.done(actionNumber(target), actor);
			return Outcome.NOTHING;
		}).opens(StoryButtons.ACTION_WAIVE, (actor, target) -> {
			long action = actionNumber(target);
			return new Form(StoryButtons.ACTION_WAIVE.action(), String.valueOf(action), "Waive action", "Waive",
					List.of(new Field.Text("Improvement action " + action + " is no longer needed."),
							new Field.LongText(REASON, "Why?", null, null, CaseActions.MAX_NOTE_LENGTH, true)));
		}).form(StoryButtons.ACTION_WAIVE.action(), REASON, (actor, target, answers) -> {
			actions.waive(actionNumber(target), actor, answers.text(REASON));
			return new Outcome.Done("Improvement action " + target + " is waived.");
		});
	}

	private static long storyNumber(String target) {
		return Targets.number(target, "a story");
	}

	private static long actionNumber(String target) {
		return Targets.number(target, "an improvement action");
	}

}
