package dev.frontline.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.frontline.conversation.Answers;
import dev.frontline.conversation.CommandOptions;
import dev.frontline.conversation.Declarations;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Interactions;
import dev.frontline.conversation.Outcome;
import dev.frontline.conversation.Targets;
import dev.frontline.people.Actor;

/**
 * Sharing the weekly story, on every platform: {@code /story}, the prompt's
 * {@code Share a story} and a nomination's {@code Share this case as a story} open the
 * form; submitting it shows the story as the team will read it, redacted, and asks how to
 * share it — with the author's name or anonymously, chosen once they have seen it. The
 * preview waits sealed with a key only the preview carries ({@link StoryPreviews}), so an
 * anonymous story leaves no readable trace of its author on the way.
 */
@Component
public class StorySharing implements Interactions {

	static final String FORM = "story-form";

	static final String PREVIEW = "story-preview";

	static final String HAPPENED = "happened";

	static final String DID = "did";

	static final String HELPED = "helped";

	static final String IDEA = "idea";

	static final String TAGS = "tags";

	static final String SHARE = "share";

	static final String NAMED = "named";

	static final String ANONYMOUS = "anonymous";

	static final String EXPIRED = "This preview has expired. Please open the story form again with /story.";

	/** The longest answer the form takes; every platform's text input holds it. */
	private static final int ANSWER_LIMIT = 2_000;

	/** Where a refusal of the answers is shown, by the question it names. */
	private static final Map<String, String> QUESTIONS = Map.of("\"What you did\"", DID, "\"What would have helped\"",
			HELPED, "\"Process idea\"", IDEA, "tags", TAGS);

	private final Stories stories;

	public StorySharing(Stories stories) {
		this.stories = stories;
	}

	@Override
	public void declare(Declarations declare) {
		declare
			.command(new CommandOptions("/story", "Share this week's challenging situation", false, true, List.of(),
					answers -> ""), (actor, arguments) -> new Outcome.Show(form(stories.open(actor))))
			.opens(StoryButtons.SHARE, (actor, target) -> form(stories.open(actor)))
			.opens(StoryButtons.SHARE_CASE,
					(actor, target) -> form(stories.openNominated(actor, Targets.number(target, "a nomination"))))
			.form(FORM, HAPPENED, this::preview)
			.form(PREVIEW, SHARE, this::share)
			.answeredInForm(PREVIEW);
	}

	/**
	 * The form a story is written in; its target says what it is about:
	 * {@code edit:<story>}, {@code case:<nomination>}, or nothing for a new story.
	 */
	static Form form(Stories.Opened opened) {
		Story editing = opened.editing();
		StoryForm start = editing != null ? new StoryForm(editing.whatHappened(), editing.whatYouDid(),
				editing.whatWouldHaveHelped(), editing.processIdea(), String.join(", ", editing.tags()), false)
				: opened.prefill();
		String intro = editing != null ? "Your story " + editing.id() + " can still change until the digest is posted."
				: opened.nomination() != null
						? "Filled in from the nominated case, redacted. Add what would have helped and change"
								+ " anything; a story from a known case may be recognisable even without your name."
						: "One challenging situation from the past week, for the team's discussion. You see it"
								+ " redacted first. " + StoryRedaction.WHAT_IS_TAKEN_OUT;
		String target = editing != null ? "edit:" + editing.id()
				: opened.nomination() != null ? "case:" + opened.nomination() : "";
		String helped = start == null || start.whatWouldHaveHelped().isEmpty() ? null : start.whatWouldHaveHelped();
		return new Form(FORM, target, editing != null ? "Your story " + editing.id() : "Share a story", "Preview",
				List.of(new Field.Text(intro),
						answer(HAPPENED, "What happened", start == null ? null : start.whatHappened(), true),
						answer(DID, "What you did", start == null ? null : start.whatYouDid(), true),
						answer(HELPED, "What would have helped", helped, true),
						answer(IDEA, "Process idea", start == null ? null : start.processIdea(), false),
						new Field.ShortText(TAGS, "Tags",
								"A few words to find it by, such as delay, baggage, rebooking",
								start == null ? null : start.tags(), 300, false)));
	}

	private static Field.LongText answer(String name, String label, @Nullable String initial, boolean required) {
		return new Field.LongText(name, label, null, initial, ANSWER_LIMIT, required);
	}

	/** The story as the team will read it, held until its author says how to share it. */
	private Outcome preview(Actor actor, String target, Answers answers) {
		StoryForm form = new StoryForm(answers.text(HAPPENED), answers.text(DID), answers.text(HELPED),
				answers.optionalText(IDEA), answers.text(TAGS), false);
		Long nomination = tagged(target, "case");
		Long editing = tagged(target, "edit");
		Stories.Preview preview;
		try {
			preview = stories.preview(actor, form, nomination);
		}
		catch (IllegalArgumentException refused) {
			String problem = String.valueOf(refused.getMessage());
			return Outcome.beside(QUESTIONS.entrySet()
				.stream()
				.filter(question -> problem.contains(question.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(HAPPENED), problem);
		}
		String token = stories.previews().hold(new StoryPreviews.Held(actor.userId(), editing, nomination, form));
		StoryForm shown = preview.redacted();
		String text = "As the team will read it: " + preview.summary() + " " + StoryRedaction.WHAT_IS_TAKEN_OUT
				+ "\n\nWhat happened: " + shown.whatHappened() + "\nWhat you did: " + shown.whatYouDid()
				+ "\nWhat would have helped: " + shown.whatWouldHaveHelped()
				+ (shown.processIdea() == null ? "" : "\nProcess idea: " + shown.processIdea()) + "\nTags: "
				+ String.join(", ", shown.tagList());
		List<Field.Option> ways = new ArrayList<>();
		ways.add(new Field.Option(NAMED, editing == null ? "Share with my name" : "Save my story"));
		if (editing == null) {
			ways.add(new Field.Option(ANONYMOUS, "Share anonymously (cannot be undone)"));
		}
		return new Outcome.Show(new Form(PREVIEW, token, "Share a story", "Share",
				List.of(new Field.Text(text), new Field.Choice(SHARE, "How to share it", null, ways))));
	}

	/** Shares the held story as its author chose; the preview is forgotten either way. */
	private Outcome share(Actor actor, String token, Answers answers) {
		StoryPreviews.Held pending = stories.previews()
			.find(token)
			.filter(held -> held.userId().equals(actor.userId()))
			.orElse(null);
		if (pending == null) {
			return new Outcome.Refused(EXPIRED);
		}
		String way = answers.text(SHARE);
		if (!way.equals(NAMED) && !way.equals(ANONYMOUS)) {
			return Outcome.beside(SHARE, "Please choose how to share it.");
		}
		StoryForm typed = pending.form();
		StoryForm chosen = new StoryForm(typed.whatHappened(), typed.whatYouDid(), typed.whatWouldHaveHelped(),
				typed.processIdea(), typed.tags(), way.equals(ANONYMOUS));
		try {
			Story shared = pending.editing() == null ? stories.share(actor, chosen, pending.nomination())
					: stories.edit(actor, pending.editing(), chosen);
			return new Outcome.Done("Thank you. Story " + shared.id() + " is in the next digest"
					+ (shared.authorName() == null ? ", with no name: nothing links it to you."
							: ". You can change it with /story until the digest is posted."));
		}
		finally {
			// Shared or refused, its buttons cannot share it again.
			stories.previews().forget(token);
		}
	}

	private static @Nullable Long tagged(String target, String kind) {
		return target.startsWith(kind + ":") ? Targets.number(target.substring(kind.length() + 1), "a story") : null;
	}

}
