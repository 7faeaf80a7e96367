package dev.frontline.console;

import java.util.Locale;
import java.util.stream.Collectors;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButton;
import dev.frontline.cases.CaseCommands;
import dev.frontline.cases.CaseConflictException;
import dev.frontline.cases.CommandReply;
import dev.frontline.cases.UnknownCaseException;
import dev.frontline.delivery.Card;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.incidents.IncidentButton;
import dev.frontline.incidents.IncidentConflictException;
import dev.frontline.incidents.Incidents;
import dev.frontline.incidents.UnknownIncidentException;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;

/**
 * Translates a typed line into a core call: slash commands as in Slack, and button
 * presses typed as {@code ack 12}, {@code escalate 12 <reason>},
 * {@code resolve 12 <note>}.
 */
class ConsoleCommands {

	static final String HELP = """
			Commands: /case <number> · /case search <words> · /cases open|mine|overdue|escalated · incident <number>
			Buttons:  ack <case> · escalate <case> <reason> · resolve <case> <note> · help
			          incident ack <number> · incident affected <number> · incident resolve <number> <note>""";

	private final CaseCommands caseCommands;

	private final CaseActions caseActions;

	private final Incidents incidents;

	private final IncidentActions incidentActions;

	private final Actor actor;

	ConsoleCommands(CaseCommands caseCommands, CaseActions caseActions, Incidents incidents,
			IncidentActions incidentActions, Actor actor) {
		this.caseCommands = caseCommands;
		this.caseActions = caseActions;
		this.incidents = incidents;
		this.incidentActions = incidentActions;
		this.actor = actor;
	}

	/** How a person types the press of a card's button. */
	static String typedFormOf(Card.Action action) {
		return CaseButton.withId(action.id()).map(button -> switch (button) {
			case ACKNOWLEDGE -> "ack " + action.value();
			case ESCALATE -> "escalate " + action.value() + " <reason>";
			case RESOLVE -> "resolve " + action.value() + " <note>";
		}).or(() -> IncidentButton.withId(action.id()).map(button -> switch (button) {
			case ACKNOWLEDGE_ALL -> "incident ack " + action.value();
			case AFFECTED_CUSTOMERS -> "incident affected " + action.value();
			case RESOLVE_ALL -> "incident resolve " + action.value() + " <note>";
		})).orElse(action.id() + " " + action.value());
	}

	/** Runs one typed line and returns what to print. */
	String run(String line) {
		String text = line.strip();
		if (text.isEmpty()) {
			return "";
		}
		String[] parts = text.split("\\s+", 3);
		String verb = parts[0].toLowerCase(Locale.ROOT);
		try {
			return switch (verb) {
				case "/case" -> render(caseCommands.caseCommand(actor, rest(text)));
				case "/cases" -> render(caseCommands.casesCommand(actor, rest(text)));
				case "ack", "acknowledge" -> {
					caseActions.acknowledge(caseNumber(parts, "ack <case>"), actor);
					yield "";
				}
				case "escalate" -> {
					caseActions.escalate(caseNumber(parts, "escalate <case> <reason>"), actor, argument(parts));
					yield "";
				}
				case "resolve" -> {
					caseActions.resolve(caseNumber(parts, "resolve <case> <note>"), actor, argument(parts));
					yield "";
				}
				case "incident" -> incident(text);
				case "help", "?" -> HELP;
				default -> "Unknown command \"" + ConsoleText.oneLine(parts[0]) + "\".\n" + HELP;
			};
		}
		catch (UsageException | UnknownCaseException | CaseConflictException | UnknownIncidentException
				| IncidentConflictException | NotPermittedException | IllegalArgumentException ex) {
			return ConsoleText.inert(String.valueOf(ex.getMessage()));
		}
	}

	/** {@code incident 7}, or a press of one of its buttons: {@code incident ack 7}. */
	private String incident(String text) {
		String[] parts = text.split("\\s+", 4);
		if (parts.length == 2) {
			return ConsoleRenderer.card("you", "private", incidents.card(number(parts[1], INCIDENT_USAGE)), false);
		}
		String usage = "Usage: " + INCIDENT_USAGE;
		if (parts.length < 3) {
			throw new UsageException(usage);
		}
		long number = number(parts[2], INCIDENT_USAGE);
		switch (parts[1].toLowerCase(Locale.ROOT)) {
			case "ack", "acknowledge" -> incidentActions.acknowledge(number, actor);
			case "affected" -> incidentActions.listAffected(number, actor);
			case "resolve" -> incidentActions.resolve(number, actor, parts.length > 3 ? parts[3] : "");
			default -> throw new UsageException(usage);
		}
		return "";
	}

	private static final String INCIDENT_USAGE = "incident <number> · incident ack|affected <number> · incident resolve <number> <note>";

	private static long number(String typed, String usage) {
		if (!typed.matches("#?\\d{1,18}")) {
			throw new UsageException("Usage: " + usage);
		}
		return Long.parseLong(typed.replace("#", ""));
	}

	private static String rest(String text) {
		int space = text.indexOf(' ');
		return space < 0 ? "" : text.substring(space + 1);
	}

	private static String argument(String[] parts) {
		return parts.length > 2 ? parts[2] : "";
	}

	private static long caseNumber(String[] parts, String usage) {
		if (parts.length < 2 || !parts[1].matches("#?\\d{1,18}")) {
			throw new UsageException("Usage: " + usage);
		}
		return Long.parseLong(parts[1].replace("#", ""));
	}

	private static String render(CommandReply reply) {
		String cards = reply.cards()
			.stream()
			.map(card -> ConsoleRenderer.card("you", "private", card, false))
			.collect(Collectors.joining("\n"));
		return ConsoleText.inert(reply.text()) + (cards.isEmpty() ? "" : "\n" + cards);
	}

	/** A typed line did not follow a command's form. */
	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
