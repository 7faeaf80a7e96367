package dev.frontline.stories;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.TypedLine;
import dev.frontline.scheduling.DemoClock;

/**
 * The weekly story where a platform shows only text: the form's five answers on one line
 * between bars, a nominated case's form shown ready to change, the supervisors' themes
 * and improvement actions, and, in the demo, the clock moved on to the story meeting.
 */
@Component
public class StoryTyping implements Interactions {

	private static final String ANSWERS = "answers: what happened | what you did | what would have helped"
			+ " | process idea | tags";

	private static final String USAGE = "story preview|share|share-anonymously [for <nomination>] <answers>"
			+ " · story edit <id> <answers> · story nominated <nomination> · story status"
			+ " · story theme <id> <theme> · story action <id> <owner> <due> <what> · " + ANSWERS;

	private static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final StoryMeetings meetings;

	private final Clock clock;

	public StoryTyping(StoryMeetings meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	public void declare(Declarations declare) {
		declare.typed()
			.verb("Stories", "/story", "/story (the form)", this::story)
			.verb("Stories", "story", USAGE, this::story)
			.verb("Stories", "/stories", "/stories this-week|last-week|themes|theme <tag>|actions|nominate <case>",
					TypedLine::command)
			.verb("Leads", "action", "action done <id> · action waive <id> <reason>", StoryTyping::action)
			.verb("Demo", "demo", "demo meeting (moves the demo's clock to the weekly story meeting)", this::demo)
			.button(StoryButtons.SHARE, "/story")
			.button(StoryButtons.SHARE_CASE, "story nominated %s")
			.button(StoryButtons.THEME, "story theme %s <theme>")
			.button(StoryButtons.IMPROVE, "story action %s <owner> <due> <what>")
			.button(StoryButtons.ACTION_DONE, "action done %s")
			.button(StoryButtons.ACTION_WAIVE, "action waive %s <reason>")
			.form(StorySharing.FORM, StoryTyping::submission);
	}

	/** How the story form is submitted, by what it is about. */
	private static String submission(Form form) {
		String target = form.target();
		return (target.startsWith("edit:") ? "story edit " + target.substring(5) + " <answers>"
				: target.startsWith("case:") ? "story share for " + target.substring(5) + " <answers>"
						: "story preview|share|share-anonymously <answers>")
				+ "\n  " + ANSWERS;
	}

	/**
	 * {@code /story} shows the form; {@code story preview …} shows the story as others
	 * would read it; {@code story share …} shares it; the rest as {@link #USAGE} says.
	 */
	private Outcome story(TypedLine line) {
		if (line.count() == 1) {
			return line.command("/story");
		}
		String verb = line.word(1).toLowerCase(Locale.ROOT);
		return switch (verb) {
			case "status" -> line.typed("home");
			case "edit" -> {
				if (line.count() < 4) {
					throw line.usage();
				}
				yield share(line, "edit:" + line.number(2), line.rest(3), StorySharing.NAMED);
			}
			case "nominated" -> line.press(StoryButtons.SHARE_CASE, line.number(2));
			case "theme" -> {
				if (line.count() < 4) {
					throw new IllegalArgumentException("Usage: story theme <id> <theme>");
				}
				yield line.submit(StoryButtons.THEME.action(), line.number(2),
						Map.of(StoryConversation.THEME, line.rest(3)));
			}
			case "action" -> {
				if (line.count() < 6) {
					throw new IllegalArgumentException("Usage: story action <id> <owner> <due> <what>");
				}
				yield line.submit(StoryButtons.IMPROVE.action(), line.number(2),
						new Answers(Map.of(StoryConversation.TITLE, line.rest(5), StoryConversation.DUE, line.word(4)),
								Map.of(StoryConversation.OWNER, line.person(line.word(3)))));
			}
			case "preview", "share", "share-anonymously" -> {
				boolean nominated = line.count() >= 5 && line.word(2).equalsIgnoreCase("for");
				String typed = nominated ? line.rest(4) : line.rest(2);
				if (typed.isBlank()) {
					throw line.usage();
				}
				yield share(line, nominated ? "case:" + line.number(3) : "", typed, switch (verb) {
					case "preview" -> null;
					case "share" -> StorySharing.NAMED;
					default -> StorySharing.ANONYMOUS;
				});
			}
			default -> throw line.usage();
		};
	}

	/**
	 * Submits the story form; its preview is shown, or, when the person said how, shared
	 * that way at once.
	 * @param way named, anonymous, or null to only preview it
	 */
	private static Outcome share(TypedLine line, String target, String typed, @Nullable String way) {
		Outcome previewed = line.submit(StorySharing.FORM, target, answers(line, typed));
		if (!(previewed instanceof Outcome.Show preview)) {
			return previewed;
		}
		if (way == null) {
			return new Outcome.Answer(preview.form()
				.fields()
				.stream()
				.filter(Field.Text.class::isInstance)
				.map(field -> ((Field.Text) field).text())
				.collect(Collectors.joining("\n")), List.of());
		}
		return line.submit(StorySharing.PREVIEW, preview.form().target(), Map.of(StorySharing.SHARE, way));
	}

	/** The five answers of the form, typed on one line between {@code |}. */
	private static Answers answers(TypedLine line, String typed) {
		String[] answers = (typed + " ").split("\\|", -1);
		if (answers.length != 5) {
			throw new IllegalArgumentException(
					"Please give the five answers between | (leave the process idea empty if none): " + USAGE);
		}
		return Answers.of(Map.of(StorySharing.HAPPENED, answers[0].strip(), StorySharing.DID, answers[1].strip(),
				StorySharing.HELPED, answers[2].strip(), StorySharing.IDEA, answers[3].strip(), StorySharing.TAGS,
				answers[4].strip()));
	}

	/**
	 * {@code action done 3} and {@code action waive 3 <reason>}: an improvement action's
	 * buttons.
	 */
	private static Outcome action(TypedLine line) {
		long id = line.number(2);
		return switch (line.word(1).toLowerCase(Locale.ROOT)) {
			case "done" -> line.press(StoryButtons.ACTION_DONE, id);
			case "waive" ->
				line.submit(StoryButtons.ACTION_WAIVE.action(), id, Map.of(StoryConversation.REASON, line.rest(3)));
			default -> throw line.usage();
		};
	}

	/**
	 * {@code demo meeting}: in the demo, the clock moves on to the team's weekly story
	 * meeting and the digest is posted, so themes and improvement actions can be tried.
	 */
	private Outcome demo(TypedLine line) {
		if (line.count() != 2 || !line.word(1).equalsIgnoreCase("meeting")) {
			throw line.usage();
		}
		if (!(clock instanceof DemoClock demo)) {
			return new Outcome.Refused("Only the demo's clock can be moved (./run-local); this run keeps real time.");
		}
		StoryMeetings.Meeting meeting = meetings.holdNext(line.actor(), demo::moveTo);
		return new Outcome.Done("The demo's clock now reads " + MEETING.format(meeting.at()) + ": the " + meeting.team()
				+ " team's weekly story meeting. Its digest comes to #" + meeting.team()
				+ ", each story with its buttons; try story theme <id> <theme> and story action <id> <owner> <due>"
				+ " <what>, then /stories actions. Case clocks moved on too.");
	}

}
