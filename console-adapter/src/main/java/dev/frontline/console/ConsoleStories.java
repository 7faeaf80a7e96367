package dev.frontline.console;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.frontline.console.ConsoleCommands.UsageException;
import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Outcome;
import dev.frontline.home.Home;
import dev.frontline.home.Homes;
import dev.frontline.people.Actor;
import dev.frontline.scheduling.DemoClock;
import dev.frontline.stories.StoryMeetings;

/**
 * The weekly story typed at the terminal: the form's five answers on one line between
 * bars, a nominated case's form printed ready to change, the supervisors' themes and
 * improvement actions, and the person's home as Slack's App Home shows it.
 */
class ConsoleStories {

	static final String USAGE = "story preview|share|share-anonymously [for <nomination>] <answers>"
			+ " · story edit <id> <answers> · story nominated <nomination> · story status"
			+ " · story theme <id> <theme> · story action <id> <owner> <due> <what>"
			+ " · action done <id> · action waive <id> <reason>;"
			+ " answers: what happened | what you did | what would have helped | process idea | tags";

	private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final Homes homes;

	private final Conversation conversation;

	private final StoryMeetings meetings;

	private final Clock clock;

	ConsoleStories(Homes homes, Conversation conversation, StoryMeetings meetings, Clock clock) {
		this.homes = homes;
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
			return form(conversation.command(actor, "/story", ""));
		}
		String verb = parts[1].toLowerCase(Locale.ROOT);
		String[] words = text.split("\\s+", 6);
		return switch (verb) {
			case "status" -> home(actor);
			case "edit" -> {
				String[] edit = text.split("\\s+", 4);
				if (edit.length < 4) {
					throw new UsageException("Usage: " + USAGE);
				}
				yield share(actor, "edit:" + number(edit[2]), edit[3], "named");
			}
			case "nominated" -> form(conversation.press(actor, "story-share-case",
					String.valueOf(number(words.length > 2 ? words[2] : ""))));
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
				String target = "";
				String typed = parts.length > 2 ? parts[2] : "";
				if (answers.length == 5 && answers[2].equalsIgnoreCase("for")) {
					target = "case:" + number(answers[3]);
					typed = answers[4];
				}
				if (typed.isBlank()) {
					throw new UsageException("Usage: " + USAGE);
				}
				yield share(actor, target, typed, switch (verb) {
					case "preview" -> null;
					case "share" -> "named";
					default -> "anonymous";
				});
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

	/**
	 * Submits the story form; its preview is shown, or, when the person said how, shared
	 * that way at once.
	 * @param way {@code named}, {@code anonymous}, or null to only preview it
	 */
	private String share(Actor actor, String target, String typed, @Nullable String way) {
		Outcome previewed = conversation.submit(actor, "story-form", target, answers(typed));
		if (!(previewed instanceof Outcome.Show preview)) {
			return ConsoleCommands.render(previewed);
		}
		if (way == null) {
			String said = preview.form()
				.fields()
				.stream()
				.filter(Field.Text.class::isInstance)
				.map(field -> ((Field.Text) field).text())
				.collect(Collectors.joining("\n"));
			return ConsoleText.inert(said);
		}
		return ConsoleCommands.render(
				conversation.submit(actor, "story-preview", preview.form().target(), Answers.of(Map.of("share", way))));
	}

	/**
	 * A story form as the terminal shows it: what it says, what it starts with, and how
	 * to type its answers.
	 */
	private static String form(Outcome outcome) {
		if (!(outcome instanceof Outcome.Show show)) {
			return ConsoleCommands.render(outcome);
		}
		String target = show.form().target();
		String submit = target.startsWith("edit:") ? "story edit " + target.substring(5) + " <answers>"
				: target.startsWith("case:") ? "story share for " + target.substring(5) + " <answers>"
						: "story preview|share|share-anonymously <answers>";
		StringBuilder out = new StringBuilder(show.form().title()).append(" (only you see this).");
		for (Field field : show.form().fields()) {
			switch (field) {
				case Field.Text line -> out.append('\n').append(line.text());
				case Field.LongText answer when answer.initial() != null ->
					out.append('\n').append(answer.label()).append(": ").append(answer.initial());
				case Field.ShortText answer when answer.initial() != null ->
					out.append('\n').append(answer.label()).append(": ").append(answer.initial());
				default -> {
				}
			}
		}
		return ConsoleText.inert(out.append("\nSubmit: ")
			.append(submit)
			.append("\n  answers: what happened | what you did | what would have helped | process idea | tags")
			.toString());
	}

	/**
	 * {@code home}: what waits for the person, as Slack's App Home shows it, each button
	 * as it is typed.
	 */
	String home(Actor actor) {
		StringBuilder out = new StringBuilder();
		for (Home.Part part : homes.of(actor).parts()) {
			switch (part) {
				case Home.Heading heading -> out.append(out.isEmpty() ? "" : "\n").append(heading.text());
				case Home.Line line -> out.append("\n  ").append(line.text().replace("\n", "\n  "));
				case Home.Buttons buttons -> out.append("\n  ")
					.append(buttons.actions()
						.stream()
						.map(ConsoleCommands::typedFormOf)
						.collect(Collectors.joining(" · ", "(", ")")));
			}
		}
		return ConsoleText.inert(out.toString());
	}

	/** The five answers of the form, typed on one line between {@code |}. */
	private static Answers answers(String typed) {
		String[] answers = (typed + " ").split("\\|", -1);
		if (answers.length != 5) {
			throw new UsageException(
					"Please give the five answers between | (leave the process idea empty if" + " none): " + USAGE);
		}
		return Answers.of(Map.of("happened", answers[0].strip(), "did", answers[1].strip(), "helped",
				answers[2].strip(), "idea", answers[3].strip(), "tags", answers[4].strip()));
	}

	private static long number(String typed) {
		if (!typed.matches("#?\\d{1,18}")) {
			throw new UsageException("Usage: " + USAGE);
		}
		return Long.parseLong(typed.replace("#", ""));
	}

}
