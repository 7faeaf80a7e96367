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
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;

/**
 * Translates a typed line into a core call: slash commands as in Slack, and button
 * presses typed as {@code ack 12}, {@code escalate 12 <reason>},
 * {@code resolve 12 <note>}.
 */
class ConsoleCommands {

	static final String HELP = """
			Commands: /case <number> · /case search <words> · /cases open|mine|overdue|escalated
			Buttons:  ack <case> · escalate <case> <reason> · resolve <case> <note> · help""";

	private final CaseCommands caseCommands;

	private final CaseActions caseActions;

	private final Actor actor;

	ConsoleCommands(CaseCommands caseCommands, CaseActions caseActions, Actor actor) {
		this.caseCommands = caseCommands;
		this.caseActions = caseActions;
		this.actor = actor;
	}

	/** How a person types the press of a card's button. */
	static String typedFormOf(Card.Action action) {
		return CaseButton.withId(action.id()).map(button -> switch (button) {
			case ACKNOWLEDGE -> "ack " + action.value();
			case ESCALATE -> "escalate " + action.value() + " <reason>";
			case RESOLVE -> "resolve " + action.value() + " <note>";
		}).orElse(action.id() + " " + action.value());
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
				case "help", "?" -> HELP;
				default -> "Unknown command \"" + ConsoleText.oneLine(parts[0]) + "\".\n" + HELP;
			};
		}
		catch (UsageException | UnknownCaseException | CaseConflictException | NotPermittedException
				| IllegalArgumentException ex) {
			return ConsoleText.inert(String.valueOf(ex.getMessage()));
		}
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
