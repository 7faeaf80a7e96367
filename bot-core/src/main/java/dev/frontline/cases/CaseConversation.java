package dev.frontline.cases;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.Targets;
import dev.frontline.triage.Severity;

/**
 * What the case card's own buttons do on every platform: {@code Acknowledge} acts at
 * once; {@code Escalate} asks why; {@code Change severity} and {@code Move team} ask for
 * the new value and why, so triage learns from it. {@code Resolve} belongs to follow-ups,
 * which know whether open steps stand in the way.
 */
@Component
public class CaseConversation implements Interactions {

	static final String TEXT = "text";

	static final String CHOICE = "choice";

	private final CaseActions actions;

	private final CaseCorrections corrections;

	private final Cases cases;

	public CaseConversation(CaseActions actions, CaseCorrections corrections, Cases cases) {
		this.actions = actions;
		this.corrections = corrections;
		this.cases = cases;
	}

	@Override
	public void declare(Declarations declare) {
		declare.refusals(CaseConflictException.class, UnknownCaseException.class)
			.press(CaseButtons.ACKNOWLEDGE, (actor, target) -> {
				actions.acknowledge(caseNumber(target), actor);
				return Outcome.NOTHING;
			})
			.opens(CaseButtons.ESCALATE,
					(actor, target) -> new Form(CaseButtons.ESCALATE.action(), target,
							"Escalate case " + caseNumber(target), "Escalate", List.of(note(TEXT, "Why escalate?"))))
			.form(CaseButtons.ESCALATE.action(), TEXT, (actor, target, answers) -> {
				actions.escalate(caseNumber(target), actor, answers.text(TEXT));
				return new Outcome.Done("Case " + target + " is escalated.");
			})
			.opens(CaseButtons.CHANGE_SEVERITY, (actor, target) -> {
				CaseView view = cases.get(caseNumber(target));
				List<Field.Option> options = Arrays.stream(Severity.values())
					.filter(severity -> severity != view.severity())
					.map(severity -> new Field.Option(severity.name(), severity.name()))
					.toList();
				return correction(CaseButtons.CHANGE_SEVERITY.action(), CaseButtons.CHANGE_SEVERITY.label(), view,
						"Now " + view.severity() + ". Staff may raise it; lowering it takes a supervisor.",
						"New severity", options);
			})
			.form(CaseButtons.CHANGE_SEVERITY.action(), TEXT, (actor, target, answers) -> {
				String severity = chosen(answers);
				corrections.changeSeverity(caseNumber(target), actor, severity, answers.text(TEXT));
				return new Outcome.Done("Case " + target + " is now " + severity + ".");
			})
			.opens(CaseButtons.MOVE_TEAM, (actor, target) -> {
				CaseView view = cases.get(caseNumber(target));
				List<Field.Option> options = corrections.teamChoices()
					.stream()
					.filter(team -> !team.equals(view.team()))
					.map(team -> new Field.Option(team, team))
					.toList();
				return correction(CaseButtons.MOVE_TEAM.action(), CaseButtons.MOVE_TEAM.label(), view,
						"Now with " + view.team() + ". Its card goes to the new team's channel.", "New team", options);
			})
			.form(CaseButtons.MOVE_TEAM.action(), TEXT, (actor, target, answers) -> {
				String team = chosen(answers);
				corrections.moveTeam(caseNumber(target), actor, team, answers.text(TEXT));
				return new Outcome.Done("Case " + target + " is moved to " + team + ".");
			});
	}

	private static Form correction(String id, String label, CaseView view, String now, String choice,
			List<Field.Option> options) {
		long number = view.number();
		return new Form(id, String.valueOf(number), label + " · " + number, label,
				List.of(new Field.Text("Case " + number + ". " + now), new Field.Choice(CHOICE, choice, null, options),
						note(TEXT, "Why? Triage learns from it.")));
	}

	/** The option chosen, or nothing, which the core refuses with the choices named. */
	private static String chosen(Answers answers) {
		return answers.text(CHOICE);
	}

	/** A required reason or note, as long as a case's history takes one. */
	static Field.LongText note(String name, String label) {
		return new Field.LongText(name, label, null, null, CaseActions.MAX_NOTE_LENGTH, true);
	}

	private static long caseNumber(String target) {
		return Targets.number(target, "a case");
	}

}
