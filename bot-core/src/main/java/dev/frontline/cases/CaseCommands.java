package dev.frontline.cases;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import dev.frontline.cases.internal.CaseCard;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/**
 * The {@code /case} and {@code /cases} commands, the same on every chat platform:
 * adapters pass the text after the command and show the reply privately.
 */
@Service
public class CaseCommands {

	static final String CASE_USAGE = "Usage: /case <number> or /case search <words>";

	static final String CASES_USAGE = "Usage: /cases open|mine|overdue|escalated";

	private static final int SEARCH_LIMIT = 10;

	private static final int LIST_LIMIT = 20;

	private static final DateTimeFormatter STEP_DUE = DateTimeFormatter.ofPattern("EEE HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final Cases cases;

	private final People people;

	private final Clock clock;

	private final FollowUpPlans plans;

	CaseCommands(Cases cases, People people, Clock clock, FollowUpPlans plans) {
		this.plans = plans;
		this.cases = cases;
		this.people = people;
		this.clock = clock;
	}

	/** {@code /case 1042} or {@code /case search lost bag}. */
	public CommandReply caseCommand(Actor actor, String arguments) {
		try {
			people.require(actor, Role.STAFF);
		}
		catch (NotPermittedException refused) {
			return CommandReply.text(refused.getMessage());
		}
		String text = arguments.strip();
		if (text.isEmpty()) {
			return CommandReply.text(CASE_USAGE);
		}
		String[] words = text.split("\\s+");
		if (words[0].equalsIgnoreCase("search")) {
			return search(Arrays.asList(words).subList(1, words.length));
		}
		if (words.length > 1 || !text.matches("#?\\d{1,18}")) {
			return CommandReply.text("\"" + text + "\" is not a case number. " + CASE_USAGE);
		}
		long number = Long.parseLong(text.replace("#", ""));
		return cases.find(number)
			.map(view -> new CommandReply("Case " + number, List.of(CaseCard.of(view, clock.instant()))))
			.orElseGet(() -> CommandReply.text("There is no case " + number + ". " + CASE_USAGE));
	}

	/** {@code /cases open|mine|overdue|escalated}. */
	public CommandReply casesCommand(Actor actor, String arguments) {
		try {
			people.require(actor, Role.STAFF);
		}
		catch (NotPermittedException refused) {
			return CommandReply.text(refused.getMessage());
		}
		String which = arguments.strip().toLowerCase(Locale.ROOT);
		CaseFilter unresolved = CaseFilter.all(LIST_LIMIT)
			.withStatuses(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isUnresolved).toList());
		return switch (which) {
			case "open" -> listing("Open cases", cases.list(unresolved));
			case "mine" -> withSteps(
					listing("Your open cases",
							cases.list(unresolved.withOwner(actor.platform() + ":" + actor.userId()))),
					"Your follow-up steps",
					plans.openStepsOwnedBy(actor.platform() + ":" + actor.userId(), LIST_LIMIT));
			case "overdue" -> withSteps(
					listing("Cases past their acknowledgement time",
							cases.list(unresolved.acknowledgementOverdueAt(clock.instant()))),
					"Follow-up steps past due", plans.overdueSteps(clock.instant(), LIST_LIMIT));
			case "escalated" -> listing("Escalated cases", cases.list(unresolved.escalated()));
			case "" -> CommandReply.text(CASES_USAGE);
			default -> CommandReply.text("\"" + arguments.strip() + "\" is not a list I know. " + CASES_USAGE);
		};
	}

	private static CommandReply withSteps(CommandReply cases, String heading, List<CaseView.Step> steps) {
		StringBuilder text = new StringBuilder(cases.text()).append("\n").append(heading);
		if (steps.isEmpty()) {
			text.append(": none.");
		}
		else {
			text.append(" (").append(steps.size()).append("):");
			for (CaseView.Step step : steps) {
				text.append("\nstep ")
					.append(step.id())
					.append(" · case ")
					.append(step.caseNumber())
					.append(" · due ")
					.append(STEP_DUE.format(step.dueAt()))
					.append(" · ")
					.append(step.ownerName())
					.append(" · ")
					.append(step.title());
			}
		}
		return new CommandReply(text.toString(), cases.cards());
	}

	private CommandReply search(List<String> words) {
		if (words.isEmpty()) {
			return CommandReply.text("Say what to search for. " + CASE_USAGE);
		}
		String problem = CaseFilter.searchProblem(words);
		if (problem != null) {
			return CommandReply.text("Cannot search: " + problem + ".");
		}
		List<CaseSummary> found = cases.list(CaseFilter.all(SEARCH_LIMIT).withWords(words));
		return listing("Cases matching \"" + String.join(" ", words) + "\"", found);
	}

	private static CommandReply listing(String heading, List<CaseSummary> found) {
		if (found.isEmpty()) {
			return CommandReply.text(heading + ": none.");
		}
		StringBuilder text = new StringBuilder(heading).append(" (").append(found.size()).append("):");
		for (CaseSummary summary : found) {
			text.append('\n')
				.append(summary.severity())
				.append(" · ")
				.append(summary.number())
				.append(" · ")
				.append(summary.status())
				.append(" · ")
				.append(summary.team())
				.append(" · ")
				.append(summary.customerHandle() == null ? "unknown" : summary.customerHandle())
				.append(" · ")
				.append(summary.ownerName() == null ? "unowned" : summary.ownerName())
				.append(" · ")
				.append(summary.excerpt());
		}
		return CommandReply.text(text.toString());
	}

}
