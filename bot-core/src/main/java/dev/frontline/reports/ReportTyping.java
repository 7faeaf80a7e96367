package dev.frontline.reports;

import org.springframework.stereotype.Component;

import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.TypedLine;

/** {@code /report} where a platform shows only text, as the command it is. */
@Component
public class ReportTyping implements Interactions {

	@Override
	public void declare(Declarations declare) {
		declare.typed()
			.verb("Reports", "/report", "/report [team] [week] (the weekly review: its summary and its chart)",
					TypedLine::command);
	}

}
