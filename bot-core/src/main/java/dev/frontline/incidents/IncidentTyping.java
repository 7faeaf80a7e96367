package dev.frontline.incidents;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.TypedLine;

/**
 * An incident where a platform shows only text: {@code incident 7} shows its card, and
 * its buttons are typed after the word incident: {@code incident ack 7}.
 */
@Component
public class IncidentTyping implements Interactions {

	private static final String USAGE = "incident <number> · incident ack|affected <number>"
			+ " · incident resolve <number> <note> · incident notify|update <number> [<text>]"
			+ " · incident approve <number>:<notice> · incident notified <number> <cases|all>";

	private final Incidents incidents;

	public IncidentTyping(Incidents incidents) {
		this.incidents = incidents;
	}

	@Override
	public void declare(Declarations declare) {
		declare.typed()
			.verb("Incidents", "incident", USAGE, this::incident)
			.button(IncidentButtons.ACKNOWLEDGE_ALL, "incident ack %s")
			.button(IncidentButtons.AFFECTED_CUSTOMERS, "incident affected %s")
			.button(IncidentButtons.RESOLVE_ALL, "incident resolve %s <note>")
			.button(IncidentButtons.NOTIFY_AFFECTED, "incident notify %s <notice>")
			.button(IncidentButtons.APPROVE_NOTICE, "incident approve %s")
			.button(IncidentButtons.POST_UPDATE, "incident update %s <text>")
			.button(IncidentButtons.MARK_NOTIFIED, "incident notified %s <cases|all>");
	}

	private Outcome incident(TypedLine line) {
		if (line.count() == 2) {
			return new Outcome.Answer("", List.of(incidents.card(line.number(1))));
		}
		if (line.count() < 3) {
			throw line.usage();
		}
		String verb = line.word(1).toLowerCase(Locale.ROOT);
		if (verb.equals("approve")) {
			return line.press(IncidentButtons.APPROVE_NOTICE, line.word(2));
		}
		long number = line.number(2);
		String text = line.rest(3);
		return switch (verb) {
			case "ack", "acknowledge" -> line.press(IncidentButtons.ACKNOWLEDGE_ALL, number);
			case "affected" -> line.press(IncidentButtons.AFFECTED_CUSTOMERS, number);
			case "resolve" -> line.submit(IncidentButtons.RESOLVE_ALL.action(), number,
					Map.of(IncidentConversation.TEXT, text, IncidentConversation.CLOSING, "true"));
			// Without text the form shows what the notice starts from.
			case "notify" -> text.isEmpty() ? line.press(IncidentButtons.NOTIFY_AFFECTED, number)
					: line.submit(IncidentButtons.NOTIFY_AFFECTED.action(), number,
							Map.of(IncidentConversation.TEXT, text, IncidentConversation.LATER, "true"));
			case "update" -> text.isEmpty() ? line.press(IncidentButtons.POST_UPDATE, number) : line
				.submit(IncidentButtons.POST_UPDATE.action(), number, Map.of(IncidentConversation.TEXT, text));
			case "notified" ->
				line.submit(IncidentButtons.MARK_NOTIFIED.action(), number, Map.of(IncidentConversation.CASES, text));
			default -> throw line.usage();
		};
	}

}
