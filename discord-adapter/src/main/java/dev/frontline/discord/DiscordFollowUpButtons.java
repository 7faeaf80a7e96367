package dev.frontline.discord;

import static dev.frontline.discord.DiscordInteractions.form;
import static dev.frontline.discord.DiscordInteractions.inputValue;
import static dev.frontline.discord.DiscordInteractions.number;
import static dev.frontline.discord.DiscordInteractions.says;
import static dev.frontline.discord.DiscordInteractions.text;

import java.util.List;

import org.jspecify.annotations.Nullable;

import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.EntitySelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButton;
import dev.frontline.followups.FollowUpSettings;
import dev.frontline.followups.FollowUpStep;
import dev.frontline.followups.FollowUps;
import dev.frontline.followups.StepButton;
import dev.frontline.people.Actor;
import dev.frontline.people.People;

/**
 * Follow-up plans in Discord: {@code Plan follow-up} and {@code Done} act at once;
 * {@code Add step}, {@code Edit}, {@code Waive} and {@code Reassign} (a user picker) open
 * a form. A refusal reaches only the person who pressed.
 */
class DiscordFollowUpButtons {

	static final String TITLE = "title";

	static final String DUE = "due";

	static final String REASON = "reason";

	static final String OWNER = "owner";

	private static final String DUE_HINT = "30m, 4h, 2d or 1d 4h from now, or 2026-11-24T14:00:00Z";

	private final FollowUps followUps;

	private final People people;

	private final DiscordUsers users;

	DiscordFollowUpButtons(FollowUps followUps, People people, DiscordUsers users) {
		this.followUps = followUps;
		this.people = people;
		this.users = users;
	}

	void register(DiscordRoutes routes) {
		routes.button(CaseButton.PLAN_FOLLOW_UP.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.actAtOnce(event, () -> followUps.plan(number(value, "a case"), actor));
		});
		routes.button(StepButton.DONE.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.actAtOnce(event, () -> followUps.done(followUps.pressedStep(value).id(), actor));
		});
		routes
			.button(CaseButton.ADD_STEP.id(),
					(event, value) -> DiscordInteractions
						.openForm(
								event, users.actorOf(event), people, () -> stepForm(CaseButton.ADD_STEP.id(),
										String.valueOf(number(value, "a case")), "Add step · case " + value, null),
								null));
		routes.modal(CaseButton.ADD_STEP.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			submitStep(event, "The step is added to case " + value + ".",
					(title, due) -> followUps.addStep(number(value, "a case"), actor, title, due));
		});
		routes.button(StepButton.EDIT.id(),
				(event, value) -> DiscordInteractions.openForm(event, users.actorOf(event), people, () -> {
					FollowUpStep step = followUps.pressedStep(value);
					return stepForm(StepButton.EDIT.id(), step.ref(), "Edit step " + step.ref(), step);
				}, null));
		routes.modal(StepButton.EDIT.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			submitStep(event, "Step " + value + " is changed.",
					(title, due) -> followUps.edit(followUps.pressedStep(value).id(), actor, title, due));
		});
		routes.button(StepButton.WAIVE.id(),
				(event, value) -> DiscordInteractions.openForm(event, users.actorOf(event), people,
						() -> form(StepButton.WAIVE.id(), followUps.pressedStep(value).ref(),
								"Waive step " + followUps.pressedStep(value).ref(),
								List.of(says("Step " + followUps.pressedStep(value).ref() + " is no longer needed."),
										text(REASON, "Why?", null, true, true, CaseActions.MAX_NOTE_LENGTH))),
						null));
		routes.modal(StepButton.WAIVE.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.submit(event, "Step " + value + " is waived.",
					() -> followUps.waive(followUps.pressedStep(value).id(), actor, inputValue(event, REASON)));
		});
		routes.button(StepButton.REASSIGN.id(),
				(event, value) -> DiscordInteractions.openForm(event, users.actorOf(event), people,
						() -> form(StepButton.REASSIGN.id(), followUps.pressedStep(value).ref(),
								"Reassign step " + followUps.pressedStep(value).ref(),
								List.of(Label.of("New owner", "They are reminded before it is due.",
										EntitySelectMenu.create(OWNER, EntitySelectMenu.SelectTarget.USER).build()))),
						null));
		routes.modal(StepButton.REASSIGN.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			String chosen = chosenUser(event);
			DiscordInteractions.submit(event, "Step " + value + " is reassigned.", () -> {
				if (chosen == null) {
					throw new IllegalArgumentException("Please choose who does the step.");
				}
				followUps.reassign(followUps.pressedStep(value).id(), actor,
						users.actorOrId(event.getJDA(), chosen, null));
			});
		});
	}

	private interface StepChange {

		void apply(String title, String due);

	}

	/** Checks the due time first, so the person reads what is wrong with it. */
	private void submitStep(ModalInteractionEvent event, String done, StepChange change) {
		String title = inputValue(event, TITLE);
		String due = inputValue(event, DUE);
		DiscordInteractions.submit(event, done, () -> {
			followUps.parseDue(due);
			change.apply(title, due);
		});
	}

	private static Modal stepForm(String action, String value, String title, @Nullable FollowUpStep step) {
		return form(action, value, title, List.of(
				text(TITLE, "What to do", step == null ? null : step.title(), true, false, FollowUpSettings.MAX_TITLE),
				Label.of("Due", DUE_HINT, dueInput(step))));
	}

	private static TextInput dueInput(@Nullable FollowUpStep step) {
		TextInput.Builder input = TextInput.create(DUE, TextInputStyle.SHORT).setRequired(true).setMaxLength(40);
		if (step != null) {
			input.setValue(step.dueAt().toString());
		}
		return input.build();
	}

	private static @Nullable String chosenUser(ModalInteractionEvent event) {
		ModalMapping owner = event.getValue(OWNER);
		if (owner == null || owner.getAsStringList().isEmpty()) {
			return null;
		}
		return owner.getAsStringList().getFirst();
	}

}
