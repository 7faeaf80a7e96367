package dev.frontline.console;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseButton;
import dev.frontline.cases.CaseCommands;
import dev.frontline.cases.CaseCorrections;
import dev.frontline.cases.CaseConflictException;
import dev.frontline.cases.CommandReply;
import dev.frontline.cases.UnknownCaseException;
import dev.frontline.delivery.Card;
import dev.frontline.followups.FollowUpConflictException;
import dev.frontline.followups.FollowUps;
import dev.frontline.followups.StepButton;
import dev.frontline.followups.UnknownStepException;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.incidents.IncidentButton;
import dev.frontline.incidents.IncidentConflictException;
import dev.frontline.incidents.Incidents;
import dev.frontline.incidents.UnknownIncidentException;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.replies.DraftForm;
import dev.frontline.replies.ReplyButton;
import dev.frontline.replies.ReplyConflictException;
import dev.frontline.replies.ReplyDraft;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.replies.UnknownDraftException;
import dev.frontline.stories.Stories;
import dev.frontline.stories.Story;
import dev.frontline.stories.StoryButton;
import dev.frontline.stories.StoryForm;

/**
 * Translates a typed line into a core call: slash commands as in Slack, and button
 * presses typed as {@code ack 12}, {@code escalate 12 <reason>},
 * {@code resolve 12 <note>}; a form is a command that shows what it would open, and one
 * that submits it.
 */
class ConsoleCommands {

	static final String HELP = """
			Cases:    /case <number> [history] · /case search <words>
			          /cases open|mine|overdue|escalated [page <n>]
			          approvals (drafts waiting for you) · as <user> <line> (act as another)
			Buttons:  ack <case> · escalate <case> <reason> · resolve <case> <note>
			          severity <case> SEV1..SEV4 <reason> · move <case> <team> <reason>
			          draft <case> · reply <case> <text> [// note to reviewers]
			          cancel <case> · posted <case> <link>
			          approve <draft>[:<version>] [keep] · changes <draft> <what to change>
			          edit <draft> [<text> [// note]]
			Steps:    plan <case> · step add <case> <due> <what>
			          step done|waive|reassign|edit <case>.<n> …, such as step done 1035.2
			          resolve-waiving <case> <note> (a supervisor waives the open steps)
			          due: 30m, 4h, 2d, 1d4h from now, or 2026-11-24T14:00:00Z
			Incidents: incident <number> · incident ack|affected <number>
			          incident resolve <number> <note>
			Stories:  /story (the form) · story status · story nominated <nomination>
			          story preview|share|share-anonymously [for <nomination>] <answers>
			          story edit <id> <answers>
			          answers: what happened | what you did | what would have helped
			                   | process idea | tags
			          /stories this-week|last-week|themes|theme <tag>|actions|nominate <case>
			Leads:    story theme <id> <theme> · story action <id> <owner> <due> <what>
			          action done <id> · action waive <id> <reason>
			Demo:     demo meeting (the clock moves on to the weekly story meeting)""";

	/** The words a line may start with, for completion and for "did you mean". */
	static final List<String> VERBS = List.of("/case", "/cases", "/story", "/stories", "ack", "escalate", "resolve",
			"severity", "move", "draft", "reply", "cancel", "posted", "edit", "approve", "changes", "approvals", "plan",
			"step", "resolve-waiving", "incident", "story", "action", "demo", "as", "help");

	/** The commands whose next word is a case number. */
	static final Set<String> TAKES_A_CASE = Set.of("/case", "ack", "escalate", "resolve", "severity", "move", "draft",
			"reply", "cancel", "posted", "plan", "resolve-waiving");

	/** Separates a reply from its note to reviewers on one typed line. */
	static final String NOTE_SEPARATOR = " // ";

	private final CaseCommands caseCommands;

	private final CaseActions caseActions;

	private final CaseCorrections corrections;

	private final Incidents incidents;

	private final IncidentActions incidentActions;

	private final ReplyDrafts replies;

	private final FollowUps followUps;

	private final Stories storyCommands;

	private final ConsoleStories stories;

	private final Actor operator;

	private final boolean actAsOthers;

	private final IntSupplier width;

	/**
	 * @param actAsOthers whether {@code as <user> <line>} may act as another person (the
	 * local demo only)
	 * @param width how wide the terminal is, for the cards a command shows
	 */
	ConsoleCommands(CaseCommands caseCommands, CaseActions caseActions, CaseCorrections corrections,
			Incidents incidents, IncidentActions incidentActions, ReplyDrafts replies, FollowUps followUps,
			Stories storyCommands, ConsoleStories stories, Actor operator, boolean actAsOthers, IntSupplier width) {
		this.actAsOthers = actAsOthers;
		this.width = width;
		this.storyCommands = storyCommands;
		this.stories = stories;
		this.replies = replies;
		this.followUps = followUps;
		this.operator = operator;
		this.caseCommands = caseCommands;
		this.caseActions = caseActions;
		this.corrections = corrections;
		this.incidents = incidents;
		this.incidentActions = incidentActions;
	}

	/** How a person types the press of a card's button. */
	static String typedFormOf(Card.Action action) {
		return CaseButton.withId(action.id()).map(button -> switch (button) {
			case ACKNOWLEDGE -> "ack " + action.value();
			case DRAFT_REPLY -> "draft " + action.value();
			case MARK_POSTED -> "posted " + action.value() + " <link>";
			case PLAN_FOLLOW_UP -> "plan " + action.value();
			case ADD_STEP -> "step add " + action.value() + " <due> <what>";
			case ESCALATE -> "escalate " + action.value() + " <reason>";
			case CHANGE_SEVERITY -> "severity " + action.value() + " SEV1..SEV4 <reason>";
			case MOVE_TEAM -> "move " + action.value() + " <team> <reason>";
			case RESOLVE -> "resolve " + action.value() + " <note>";
		}).or(() -> IncidentButton.withId(action.id()).map(button -> switch (button) {
			case ACKNOWLEDGE_ALL -> "incident ack " + action.value();
			case AFFECTED_CUSTOMERS -> "incident affected " + action.value();
			case RESOLVE_ALL -> "incident resolve " + action.value() + " <note>";
		})).or(() -> ReplyButton.withId(action.id()).map(button -> switch (button) {
			// The approve value names the version shown, so a later edit refuses it.
			case APPROVE -> "approve " + action.value();
			case REQUEST_CHANGES -> "changes " + action.value() + " <what to change>";
			case EDIT -> "edit " + action.value();
		})).or(() -> StepButton.withId(action.id()).map(button -> switch (button) {
			case DONE -> "step done " + action.value();
			case WAIVE -> "step waive " + action.value() + " <reason>";
			case REASSIGN -> "step reassign " + action.value() + " <user>";
			case EDIT -> "step edit " + action.value() + " <due> <what>";
		}))
			.or(() -> StoryButton.withId(action.id()).map(button -> ConsoleStories.typedFormOf(button, action.value())))
			.orElse(action.id() + " " + action.value());
	}

	/** Runs one typed line as the person at the terminal and returns what to print. */
	String run(String line) {
		String text = line.strip();
		String[] parts = text.split("\\s+", 3);
		if (parts[0].equalsIgnoreCase("as")) {
			if (!actAsOthers) {
				return "Sorry, \"as <user>\" only works in the local demo (./run-local, or"
						+ " frontline.console.act-as-others=true): here you act as yourself, " + operator.displayName()
						+ ".";
			}
			if (parts.length < 3) {
				return "Usage: as <user> <line>, for a person with a console identity under frontline.people";
			}
			return run(parts[2], new Actor(ConsoleChatPlatform.NAME, parts[1], parts[1]));
		}
		return run(text, operator);
	}

	private String run(String text, Actor actor) {
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
				case "severity" -> {
					String[] words = text.split("\\s+", 4);
					String usage = "severity <case> SEV1..SEV4 <reason>";
					corrections.changeSeverity(caseNumber(words, usage), actor, value(words, usage), reason(words));
					yield "";
				}
				case "move" -> {
					String[] words = text.split("\\s+", 4);
					String usage = "move <case> <team> <reason>";
					corrections.moveTeam(caseNumber(words, usage), actor, value(words, usage), reason(words));
					yield "";
				}
				case "draft" -> draftForm(replies.open(caseNumber(parts, "draft <case>"), actor));
				case "reply" -> {
					String[] reply = withNote(argument(parts));
					replies.submit(caseNumber(parts, "reply <case> <text> [// note to reviewers]"), actor, reply[0],
							reply[1]);
					yield "";
				}
				case "cancel" -> {
					replies.closeForm(caseNumber(parts, "cancel <case>"), actor);
					yield "Your draft form on case " + parts[1].replace("#", "") + " is closed.";
				}
				case "edit" -> edit(parts, actor);
				case "approve" -> {
					String[] approval = text.split("\\s+");
					boolean keep = approval.length == 3 && approval[2].equalsIgnoreCase("keep");
					if (approval.length < 2 || approval.length > 3 || (approval.length == 3 && !keep)) {
						throw new UsageException(
								"Usage: approve <draft> [keep], keep leaving the case's other drafts" + " in review");
					}
					replies.approve(ReplyButton.draftOf(approval[1]), actor, !keep);
					yield "";
				}
				case "changes" -> {
					replies.requestChanges(draftNumber(parts, "changes <draft> <what to change>"), actor,
							argument(parts));
					yield "";
				}
				case "posted" -> {
					replies.markPosted(caseNumber(parts, "posted <case> <link>"), actor, argument(parts));
					yield "";
				}
				case "approvals" -> approvals(actor);
				case "/story", "story" -> stories.story(text, actor);
				case "action" -> stories.action(text, actor);
				case "demo" -> stories.demo(text, actor);
				case "/stories" -> render(storyCommands.storiesCommand(actor, rest(text)));
				case "plan" -> {
					followUps.plan(caseNumber(parts, "plan <case>"), actor);
					yield "";
				}
				case "step" -> step(text, actor);
				case "resolve-waiving" -> {
					followUps.resolveWaivingOpenSteps(caseNumber(parts, "resolve-waiving <case> <note>"), actor,
							argument(parts));
					yield "";
				}
				case "incident" -> incident(text, actor);
				case "help", "?" -> HELP;
				default -> unknown(parts[0]);
			};
		}
		catch (UsageException | UnknownCaseException | CaseConflictException | UnknownIncidentException
				| IncidentConflictException | UnknownDraftException | ReplyConflictException | UnknownStepException
				| FollowUpConflictException | NotPermittedException | IllegalArgumentException ex) {
			return ConsoleText.inert(String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * {@code step add 1035 4h Call the station}, {@code step done 1035.2} and the other
	 * step buttons: a step is named by its case and place, never by a number of its own.
	 */
	private String step(String text, Actor actor) {
		String[] parts = text.split("\\s+", 5);
		String usage = "Usage: " + STEP_USAGE;
		if (parts.length < 3) {
			throw new UsageException(usage);
		}
		String verb = parts[1].toLowerCase(Locale.ROOT);
		if (verb.equals("add")) {
			followUps.addStep(number(parts[2], STEP_USAGE), actor, parts.length > 4 ? parts[4] : "",
					parts.length > 3 ? parts[3] : "");
			return "";
		}
		if (!List.of("done", "waive", "reassign", "edit").contains(verb)) {
			throw new UsageException(usage);
		}
		long step = followUps.step(parts[2]).id();
		String rest = text.split("\\s+", 4).length > 3 ? text.split("\\s+", 4)[3] : "";
		switch (verb) {
			case "done" -> followUps.done(step, actor);
			case "waive" -> followUps.waive(step, actor, rest);
			case "reassign" -> {
				if (parts.length != 4) {
					throw new UsageException(usage);
				}
				followUps.reassign(step, actor, new Actor(ConsoleChatPlatform.NAME, parts[3], parts[3]));
			}
			default -> followUps.edit(step, actor, parts.length > 4 ? parts[4] : "", parts.length > 3 ? parts[3] : "");
		}
		return "";
	}

	private static final String STEP_USAGE = "step add <case> <due> <what> · step done <case>.<step>"
			+ " · step waive <case>.<step> <reason> · step reassign <case>.<step> <user>"
			+ " · step edit <case>.<step> <due> <what> (such as step done 1035.2)";

	/** A short hint for a typo, instead of the whole help. */
	static String unknown(String typed) {
		String word = typed.toLowerCase(Locale.ROOT);
		String closest = VERBS.stream()
			.filter(verb -> !verb.equals("as"))
			.min(java.util.Comparator.comparingInt(verb -> distance(word, verb)))
			.orElseThrow();
		int allowed = word.length() <= 5 ? 1 : 2;
		String hint = distance(word, closest) <= allowed || (word.length() > 1 && closest.startsWith(word))
				? " Did you mean " + closest + "?" : "";
		return "Unknown command \"" + ConsoleText.oneLine(typed) + "\"." + hint + " Type help for the commands.";
	}

	/**
	 * How many letters to add, drop, change or swap with the next to turn one word into
	 * the other.
	 */
	private static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			for (int j = 0; j <= b.length(); j++) {
				if (i == 0 || j == 0) {
					d[i][j] = i + j;
					continue;
				}
				int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	/**
	 * {@code edit 7} opens the form with the draft's text; {@code edit 7 <text>} submits
	 * it.
	 */
	private String edit(String[] parts, Actor actor) {
		long draft = draftNumber(parts, "edit <draft> [<text> [// note to reviewers]]");
		if (parts.length < 3) {
			return draftForm(replies.openEdit(draft, actor));
		}
		String[] reply = withNote(parts[2]);
		replies.edit(draft, actor, reply[0], reply[1]);
		return "";
	}

	private static String draftForm(DraftForm form) {
		StringBuilder out = new StringBuilder();
		String subject = form.draftId() == null ? "Draft reply for case " + form.caseNumber()
				: "Edit draft reply " + form.draftId() + " of case " + form.caseNumber();
		out.append(subject).append(" (only you see this).\n");
		if (!form.othersDrafting().isEmpty()) {
			out.append("Also drafting: ")
				.append(String.join(", ", form.othersDrafting()))
				.append(". You may both go on; a reviewer picks one.\n");
		}
		out.append("Reply: ").append(form.prefill()).append('\n');
		if (form.note() != null) {
			out.append("Note to reviewers: ").append(form.note()).append('\n');
		}
		out.append(form.draftId() == null ? "Submit: reply " + form.caseNumber() + " <text> [// note to reviewers]"
				: "Submit: edit " + form.draftId() + " <text> [// note to reviewers]")
			.append(" · close without submitting: cancel ")
			.append(form.caseNumber());
		return ConsoleText.inert(out.toString());
	}

	private String approvals(Actor actor) {
		List<ReplyDraft> waiting = replies.waitingFor(actor);
		if (waiting.isEmpty()) {
			return "No drafts are waiting for your approval.";
		}
		StringBuilder out = new StringBuilder("Drafts waiting for your approval (" + waiting.size() + "):");
		for (ReplyDraft draft : waiting) {
			out.append("\n  draft ")
				.append(draft.id())
				.append(" · case ")
				.append(draft.caseNumber())
				.append(" · by ")
				.append(ConsoleText.oneLine(draft.authorName()))
				.append(" · ")
				.append(draft.findings().size())
				.append(" warnings · approve ")
				.append(draft.id())
				.append(':')
				.append(draft.version());
		}
		return out.toString();
	}

	/** A reply typed on one line, and its note to reviewers after {@code //}. */
	private static String[] withNote(String typed) {
		int separator = typed.indexOf(NOTE_SEPARATOR);
		return separator < 0 ? new String[] { typed, null }
				: new String[] { typed.substring(0, separator), typed.substring(separator + NOTE_SEPARATOR.length()) };
	}

	private static long draftNumber(String[] parts, String usage) {
		if (parts.length < 2) {
			throw new UsageException("Usage: " + usage);
		}
		try {
			return ReplyButton.draftOf(parts[1]).id();
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("Usage: " + usage);
		}
	}

	/** {@code incident 7}, or a press of one of its buttons: {@code incident ack 7}. */
	private String incident(String text, Actor actor) {
		String[] parts = text.split("\\s+", 4);
		if (parts.length == 2) {
			return ConsoleRenderer.card(null, incidents.card(number(parts[1], INCIDENT_USAGE)), false,
					width.getAsInt());
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

	/** The new value of {@code severity} or {@code move}: the word after the case. */
	private static String value(String[] words, String usage) {
		if (words.length < 3) {
			throw new UsageException("Usage: " + usage);
		}
		return words[2];
	}

	private static String reason(String[] words) {
		return words.length > 3 ? words[3] : "";
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

	private String render(CommandReply reply) {
		String cards = reply.cards()
			.stream()
			.map(card -> ConsoleRenderer.card(null, card, false, width.getAsInt()))
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
