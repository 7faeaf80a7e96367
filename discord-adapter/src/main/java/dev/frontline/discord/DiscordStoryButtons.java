package dev.frontline.discord;

import static dev.frontline.discord.DiscordInteractions.form;
import static dev.frontline.discord.DiscordInteractions.inputValue;
import static dev.frontline.discord.DiscordInteractions.number;
import static dev.frontline.discord.DiscordInteractions.says;
import static dev.frontline.discord.DiscordInteractions.text;

import java.util.List;

import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.EntitySelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;

import dev.frontline.cases.CaseActions;
import dev.frontline.followups.FollowUpSettings;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.stories.ImprovementActions;
import dev.frontline.stories.StoryButtons;
import dev.frontline.stories.StoryThemes;

/**
 * What supervisors do with the digest in Discord: {@code Add theme} and
 * {@code Improvement action} on each story open a form (an action's owner from a user
 * picker); an action's {@code Done} acts at once and {@code Waive} asks why. Refusals
 * reach only the person who pressed.
 */
class DiscordStoryButtons {

	static final String THEME = "theme";

	static final String TITLE = "title";

	static final String OWNER = "owner";

	static final String DUE = "due";

	static final String REASON = "reason";

	private final StoryThemes themes;

	private final ImprovementActions actions;

	private final People people;

	private final DiscordUsers users;

	DiscordStoryButtons(StoryThemes themes, ImprovementActions actions, People people, DiscordUsers users) {
		this.themes = themes;
		this.actions = actions;
		this.people = people;
		this.users = users;
	}

	void register(DiscordRoutes routes) {
		routes.button(StoryButtons.THEME.action(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.openForm(event, actor, people, () -> {
				people.require(actor, Role.SUPERVISOR);
				return form(StoryButtons.THEME.action(), String.valueOf(number(value, "a story")),
						"Add theme · story " + value, List.of(says("Themes are counted across weeks: /stories themes."),
								text(THEME, "Theme, such as rebooking or desk tools", null, true, false, 40)));
			}, null);
		});
		routes.modal(StoryButtons.THEME.action(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.submit(event, "Story " + value + " has the theme.",
					() -> themes.tag(actor, number(value, "a story"), inputValue(event, THEME)));
		});
		routes.button(StoryButtons.IMPROVE.action(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.openForm(event, actor, people, () -> {
				people.require(actor, Role.SUPERVISOR);
				return form(StoryButtons.IMPROVE.action(), String.valueOf(number(value, "a story")),
						"Improvement action · story " + value,
						List.of(text(TITLE, "What to change", null, true, false, FollowUpSettings.MAX_TITLE),
								Label.of("Owner", "They are reminded before it is due.",
										EntitySelectMenu.create(OWNER, EntitySelectMenu.SelectTarget.USER).build()),
								Label.of("Due", "2d, 1d 4h or 30m from now, or 2026-12-04T15:00:00Z",
										TextInput.create(DUE, TextInputStyle.SHORT)
											.setRequired(true)
											.setMaxLength(40)
											.build())));
			}, null);
		});
		routes.modal(StoryButtons.IMPROVE.action(), (event, value) -> {
			Actor actor = users.actorOf(event);
			ModalMapping owner = event.getValue(OWNER);
			String chosen = owner == null || owner.getAsStringList().isEmpty() ? null
					: owner.getAsStringList().getFirst();
			DiscordInteractions.submit(event, "The improvement action is in the digest's thread.", () -> {
				if (chosen == null) {
					throw new IllegalArgumentException("Please choose who sees it through.");
				}
				actions.create(actor, number(value, "a story"), inputValue(event, TITLE),
						users.actorOrId(event.getJDA(), chosen, null), inputValue(event, DUE));
			});
		});
		routes.button(StoryButtons.ACTION_DONE.action(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.actAtOnce(event, () -> actions.done(number(value, "an improvement action"), actor));
		});
		routes
			.button(StoryButtons.ACTION_WAIVE.action(),
					(event, value) -> DiscordInteractions.openForm(event, users.actorOf(event), people,
							() -> form(StoryButtons.ACTION_WAIVE.action(),
									String.valueOf(number(value, "an improvement action")), "Waive action " + value,
									List.of(says("Improvement action " + value + " is no longer needed."),
											text(REASON, "Why?", null, true, true, CaseActions.MAX_NOTE_LENGTH))),
							null));
		routes.modal(StoryButtons.ACTION_WAIVE.action(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.submit(event, "Improvement action " + value + " is waived.",
					() -> actions.waive(number(value, "an improvement action"), actor, inputValue(event, REASON)));
		});
	}

}
