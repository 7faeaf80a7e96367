package dev.frontline.followups;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.frontline.cases.CaseButtons;
import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.TypedLine;

/**
 * The follow-up plan where a platform shows only text: {@code plan 1035},
 * {@code step add 1035 4h <what>}, {@code step done 1035.2}; a step is named by its case
 * and place, never by a number of its own.
 */
@Component
public class FollowUpTyping implements Interactions {

	private static final String STEP_USAGE = "step add <case> <due> <what> · step done <case>.<step>"
			+ " · step waive <case>.<step> <reason> · step reassign <case>.<step> <user>"
			+ " · step edit <case>.<step> <due> <what> (such as step done 1035.2)";

	private final FollowUps followUps;

	public FollowUpTyping(FollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public void declare(Declarations declare) {
		declare.typed()
			.verb("Buttons", "resolve", "resolve <case> <note>",
					line -> line.submit(CaseButtons.RESOLVE.action(), line.number(1),
							Map.of(FollowUpConversation.TEXT, line.rest(2))))
			.button(CaseButtons.RESOLVE, "resolve %s <note>")
			.verb("Steps", "plan", "plan <case>", line -> line.press(CaseButtons.PLAN_FOLLOW_UP, line.number(1)))
			.button(CaseButtons.PLAN_FOLLOW_UP, "plan %s")
			.verb("Steps", "step", STEP_USAGE, this::step)
			.button(CaseButtons.ADD_STEP, "step add %s <due> <what>")
			.button(StepButtons.DONE, "step done %s")
			.button(StepButtons.WAIVE, "step waive %s <reason>")
			.button(StepButtons.REASSIGN, "step reassign %s <user>")
			.button(StepButtons.EDIT, "step edit %s <due> <what>")
			.verb("Steps", "resolve-waiving", "resolve-waiving <case> <note> (a supervisor waives the open steps)",
					line -> line.submit(CaseButtons.RESOLVE.action(), line.number(1),
							Map.of(FollowUpConversation.TEXT, line.rest(2), FollowUpConversation.WAIVE, "true")));
	}

	private Outcome step(TypedLine line) {
		if (line.count() < 3) {
			throw line.usage();
		}
		String verb = line.word(1).toLowerCase(Locale.ROOT);
		Map<String, String> change = Map.of(FollowUpConversation.TITLE, line.rest(4), FollowUpConversation.DUE,
				line.word(3));
		if (verb.equals("add")) {
			return line.submit(CaseButtons.ADD_STEP.action(), line.number(2), change);
		}
		if (!List.of("done", "waive", "reassign", "edit").contains(verb)) {
			throw line.usage();
		}
		String step = followUps.step(line.word(2)).ref();
		return switch (verb) {
			case "done" -> line.press(StepButtons.DONE, step);
			case "waive" ->
				line.submit(StepButtons.WAIVE.action(), step, Map.of(FollowUpConversation.REASON, line.rest(3)));
			case "reassign" -> {
				if (line.count() != 4) {
					throw line.usage();
				}
				yield line.submit(StepButtons.REASSIGN.action(), step,
						new Answers(Map.of(), Map.of(FollowUpConversation.OWNER, line.person(line.word(3)))));
			}
			default -> line.submit(StepButtons.EDIT.action(), step, change);
		};
	}

}
