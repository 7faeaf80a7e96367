package dev.frontline.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

import dev.frontline.cases.internal.CaseCard;
import dev.frontline.conversation.CommandOptions;
import dev.frontline.conversation.CommandOptions.Option;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Interactions;
import dev.frontline.delivery.Card;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/**
 * The {@code /case} and {@code /cases} commands, the same on every chat platform:
 * declared to the conversation port, to which adapters pass the text after the command;
 * they show the answer privately.
 */
@Service
public class CaseCommands implements Interactions {

	static final String CASE_USAGE = "Usage: /case <number> [history] or /case search <words>";

	static final String CASES_USAGE = "Usage: /cases open|mine|overdue|escalated [page <n>]";

	private static final int SEARCH_LIMIT = 10;

	/** How many cases or steps one page of a list shows. */
	static final int PAGE_SIZE = 20;

	/** The history entries of corrections staff made to triage's verdict. */
	private static final Set<String> CORRECTIONS = Set.of("CORRECTED", "MOVED");

	/** How many of a case's latest messages and history entries {@code /case} shows. */
	static final int LATEST_MESSAGES = 3;

	static final int LATEST_HISTORY = 8;

	private static final int MESSAGE_EXCERPT = 280;

	private static final int DETAIL_EXCERPT = 300;

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

	/**
	 * {@code number:1042} is {@code 1042}, with {@code history} when asked for;
	 * {@code search:lost bag} is {@code search lost bag}.
	 */
	static final CommandOptions CASE = new CommandOptions("/case", "Show a case privately, by number or by words", true,
			false,
			List.of(Option.number("number", "The case number, such as 1042"),
					Option.text("search", "Words to look for, such as lost bag"),
					Option.yesNo("history", "The case's whole history")),
			answers -> {
				String number = answers.text("number");
				if (!number.isEmpty()) {
					return answers.ticked("history") ? number + " history" : number;
				}
				return answers.text("search").isEmpty() ? "" : "search " + answers.text("search");
			});

	/** {@code filter:open page:2} is {@code open page 2}. */
	static final CommandOptions CASES = new CommandOptions("/cases", "List cases privately", true, false,
			List.of(Option.text("filter", "Which cases")
				.requiredOneOf(new Field.Option("open", "open"), new Field.Option("mine", "mine"),
						new Field.Option("overdue", "overdue"), new Field.Option("escalated", "escalated")),
					Option.number("page", "Which page, 20 cases each, most urgent first").atLeast(1)),
			answers -> answers.text("filter")
					+ (answers.text("page").isEmpty() ? "" : " page " + answers.text("page")));

	@Override
	public void declare(Declarations declare) {
		declare.command(CASE, (actor, arguments) -> caseCommand(actor, arguments).answer())
			.command(CASES, (actor, arguments) -> casesCommand(actor, arguments).answer());
	}

	/**
	 * {@code /case 1042} (its card, latest messages and recent history),
	 * {@code /case 1042 history} (all of its history) or {@code /case search lost bag}.
	 */
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
		boolean fullHistory = words.length == 2 && words[1].equalsIgnoreCase("history");
		if ((words.length > 1 && !fullHistory) || !words[0].matches("#?\\d{1,18}")) {
			return CommandReply.text("\"" + text + "\" is not a case number. " + CASE_USAGE);
		}
		long number = Long.parseLong(words[0].replace("#", ""));
		return cases.find(number)
			.map(view -> fullHistory ? CommandReply.text(history(view, view.history().size()))
					: new CommandReply(latest(view), List.of(CaseCard.of(view, clock.instant()))))
			.orElseGet(() -> CommandReply.text("There is no case " + number + ". " + CASE_USAGE));
	}

	/** {@code /cases open|mine|overdue|escalated}, each optionally {@code page 2}. */
	public CommandReply casesCommand(Actor actor, String arguments) {
		try {
			people.require(actor, Role.STAFF);
		}
		catch (NotPermittedException refused) {
			return CommandReply.text(refused.getMessage());
		}
		String[] words = arguments.strip().toLowerCase(Locale.ROOT).split("\\s+");
		String which = words[0];
		int page = 1;
		if (words.length > 1) {
			String typed = words.length == 3 && words[1].equals("page") ? words[2] : words.length == 2 ? words[1] : "";
			if (!typed.matches("\\d{1,6}") || Integer.parseInt(typed) < 1) {
				return CommandReply.text("\"" + arguments.strip() + "\" is not a list I know. " + CASES_USAGE);
			}
			page = Integer.parseInt(typed);
		}
		CaseFilter unresolved = CaseFilter.all(PAGE_SIZE)
			.withStatuses(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isUnresolved).toList())
			.mostUrgentFirst()
			.page(page);
		String ownerId = actor.platform() + ":" + actor.userId();
		return switch (which) {
			case "open" -> listing("Open cases", "open", unresolved, page);
			case "mine" -> withSteps(listing("Your open cases", "mine", unresolved.withOwner(ownerId), page),
					"Your follow-up steps", plans.openStepsOwnedBy(ownerId, PAGE_SIZE));
			case "overdue" -> withSteps(
					listing("Cases past their acknowledgement time", "overdue",
							unresolved.acknowledgementOverdueAt(clock.instant()), page),
					"Follow-up steps past due", plans.overdueSteps(clock.instant(), PAGE_SIZE));
			case "escalated" -> listing("Escalated cases", "escalated", unresolved.escalated(), page);
			case "" -> CommandReply.text(CASES_USAGE);
			default -> CommandReply.text("\"" + arguments.strip() + "\" is not a list I know. " + CASES_USAGE);
		};
	}

	/** The case's latest messages and recent history, above its card. */
	private String latest(CaseView view) {
		List<ComplaintView> messages = view.complaints();
		int shown = Math.min(LATEST_MESSAGES, messages.size());
		StringBuilder text = new StringBuilder("Case ").append(view.number()).append(" · ");
		text.append(shown == messages.size() ? (messages.size() == 1 ? "its message:" : "its " + shown + " messages:")
				: "its latest " + shown + " of " + messages.size() + " messages:");
		Instant now = clock.instant();
		for (ComplaintView message : messages.subList(messages.size() - shown, messages.size())) {
			text.append("\n  ")
				.append(Card.time(message.postedAt(), now))
				.append(" · ")
				.append(message.author().handle() == null ? "unknown" : message.author().handle())
				.append(": ")
				.append(excerpt(message.text(), MESSAGE_EXCERPT));
		}
		CaseView.Notified notified = view.notified();
		if (notified != null) {
			// Said above the history, so nobody answers a customer who was already told.
			text.append("\nCustomer ")
				.append(CaseCard.notifiedAt(notified, now))
				.append(": ")
				.append(excerpt(notified.text(), MESSAGE_EXCERPT));
		}
		return text.append('\n').append(history(view, LATEST_HISTORY)).toString();
	}

	/** The latest entries of the case's history, oldest of them first. */
	private String history(CaseView view, int latest) {
		List<HistoryEntry> entries = view.history();
		int shown = Math.min(latest, entries.size());
		StringBuilder text = new StringBuilder();
		if (shown == entries.size()) {
			text.append("History of case ").append(view.number()).append(" (").append(entries.size()).append("):");
		}
		else {
			text.append("History of case ")
				.append(view.number())
				.append(", the latest ")
				.append(shown)
				.append(" of ")
				.append(entries.size())
				.append(" (all: /case ")
				.append(view.number())
				.append(" history):");
		}
		Instant now = clock.instant();
		for (HistoryEntry entry : entries.subList(entries.size() - shown, entries.size())) {
			text.append("\n  ").append(Card.time(entry.at(), now)).append(" · ");
			if (CORRECTIONS.contains(entry.action()) && entry.detail() != null) {
				// A correction reads as a sentence: corrected by Sam: SEV3 → SEV1 (an
				// injury)
				text.append(entry.action().toLowerCase(Locale.ROOT))
					.append(" by ")
					.append(personOf(entry.actor()))
					.append(": ")
					.append(excerpt(entry.detail(), DETAIL_EXCERPT));
				continue;
			}
			text.append(entry.action().toLowerCase(Locale.ROOT).replace('_', ' '))
				.append(" · ")
				.append(personOf(entry.actor()));
			if (entry.detail() != null && !entry.detail().isBlank()) {
				text.append(" · ").append(excerpt(entry.detail(), DETAIL_EXCERPT));
			}
		}
		return text.toString();
	}

	/**
	 * {@code Sam (slack:U0123)} reads as {@code Sam}: the platform's id means nothing
	 * here.
	 */
	private static String personOf(String actor) {
		return actor.replaceFirst(" \\([a-z]+:[^)]*\\)$", "");
	}

	private CommandReply withSteps(CommandReply cases, String heading, List<CaseView.Step> steps) {
		StringBuilder text = new StringBuilder(cases.text()).append("\n").append(heading);
		if (steps.isEmpty()) {
			text.append(": none.");
		}
		else {
			text.append(" (").append(steps.size() == PAGE_SIZE ? "the first " + PAGE_SIZE : steps.size()).append("):");
			Instant now = clock.instant();
			for (CaseView.Step step : steps) {
				text.append("\nstep ")
					.append(step.ref())
					.append(" · due ")
					.append(Card.time(step.dueAt(), now))
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
		CaseFilter filter = CaseFilter.all(SEARCH_LIMIT).withWords(words);
		List<CaseSummary> found = cases.list(filter);
		String heading = "Cases matching \"" + String.join(" ", words) + "\"";
		if (found.isEmpty()) {
			return CommandReply.text(heading + ": none.");
		}
		long total = found.size() < SEARCH_LIMIT ? found.size() : cases.count(filter);
		String count = total == found.size() ? " (" + total + "), newest first:"
				: ": " + found.size() + " of " + total + ", newest first (add words to narrow it):";
		return CommandReply.text(lines(heading + count, found));
	}

	/**
	 * One page of a list, most urgent first, saying how many there are in all and how to
	 * see the next page.
	 */
	private CommandReply listing(String heading, String list, CaseFilter filter, int page) {
		List<CaseSummary> found = cases.list(filter);
		long total = page == 1 && found.size() < filter.limit() ? found.size() : cases.count(filter);
		if (total == 0) {
			return CommandReply.text(heading + ": none.");
		}
		long pages = (total + filter.limit() - 1) / filter.limit();
		if (found.isEmpty()) {
			return CommandReply.text(heading + ": there " + (pages == 1 ? "is 1 page" : "are " + pages + " pages")
					+ " of them, not " + page + ". See /cases " + list + (pages == 1 ? "" : " page " + pages) + ".");
		}
		StringBuilder header = new StringBuilder(heading);
		if (pages == 1) {
			header.append(" (").append(total).append("), most urgent first:");
		}
		else {
			header.append(": ")
				.append(filter.offset() + 1)
				.append(filter.offset() + found.size() == filter.offset() + 1 ? ""
						: "–" + (filter.offset() + found.size()))
				.append(" of ")
				.append(total)
				.append(", most urgent first (page ")
				.append(page)
				.append(" of ")
				.append(pages)
				.append(page < pages ? "; the next: /cases " + list + " page " + (page + 1) : "")
				.append("):");
		}
		return CommandReply.text(lines(header.toString(), found));
	}

	private String lines(String header, List<CaseSummary> found) {
		StringBuilder text = new StringBuilder(header);
		Instant now = clock.instant();
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
				.append(summary.ownerName() == null ? "unowned" : summary.ownerName());
			if (summary.status() == CaseStatus.OPEN && summary.acknowledgeBy() != null) {
				text.append(" · ")
					.append(now.isBefore(summary.acknowledgeBy())
							? CaseCard.minutes(Duration.between(now, summary.acknowledgeBy())) + " left"
							: "BREACHED " + CaseCard.minutes(Duration.between(summary.acknowledgeBy(), now)) + " ago");
			}
			text.append(" · ").append(summary.excerpt());
		}
		return text.toString();
	}

	private static String excerpt(String text, int max) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
	}

}
