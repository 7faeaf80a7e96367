package dev.frontline.followups;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButtons;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.Targets;

/**
 * Follow-up plans on every platform: {@code Plan follow-up} and {@code Done} act at once;
 * {@code Add step}, {@code Edit}, {@code Waive} and {@code Reassign} (a person picker)
 * open a form. {@code Resolve} on the case card lives here too, as the plan decides
 * whether it may: a case with open steps offers supervisors to waive them.
 */
@Component
public class FollowUpConversation implements Interactions {

	static final String TITLE = "title";

	static final String DUE = "due";

	static final String REASON = "reason";

	static final String OWNER = "owner";

	static final String TEXT = "text";

	static final String WAIVE = "waive";

	private static final String DUE_HINT = "30m, 4h, 2d or 1d 4h from now, or a time such as 2026-11-24T14:00:00Z";

	private final FollowUps followUps;

	private final CaseActions caseActions;

	private final Cases cases;

	public FollowUpConversation(FollowUps followUps, CaseActions caseActions, Cases cases) {
		this.followUps = followUps;
		this.caseActions = caseActions;
		this.cases = cases;
	}

	@Override
	public void declare(Declarations declare) {
		declare.refusals(FollowUpConflictException.class, UnknownStepException.class)
			.press(CaseButtons.PLAN_FOLLOW_UP, (actor, target) -> {
				followUps.plan(caseNumber(target), actor);
				return Outcome.NOTHING;
			})
			.press(StepButtons.DONE, (actor, target) -> {
				followUps.done(followUps.pressedStep(target).id(), actor);
				return Outcome.NOTHING;
			})
			.opens(CaseButtons.ADD_STEP,
					(actor, target) -> stepForm(CaseButtons.ADD_STEP.action(), String.valueOf(caseNumber(target)),
							"Add step", "Case " + target, null))
			.form(CaseButtons.ADD_STEP.action(), TITLE, (actor, target, answers) -> changeStep(answers, () -> {
				followUps.addStep(caseNumber(target), actor, answers.text(TITLE), answers.text(DUE));
				return "The step is added to case " + target + ".";
			}))
			.opens(StepButtons.EDIT, (actor, target) -> {
				FollowUpStep step = followUps.pressedStep(target);
				return stepForm(StepButtons.EDIT.action(), step.ref(), "Edit step",
						"Step " + step.ref() + " of case " + step.caseNumber(), step);
			})
			.form(StepButtons.EDIT.action(), TITLE, (actor, target, answers) -> changeStep(answers, () -> {
				FollowUpStep step = followUps.edit(followUps.pressedStep(target).id(), actor, answers.text(TITLE),
						answers.text(DUE));
				return "Step " + step.ref() + " is changed.";
			}))
			.opens(StepButtons.WAIVE, (actor, target) -> {
				String step = followUps.pressedStep(target).ref();
				return new Form(StepButtons.WAIVE.action(), step, "Waive step", "Waive",
						List.of(new Field.Text("Step " + step + " is no longer needed."),
								new Field.LongText(REASON, "Why?", null, null, CaseActions.MAX_NOTE_LENGTH, true)));
			})
			.form(StepButtons.WAIVE.action(), REASON, (actor, target, answers) -> {
				FollowUpStep step = followUps.waive(followUps.pressedStep(target).id(), actor, answers.text(REASON));
				return new Outcome.Done("Step " + step.ref() + " is waived.");
			})
			.opens(StepButtons.REASSIGN, (actor, target) -> {
				String step = followUps.pressedStep(target).ref();
				return new Form(StepButtons.REASSIGN.action(), step, "Reassign step", "Reassign",
						List.of(new Field.Text(
								"Step " + step + ": who does it now? They are reminded before it is due."),
								new Field.PersonPicker(OWNER, "New owner", null)));
			})
			.form(StepButtons.REASSIGN.action(), OWNER, (actor, target, answers) -> {
				var owner = answers.person(OWNER);
				if (owner.isEmpty()) {
					return Outcome.beside(OWNER, "Please choose who does the step.");
				}
				FollowUpStep step = followUps.reassign(followUps.pressedStep(target).id(), actor, owner.get());
				return new Outcome.Done("Step " + step.ref() + " is reassigned.");
			})
			.opens(CaseButtons.RESOLVE, (actor, target) -> resolveForm(caseNumber(target)))
			.form(CaseButtons.RESOLVE.action(), TEXT, (actor, target, answers) -> {
				long number = caseNumber(target);
				String note = answers.text(TEXT);
				if (answers.ticked(WAIVE)) {
					followUps.resolveWaivingOpenSteps(number, actor, note);
				}
				else {
					caseActions.resolve(number, actor, note);
				}
				return new Outcome.Done("Case " + number + " is resolved.");
			});
	}

	/**
	 * The resolve form; when the case still has open follow-up steps, it says so and
	 * offers a supervisor to waive them all with the note.
	 */
	private Form resolveForm(long number) {
		List<Field> fields = new ArrayList<>();
		fields.add(new Field.LongText(TEXT, "How was it resolved?", null, null, CaseActions.MAX_NOTE_LENGTH, true));
		CaseView.Plan plan = cases.find(number).map(CaseView::plan).orElse(null);
		if (plan != null && plan.open() > 0) {
			fields.add(new Field.Text("This case has " + plan.open() + " open follow-up "
					+ (plan.open() == 1 ? "step" : "steps") + ": it is resolved once they are done or waived."));
			fields.add(new Field.Checkbox(WAIVE, "Open follow-up steps", "Waive them all with this note (supervisors)",
					false));
		}
		return new Form(CaseButtons.RESOLVE.action(), String.valueOf(number), "Resolve case " + number, "Resolve",
				fields);
	}

	/** What a step change says when done; it may refuse, as actions do. */
	private interface StepChange {

		String apply();

	}

	/** Checks the due time first, so its error shows beside it. */
	private Outcome changeStep(Answers answers, StepChange change) {
		try {
			followUps.parseDue(answers.text(DUE));
		}
		catch (IllegalArgumentException ex) {
			return Outcome.beside(DUE, String.valueOf(ex.getMessage()));
		}
		return new Outcome.Done(change.apply());
	}

	private static Form stepForm(String id, String target, String title, String subject, @Nullable FollowUpStep step) {
		return new Form(id, target, title, "Save", List.of(new Field.Text(subject),
				new Field.ShortText(TITLE, "What to do", null, step == null ? null : step.title(),
						FollowUpSettings.MAX_TITLE, true),
				new Field.ShortText(DUE, "Due", DUE_HINT, step == null ? null : step.dueAt().toString(), 40, true)));
	}

	private static long caseNumber(String target) {
		return Targets.number(target, "a case");
	}

}
