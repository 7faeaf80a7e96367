package dev.frontline.cases;

import java.util.Arrays;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.TypedLine;
import dev.frontline.conversation.Button;

/**
 * The case card's buttons and the case commands as they are typed where a platform shows
 * only text: {@code ack 1042}, {@code escalate 1042 <reason>}, {@code /case 1042}.
 */
@Component
public class CaseTyping implements Interactions {

	/** How many open case numbers completion offers. */
	private static final int COMPLETED_CASES = 200;

	private final Cases cases;

	public CaseTyping(Cases cases) {
		this.cases = cases;
	}

	@Override
	public void declare(Declarations declare) {
		CaseFilter open = CaseFilter.all(COMPLETED_CASES)
			.withStatuses(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isUnresolved).toList());
		declare.typed()
			.openCases(() -> cases.list(open).stream().map(found -> String.valueOf(found.number())).toList())
			.verb("Cases", "/case", "/case <number> [history] · /case search <words>", line -> line.command())
			.caseAfter("/case")
			.verb("Cases", "/cases", "/cases open|mine|overdue|escalated [page <n>]", line -> line.command())
			.verb("Buttons", "ack", "ack <case>", line -> line.press(CaseButtons.ACKNOWLEDGE, line.number(1)))
			.alias("acknowledge", "ack")
			.button(CaseButtons.ACKNOWLEDGE, "ack %s")
			.verb("Buttons", "escalate", "escalate <case> <reason>",
					line -> line.submit(CaseButtons.ESCALATE.action(), line.number(1),
							Map.of(CaseConversation.TEXT, line.rest(2))))
			.button(CaseButtons.ESCALATE, "escalate %s <reason>")
			.verb("Buttons", "severity", "severity <case> SEV1..SEV4 <reason>",
					line -> correction(line, CaseButtons.CHANGE_SEVERITY))
			.button(CaseButtons.CHANGE_SEVERITY, "severity %s SEV1..SEV4 <reason>")
			.verb("Buttons", "move", "move <case> <team> <reason>", line -> correction(line, CaseButtons.MOVE_TEAM))
			.button(CaseButtons.MOVE_TEAM, "move %s <team> <reason>");
	}

	/** The new value is the word after the case, the reason all that follows. */
	private static Outcome correction(TypedLine line, Button button) {
		long number = line.number(1);
		return line.submit(button.action(), number,
				Map.of(CaseConversation.CHOICE, line.required(2), CaseConversation.TEXT, line.rest(3)));
	}

}
