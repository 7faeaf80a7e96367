package dev.frontline.console;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.frontline.console.ConsoleCommands.UsageException;
import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Conversation;
import dev.frontline.people.Actor;
import dev.frontline.scheduling.DemoClock;
import dev.frontline.stories.Nomination;
import dev.frontline.stories.Stories;
import dev.frontline.stories.Story;
import dev.frontline.stories.StoryForm;
import dev.frontline.stories.StoryMeetings;
import dev.frontline.stories.StoryRedaction;
import dev.frontline.stories.StoryStatus;
import dev.frontline.followups.FollowUps;

/**
 * The weekly story typed at the terminal: the form's five answers on one line between
 * bars, a nominated case's form printed ready to change, the supervisors' themes and
 * improvement actions, and what Slack's App Home shows about the story.
 */
class ConsoleStories {

	static final String USAGE = "story preview|share|share-anonymously [for <nomination>] <answers>"
			+ " · story edit <id> <answers> · story nominated <nomination> · story status"
			+ " · story theme <id> <theme> · story action <id> <owner> <due> <what>"
			+ " · action done <id> · action waive <id> <reason>;"
			+ " answers: what happened | what you did | what would have helped | process idea | tags";

	private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final Stories stories;

	private final Conversation conversation;

	private final StoryMeetings meetings;

	private final Clock clock;

	ConsoleStories(Stories stories, Conversation conversation, StoryMeetings meetings, Clock clock) {
		this.stories = stories;
		this.conversation = conversation;
		this.meetings = meetings;
		this.clock = clock;
	}

	/**
	 * {@code demo meeting}: in the demo, the clock moves on to the team's weekly story
	 * meeting and the digest is posted, so themes and improvement actions can be tried.
	 */
	String demo(String text, Actor actor) {
		if (!text.strip().toLowerCase(Locale.ROOT).matches("demo\\s+meeting")) {
			throw new UsageException("Usage: demo meeting (moves the demo's clock to the weekly story meeting)");
		}
		if (!(clock instanceof DemoClock demo)) {
			throw new UsageException("Only the demo's clock can be moved (./run-local); this run keeps real time.");
		}
		StoryMeetings.Meeting meeting = meetings.holdNext(actor, demo::moveTo);
		return "The demo's clock now reads " + MEETING.format(meeting.at()) + ": the " + meeting.team()
				+ " team's weekly story meeting. Its digest comes to #" + meeting.team() + ", each story with its"
				+ " buttons; try story theme <id> <theme> and story action <id> <owner> <due> <what>, then"
				+ " /stories actions. Case clocks moved on too.";
	}

	/**
	 * {@code /story} shows the form; {@code story preview …} shows the story as others
	 * would read it; {@code story share …} shares it; the rest as {@link #USAGE} says.
	 */
	String story(String text, Actor actor) {
		String[] parts = text.split("\\s+", 3);
		if (parts.length == 1) {
			Stories.Opened opened = stories.open(actor);
			String editing = opened.editing() == null ? "" : "\nYour story " + opened.editing().id()
					+ " can still be changed: story edit " + opened.editing().id() + " <answers>";
			return "Share one challenging situation from the past week with " + opened.team() + ". "
					+ StoryRedaction.WHAT_IS_TAKEN_OUT + " Sharing anonymously cannot be undone.\nUsage: " + USAGE
					+ editing;
		}
		String verb = parts[1].toLowerCase(Locale.ROOT);
		String[] words = text.split("\\s+", 6);
		return switch (verb) {
			case "status" -> status(actor);
			case "edit" -> {
				String[] edit = text.split("\\s+", 4);
				if (edit.length < 4) {
					throw new UsageException("Usage: " + USAGE);
				}
				Story story = stories.edit(actor, number(edit[2]), answers(edit[3], false));
				yield "Story " + story.id() + " changed; it is in the next digest as:\n"
						+ ConsoleText.inert(shown(story));
			}
			case "nominated" -> {
				Stories.Opened opened = stories.openNominated(actor, number(words.length > 2 ? words[2] : ""));
				StoryForm prefill = opened.prefill();
				yield ConsoleText.inert("Filled in from the nominated case, redacted (a story from a known case may be"
						+ " recognisable even without your name). Change anything, add what would have helped, and"
						+ " share it with:\nstory share for " + opened.nomination() + " " + prefill.whatHappened()
						+ " | " + prefill.whatYouDid() + " | <what would have helped> |  | " + prefill.tags());
			}
			case "theme" -> {
				String[] theme = text.split("\\s+", 4);
				if (theme.length < 4) {
					throw new UsageException("Usage: story theme <id> <theme>");
				}
				yield ConsoleCommands.render(conversation.submit(actor, "story-theme", String.valueOf(number(theme[2])),
						Answers.of(Map.of("theme", theme[3]))));
			}
			case "action" -> {
				if (words.length < 6) {
					throw new UsageException("Usage: story action <id> <owner> <due> <what>");
				}
				yield ConsoleCommands.render(conversation.submit(actor, "story-improve",
						String.valueOf(number(words[2])), new Answers(Map.of("title", words[5], "due", words[4]),
								Map.of("owner", new Actor(ConsoleChatPlatform.NAME, words[3], words[3])))));
			}
			case "preview", "share", "share-anonymously" -> {
				String[] answers = text.split("\\s+", 5);
				Long nomination = null;
				String typed = parts.length > 2 ? parts[2] : "";
				if (answers.length == 5 && answers[2].equalsIgnoreCase("for")) {
					nomination = number(answers[3]);
					typed = answers[4];
				}
				if (typed.isBlank()) {
					throw new UsageException("Usage: " + USAGE);
				}
				yield share(verb, actor, answers(typed, verb.equals("share-anonymously")), nomination);
			}
			default -> throw new UsageException("Usage: " + USAGE);
		};
	}

	/**
	 * {@code action done 3} and {@code action waive 3 <reason>}: an improvement action's
	 * buttons.
	 */
	String action(String text, Actor actor) {
		String[] parts = text.split("\\s+", 4);
		if (parts.length < 3) {
			throw new UsageException("Usage: action done <id> · action waive <id> <reason>");
		}
		String id = String.valueOf(number(parts[2]));
		return ConsoleCommands.render(switch (parts[1].toLowerCase(Locale.ROOT)) {
			case "done" -> conversation.press(actor, "action-done", id);
			case "waive" -> conversation.submit(actor, "action-waive", id,
					Answers.of(Map.of("reason", parts.length > 3 ? parts[3] : "")));
			default -> throw new UsageException("Usage: action done <id> · action waive <id> <reason>");
		});
	}

	private String share(String verb, Actor actor, StoryForm form, @Nullable Long nomination) {
		if (verb.equals("preview")) {
			Stories.Preview preview = stories.preview(actor, form, nomination);
			return "As the team will read it (" + preview.summary()
					+ " Other names may remain: please leave them out.):\n"
					+ ConsoleText.inert(shown(preview.redacted()));
		}
		Story story = stories.share(actor, form, nomination);
		return "Thank you. Story " + story.id() + " is in the next digest"
				+ (story.authorName() == null ? ", with no name; nothing links it to you." : " as:")
				+ (story.authorName() == null ? "" : "\n" + ConsoleText.inert(shown(story)));
	}

	/** What App Home shows about the story, for the person at the terminal. */
	private String status(Actor actor) {
		StoryStatus status = stories.statusOf(actor).orElse(null);
		if (status == null) {
			return "You're not in a team's story rotation.";
		}
		StringBuilder out = new StringBuilder("Your weekly story · ").append(status.team());
		StoryStatus.Week week = status.week();
		if (week == null) {
			out.append("\n  The team has not been asked yet. You can share one any time: /story");
		}
		else {
			out.append("\n  ")
				.append(week.presenting() ? "You present it"
						: "Presenter: " + (week.presenterName() == null ? "nobody" : week.presenterName()))
				.append(" · digest ")
				.append(week.digestPosted() ? "posted " : "")
				.append(FollowUps.DUE.format(week.digestAt()))
				.append("\n  ")
				.append(week.answered() ? "You have shared a story this week." : "You have not shared one yet: /story");
		}
		if (status.editable() != null) {
			out.append("\n  Your story ").append(status.editable().id()).append(" can still change: story edit");
		}
		for (Nomination nomination : status.nominations()) {
			out.append("\n  Case ")
				.append(nomination.caseNumber())
				.append(" was nominated for you: story nominated ")
				.append(nomination.id());
		}
		status.actions().forEach(action -> out.append("\n  ").append(action.line()));
		return ConsoleText.inert(out.toString());
	}

	/** The five answers of the form, typed on one line between {@code |}. */
	private static StoryForm answers(String typed, boolean anonymous) {
		String[] answers = (typed + " ").split("\\|", -1);
		if (answers.length != 5) {
			throw new UsageException(
					"Please give the five answers between | (leave the process idea empty if" + " none): " + USAGE);
		}
		String idea = answers[3].strip();
		return new StoryForm(answers[0].strip(), answers[1].strip(), answers[2].strip(), idea.isEmpty() ? null : idea,
				answers[4].strip(), anonymous);
	}

	private static String shown(StoryForm form) {
		return "  What happened: " + form.whatHappened() + "\n  What you did: " + form.whatYouDid()
				+ "\n  What would have helped: " + form.whatWouldHaveHelped()
				+ (form.processIdea() == null ? "" : "\n  Process idea: " + form.processIdea()) + "\n  Tags: "
				+ String.join(", ", form.tagList());
	}

	private static String shown(Story story) {
		return shown(new StoryForm(story.whatHappened(), story.whatYouDid(), story.whatWouldHaveHelped(),
				story.processIdea(), String.join(",", story.tags()), story.authorName() == null));
	}

	private static long number(String typed) {
		if (!typed.matches("#?\\d{1,18}")) {
			throw new UsageException("Usage: " + USAGE);
		}
		return Long.parseLong(typed.replace("#", ""));
	}

}
