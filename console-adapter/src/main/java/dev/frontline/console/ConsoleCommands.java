package dev.frontline.console;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import dev.frontline.cases.CaseConflictException;
import dev.frontline.cases.CommandReply;
import dev.frontline.cases.UnknownCaseException;
import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Outcome;
import dev.frontline.delivery.Card;
import dev.frontline.followups.FollowUpConflictException;
import dev.frontline.followups.FollowUps;
import dev.frontline.followups.UnknownStepException;
import dev.frontline.incidents.IncidentConflictException;
import dev.frontline.incidents.Incidents;
import dev.frontline.incidents.UnknownIncidentException;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.replies.DraftRef;
import dev.frontline.replies.ReplyConflictException;
import dev.frontline.replies.ReplyDraft;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.replies.UnknownDraftException;
import dev.frontline.stories.Story;
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
			          incident notify <number> [<notice>] · incident approve <number>:<notice>
			          incident update <number> [<text>] · incident notified <number> <cases|all>
			Home:     home (what waits for you, as Slack's App Home shows it; also story status)
			Stories:  /story (the form) · story nominated <nomination>
			          story preview|share|share-anonymously [for <nomination>] <answers>
			          story edit <id> <answers>
			          answers: what happened | what you did | what would have helped
			                   | process idea | tags
			          /stories this-week|last-week|themes|theme <tag>|actions|nominate <case>
			Leads:    story theme <id> <theme> · story action <id> <owner> <due> <what>
			          action done <id> · action waive <id> <reason>
			Reports:  /report [team] [week] (the weekly review: its summary, and the chart's file)
			Demo:     demo meeting (the clock moves on to the weekly story meeting)""";

	/** The words a line may start with, for completion and for "did you mean". */
	static final List<String> VERBS = List.of("/case", "/cases", "/story", "/stories", "ack", "escalate", "resolve",
			"severity", "move", "draft", "reply", "cancel", "posted", "edit", "approve", "changes", "approvals", "plan",
			"step", "resolve-waiving", "incident", "story", "action", "/report", "demo", "home", "as", "help");

	/** The commands whose next word is a case number. */
	static final Set<String> TAKES_A_CASE = Set.of("/case", "ack", "escalate", "resolve", "severity", "move", "draft",
			"reply", "cancel", "posted", "plan", "resolve-waiving");

	/** Separates a reply from its note to reviewers on one typed line. */
	static final String NOTE_SEPARATOR = " // ";

	private final Conversation conversation;

	private final Incidents incidents;

	private final ReplyDrafts replies;

	private final FollowUps followUps;

	private final ConsoleStories stories;

	private final Actor operator;

	private final boolean actAsOthers;

	private final IntSupplier width;

	/**
	 * @param actAsOthers whether {@code as <user> <line>} may act as another person (the
	 * local demo only)
	 * @param width how wide the terminal is, for the cards a command shows
	 */
	ConsoleCommands(Conversation conversation, Incidents incidents, ReplyDrafts replies, FollowUps followUps,
			ConsoleStories stories, Actor operator, boolean actAsOthers, IntSupplier width) {
		this.actAsOthers = actAsOthers;
		this.width = width;
		this.stories = stories;
		this.replies = replies;
		this.followUps = followUps;
		this.operator = operator;
		this.conversation = conversation;
		this.incidents = incidents;
	}

	/**
	 * How a person types the press of each button, by its action; {@code %s} is what it
	 * acts on. The approve value names the version shown, so a later edit refuses it.
	 */
	private static final Map<String, String> TYPED = Map.ofEntries(Map.entry("acknowledge", "ack %s"),
			Map.entry("draft-reply", "draft %s"), Map.entry("mark-posted", "posted %s <link>"),
			Map.entry("plan-follow-up", "plan %s"), Map.entry("add-step", "step add %s <due> <what>"),
			Map.entry("escalate", "escalate %s <reason>"),
			Map.entry("change-severity", "severity %s SEV1..SEV4 <reason>"),
			Map.entry("move-team", "move %s <team> <reason>"), Map.entry("resolve", "resolve %s <note>"),
			Map.entry("incident-acknowledge", "incident ack %s"),
			Map.entry("incident-affected", "incident affected %s"),
			Map.entry("incident-resolve", "incident resolve %s <note>"),
			Map.entry("incident-notify", "incident notify %s <notice>"),
			Map.entry("incident-notice-approve", "incident approve %s"),
			Map.entry("incident-update", "incident update %s <text>"),
			Map.entry("incident-notified", "incident notified %s <cases|all>"),
			Map.entry("reply-approve", "approve %s"), Map.entry("reply-changes", "changes %s <what to change>"),
			Map.entry("reply-edit", "edit %s"), Map.entry("step-done", "step done %s"),
			Map.entry("step-waive", "step waive %s <reason>"), Map.entry("step-reassign", "step reassign %s <user>"),
			Map.entry("step-edit", "step edit %s <due> <what>"), Map.entry("story-share", "/story"),
			Map.entry("story-share-case", "story nominated %s"), Map.entry("story-theme", "story theme %s <theme>"),
			Map.entry("story-improve", "story action %s <owner> <due> <what>"),
			Map.entry("action-done", "action done %s"), Map.entry("action-waive", "action waive %s <reason>"));

	/** How a person types the press of a card's button. */
	static String typedFormOf(Card.Action action) {
		String typed = TYPED.get(action.id());
		return typed == null ? action.id() + " " + action.value() : typed.replace("%s", action.value());
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
				case "/case", "/cases", "/stories" -> command(actor, verb, rest(text));
				case "ack", "acknowledge" -> {
					yield press(actor, "acknowledge", caseNumber(parts, "ack <case>"));
				}
				case "escalate" -> {
					yield submit(actor, "escalate", caseNumber(parts, "escalate <case> <reason>"),
							Map.of("text", argument(parts)));
				}
				case "resolve" -> {
					yield submit(actor, "resolve", caseNumber(parts, "resolve <case> <note>"),
							Map.of("text", argument(parts)));
				}
				case "severity" -> {
					String[] words = text.split("\\s+", 4);
					String usage = "severity <case> SEV1..SEV4 <reason>";
					yield submit(actor, "change-severity", caseNumber(words, usage),
							Map.of("choice", value(words, usage), "text", reason(words)));
				}
				case "move" -> {
					String[] words = text.split("\\s+", 4);
					String usage = "move <case> <team> <reason>";
					yield submit(actor, "move-team", caseNumber(words, usage),
							Map.of("choice", value(words, usage), "text", reason(words)));
				}
				case "draft" -> press(actor, "draft-reply", caseNumber(parts, "draft <case>"));
				case "reply" -> {
					String[] reply = withNote(argument(parts));
					yield submit(actor, "draft-reply", caseNumber(parts, "reply <case> <text> [// note to reviewers]"),
							reply(reply));
				}
				case "cancel" -> {
					conversation.closed(actor, "draft-reply", String.valueOf(caseNumber(parts, "cancel <case>")));
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
					DraftRef ref = DraftRef.of(approval[1]);
					yield submit(actor, "reply-approve",
							ref.id() + (ref.seenVersion() == null ? "" : ":" + ref.seenVersion()),
							Map.of("others", String.valueOf(!keep)));
				}
				case "changes" -> {
					yield submit(actor, "reply-changes", draftNumber(parts, "changes <draft> <what to change>"),
							Map.of("comment", argument(parts)));
				}
				case "posted" -> {
					yield submit(actor, "mark-posted", caseNumber(parts, "posted <case> <link>"),
							Map.of("link", argument(parts)));
				}
				case "approvals" -> approvals(actor);
				case "/story", "story" -> stories.story(text, actor);
				case "home" -> stories.home(actor);
				case "action" -> stories.action(text, actor);
				case "demo" -> stories.demo(text, actor);
				case "plan" -> {
					yield press(actor, "plan-follow-up", caseNumber(parts, "plan <case>"));
				}
				case "step" -> step(text, actor);
				case "resolve-waiving" -> {
					yield submit(actor, "resolve", caseNumber(parts, "resolve-waiving <case> <note>"),
							Map.of("text", argument(parts), "waive", "true"));
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
			return submit(actor, "add-step", number(parts[2], STEP_USAGE),
					Map.of("title", parts.length > 4 ? parts[4] : "", "due", parts.length > 3 ? parts[3] : ""));
		}
		if (!List.of("done", "waive", "reassign", "edit").contains(verb)) {
			throw new UsageException(usage);
		}
		String step = followUps.step(parts[2]).ref();
		String rest = text.split("\\s+", 4).length > 3 ? text.split("\\s+", 4)[3] : "";
		return switch (verb) {
			case "done" -> press(actor, "step-done", step);
			case "waive" -> submit(actor, "step-waive", step, Map.of("reason", rest));
			case "reassign" -> {
				if (parts.length != 4) {
					throw new UsageException(usage);
				}
				yield render(conversation.submit(actor, "step-reassign", step, new Answers(Map.of(),
						Map.of("owner", new Actor(ConsoleChatPlatform.NAME, parts[3], parts[3])))));
			}
			default -> submit(actor, "step-edit", step,
					Map.of("title", parts.length > 4 ? parts[4] : "", "due", parts.length > 3 ? parts[3] : ""));
		};
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
			return press(actor, "reply-edit", draft);
		}
		return submit(actor, "reply-edit-form", String.valueOf(draft), reply(withNote(parts[2])));
	}

	/**
	 * What a press or a submission came to, as the terminal shows it; a form is shown
	 * with how to type its submission.
	 */
	static String render(Outcome outcome) {
		return ConsoleText.inert(switch (outcome) {
			case Outcome.Nothing nothing -> "";
			case Outcome.Done done -> done.message();
			case Outcome.Refused refused -> refused.reason();
			case Outcome.Errors errors -> errors.sentence();
			case Outcome.Show show -> form(show.form());
			case Outcome.Later later -> render(later.work().get());
			// Only commands answer with cards, and they are shown by command().
			case Outcome.Answer answer -> answer.text();
		});
	}

	private static String form(Form form) {
		StringBuilder out = new StringBuilder(form.title()).append(" (only you see this).");
		for (Field field : form.fields()) {
			switch (field) {
				case Field.Text text -> out.append('\n').append(text.text());
				case Field.ShortText text when text.initial() != null ->
					out.append('\n').append(text.label()).append(": ").append(text.initial());
				case Field.LongText text when text.initial() != null ->
					out.append('\n').append(text.label()).append(": ").append(text.initial());
				default -> {
				}
			}
		}
		String target = form.target().contains(":") ? form.target().substring(form.target().lastIndexOf(':') + 1)
				: form.target();
		String typed = SUBMITS.getOrDefault(form.id(), TYPED.getOrDefault(form.id(), form.id() + " %s"));
		out.append("\nSubmit: ").append(typed.replace("%s", target));
		if (form.id().equals("draft-reply")) {
			out.append(" · close without submitting: cancel ").append(target);
		}
		return out.toString();
	}

	/** How a form that no button names is submitted. */
	private static final Map<String, String> SUBMITS = Map.of("draft-reply", "reply %s <text> [// note to reviewers]",
			"reply-edit-form", "edit %s <text> [// note to reviewers]", "reply-approve", "approve %s [keep]");

	private String press(Actor actor, String action, Object target) {
		return render(conversation.press(actor, action, String.valueOf(target)));
	}

	private String submit(Actor actor, String form, Object target, Map<String, String> answers) {
		return render(conversation.submit(actor, form, String.valueOf(target), Answers.of(answers)));
	}

	/** A reply and its note to reviewers as a form's answers. */
	private static Map<String, String> reply(String[] typed) {
		return typed[1] == null ? Map.of("reply", typed[0]) : Map.of("reply", typed[0], "note", typed[1]);
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
			return DraftRef.of(parts[1]).id();
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
		if (parts[1].equalsIgnoreCase("approve")) {
			return press(actor, "incident-notice-approve", parts[2]);
		}
		long number = number(parts[2], INCIDENT_USAGE);
		String typed = parts.length > 3 ? parts[3] : "";
		return switch (parts[1].toLowerCase(Locale.ROOT)) {
			case "ack", "acknowledge" -> press(actor, "incident-acknowledge", number);
			case "affected" -> press(actor, "incident-affected", number);
			case "resolve" -> submit(actor, "incident-resolve", number, Map.of("text", typed, "closing", "true"));
			// Without text the form shows what the notice starts from.
			case "notify" -> typed.isEmpty() ? press(actor, "incident-notify", number)
					: submit(actor, "incident-notify", number, Map.of("text", typed, "later", "true"));
			case "update" -> typed.isEmpty() ? press(actor, "incident-update", number)
					: submit(actor, "incident-update", number, Map.of("text", typed));
			case "notified" -> submit(actor, "incident-notified", number, Map.of("cases", typed));
			default -> throw new UsageException(usage);
		};
	}

	private static final String INCIDENT_USAGE = "incident <number> · incident ack|affected <number> · incident resolve <number> <note>"
			+ " · incident notify|update <number> [<text>] · incident approve <number>:<notice>"
			+ " · incident notified <number> <cases|all>";

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

	/** A command the core declares, its answer with its cards as wide as the terminal. */
	private String command(Actor actor, String name, String arguments) {
		CommandReply reply = CommandReply.of(conversation.command(actor, name, arguments));
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
