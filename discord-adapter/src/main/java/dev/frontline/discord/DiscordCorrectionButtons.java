package dev.frontline.discord;

import static dev.frontline.discord.DiscordInteractions.form;
import static dev.frontline.discord.DiscordInteractions.inputValue;
import static dev.frontline.discord.DiscordInteractions.number;
import static dev.frontline.discord.DiscordInteractions.text;

import java.util.Arrays;
import java.util.List;

import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButton;
import dev.frontline.cases.CaseCorrections;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.triage.Severity;

/**
 * {@code Change severity} and {@code Move team} on a case card: each opens a form asking
 * for the new value and a reason, and corrects the case when it is submitted. The
 * outcome, or why not (lowering a severity takes a supervisor), reaches only the person.
 */
class DiscordCorrectionButtons {

	static final String CHOICE = "choice";

	static final String REASON = "reason";

	private final CaseCorrections corrections;

	private final Cases cases;

	private final People people;

	private final DiscordUsers users;

	DiscordCorrectionButtons(CaseCorrections corrections, Cases cases, People people, DiscordUsers users) {
		this.corrections = corrections;
		this.cases = cases;
		this.people = people;
		this.users = users;
	}

	void register(DiscordRoutes routes) {
		routes.button(CaseButton.CHANGE_SEVERITY.id(),
				(event, value) -> DiscordInteractions.openForm(event, users.actorOf(event), people, () -> {
					CaseView view = cases.get(number(value, "a case"));
					List<SelectOption> options = Arrays.stream(Severity.values())
						.filter(severity -> severity != view.severity())
						.map(severity -> SelectOption.of(severity.name(), severity.name()))
						.toList();
					return form(CaseButton.CHANGE_SEVERITY.id(), String.valueOf(view.number()),
							"Change severity · case " + view.number(),
							List.of(choice("New severity",
									"Now " + view.severity() + ". Lowering it takes a supervisor.", options),
									reason()));
				}, null));
		routes.button(CaseButton.MOVE_TEAM.id(),
				(event, value) -> DiscordInteractions.openForm(event, users.actorOf(event), people, () -> {
					CaseView view = cases.get(number(value, "a case"));
					List<SelectOption> options = corrections.teamChoices()
						.stream()
						.filter(team -> !team.equals(view.team()))
						.map(team -> SelectOption.of(team, team))
						.toList();
					return form(CaseButton.MOVE_TEAM.id(), String.valueOf(view.number()),
							"Move team · case " + view.number(),
							List.of(choice("New team",
									"Now with " + view.team() + ". Its card goes to the new team's channel.", options),
									reason()));
				}, null));
		routes.modal(CaseButton.CHANGE_SEVERITY.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			String severity = chosen(event);
			DiscordInteractions.submit(event, "Case " + value + " is now " + severity + ".", () -> corrections
				.changeSeverity(number(value, "a case"), actor, severity, inputValue(event, REASON)));
		});
		routes.modal(CaseButton.MOVE_TEAM.id(), (event, value) -> {
			Actor actor = users.actorOf(event);
			String team = chosen(event);
			DiscordInteractions.submit(event, "Case " + value + " is moved to " + team + ".",
					() -> corrections.moveTeam(number(value, "a case"), actor, team, inputValue(event, REASON)));
		});
	}

	private static Label choice(String label, String description, List<SelectOption> options) {
		return Label.of(label, DiscordText.plain(description, Label.DESCRIPTION_MAX_LENGTH),
				StringSelectMenu.create(CHOICE).addOptions(options).setRequiredRange(1, 1).build());
	}

	private static Label reason() {
		return text(REASON, "Why? Triage learns from it.", null, true, true, CaseActions.MAX_NOTE_LENGTH);
	}

	/** The option chosen, or nothing, which the core refuses with the choices named. */
	private static String chosen(ModalInteractionEvent event) {
		ModalMapping choice = event.getValue(CHOICE);
		return choice == null || choice.getAsStringList().isEmpty() ? "" : choice.getAsStringList().getFirst();
	}

}
