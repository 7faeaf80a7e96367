package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.slack.api.bolt.App;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

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
 * for the new value and a reason, and corrects the case when it is submitted. A refusal
 * (lowering a severity takes a supervisor) shows in the form, for the person alone.
 */
class SlackCorrectionButtons {

	static final String CHOICE_BLOCK = "choice";

	private final CaseCorrections corrections;

	private final Cases cases;

	private final People people;

	private final SlackUsers users;

	private final SlackInteractions interactions;

	SlackCorrectionButtons(CaseCorrections corrections, Cases cases, People people, SlackUsers users,
			SlackInteractions interactions) {
		this.corrections = corrections;
		this.cases = cases;
		this.people = people;
		this.users = users;
		this.interactions = interactions;
	}

	void register(App app) {
		app.blockAction(CaseButton.CHANGE_SEVERITY.id(), (request, context) -> {
			String value = SlackInteractions.pressedValue(request);
			interactions.openForm(context, users.actorOf(request), people, request.getPayload().getTriggerId(), () -> {
				CaseView view = cases.get(caseNumber(value));
				List<OptionObject> options = Arrays.stream(Severity.values())
					.filter(severity -> severity != view.severity())
					.map(severity -> option(plainText(severity.name()), severity.name()))
					.toList();
				return form(CaseButton.CHANGE_SEVERITY, view,
						"Now " + view.severity() + ". Staff may raise it; lowering it takes a supervisor.",
						"New severity", options);
			}, null);
			return context.ack();
		});
		app.blockAction(CaseButton.MOVE_TEAM.id(), (request, context) -> {
			String value = SlackInteractions.pressedValue(request);
			interactions.openForm(context, users.actorOf(request), people, request.getPayload().getTriggerId(), () -> {
				CaseView view = cases.get(caseNumber(value));
				List<OptionObject> options = corrections.teamChoices()
					.stream()
					.filter(team -> !team.equals(view.team()))
					.map(team -> option(plainText(team), team))
					.toList();
				return form(CaseButton.MOVE_TEAM, view,
						"Now with " + view.team() + ". Its card goes to the new team's channel.", "New team", options);
			}, null);
			return context.ack();
		});
		app.viewSubmission(CaseButton.CHANGE_SEVERITY.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			String problem = SlackInteractions
				.decide(() -> corrections.changeSeverity(caseNumber(view.getPrivateMetadata()), actor,
						chosen(view, "severity"), SlackInteractions.inputValue(view, SlackCaseButtons.TEXT_BLOCK)));
			return SlackInteractions.answer(context, SlackCaseButtons.TEXT_BLOCK, problem);
		});
		app.viewSubmission(CaseButton.MOVE_TEAM.id(), (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			String problem = SlackInteractions.decide(() -> corrections.moveTeam(caseNumber(view.getPrivateMetadata()),
					actor, chosen(view, "team"), SlackInteractions.inputValue(view, SlackCaseButtons.TEXT_BLOCK)));
			return SlackInteractions.answer(context, SlackCaseButtons.TEXT_BLOCK, problem);
		});
	}

	private static View form(CaseButton button, CaseView view, String now, String choice, List<OptionObject> options) {
		long number = view.number();
		return view(v -> v.type("modal")
			.callbackId(button.id())
			.privateMetadata(String.valueOf(number))
			.title(viewTitle(t -> t.type("plain_text").text(button.label() + " · " + number)))
			.submit(viewSubmit(s -> s.type("plain_text").text(button.label())))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(List.of(section(s -> s.text(plainText("Case " + number + ". " + now))),
					input(i -> i.blockId(CHOICE_BLOCK)
						.label(plainText(choice))
						.element(staticSelect(select -> select.actionId(SlackInteractions.INPUT).options(options)))),
					input(i -> i.blockId(SlackCaseButtons.TEXT_BLOCK)
						.label(plainText("Why? Triage learns from it."))
						.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
							.multiline(true)
							.maxLength(CaseActions.MAX_NOTE_LENGTH)))))));
	}

	/**
	 * The option chosen in the form's select.
	 * @throws IllegalArgumentException asking for one when none was chosen
	 */
	private static String chosen(View view, String what) {
		ViewState.Value value = view.getState()
			.getValues()
			.getOrDefault(CHOICE_BLOCK, Map.of())
			.get(SlackInteractions.INPUT);
		if (value == null || value.getSelectedOption() == null || value.getSelectedOption().getValue() == null) {
			throw new IllegalArgumentException("Please choose the new " + what + ".");
		}
		return value.getSelectedOption().getValue();
	}

	private static long caseNumber(String value) {
		return SlackInteractions.number(value, "a case");
	}

}
