package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;

import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.stories.Stories;
import dev.frontline.stories.Story;
import dev.frontline.stories.StoryButtons;
import dev.frontline.stories.StoryForm;
import dev.frontline.stories.StoryPreviews;
import dev.frontline.stories.StoryRedaction;

/**
 * The weekly story in Slack: {@code /story} or the prompt's {@code Share a story} opens
 * the form; submitting it shows the story as the team will read it, redacted;
 * {@code Share} shares it, through whichever instance Slack reaches. The preview waits
 * sealed with a key only its view carries ({@link StoryPreviews}), never in the logs, so
 * an anonymous story leaves no readable trace of its author on the way.
 */
class SlackStories {

	static final String FORM = "story-form";

	static final String PREVIEW = "story-preview";

	static final String HAPPENED = "happened";

	static final String DID = "did";

	static final String HELPED = "helped";

	static final String IDEA = "idea";

	static final String TAGS = "tags";

	static final String ANONYMOUS = "anonymous";

	/** Slack keeps a text input to this many characters; the form's answers fit it. */
	private static final int ANSWER_LIMIT = 2_000;

	/**
	 * What a form's private metadata says it is for: {@code edit:<story>} or
	 * {@code case:<nomination>}.
	 */
	private static @Nullable Long metadata(View view, String kind) {
		String metadata = view.getPrivateMetadata();
		return metadata != null && metadata.startsWith(kind + ":") ? Long.valueOf(metadata.substring(kind.length() + 1))
				: null;
	}

	private final Stories stories;

	private final People people;

	private final SlackUsers users;

	private final SlackInteractions interactions;

	SlackStories(Stories stories, People people, SlackUsers users, SlackInteractions interactions) {
		this.stories = stories;
		this.people = people;
		this.users = users;
		this.interactions = interactions;
	}

	void register(App app) {
		app.command("/story", (request, context) -> {
			Actor actor = users.actorOrId(request.getPayload().getUserId());
			String problem = SlackInteractions.decide(() -> {
				Stories.Opened opened = stories.open(actor);
				try {
					var shown = context.client()
						.viewsOpen(r -> r.triggerId(request.getPayload().getTriggerId()).view(form(opened)));
					if (!shown.isOk()) {
						throw new IllegalStateException(shown.getError());
					}
				}
				catch (Exception ex) {
					throw new IllegalArgumentException("Sorry, the story form could not be opened. Please try again.");
				}
			});
			return problem == null ? context.ack()
					: context.ack(r -> r.responseType("ephemeral").text(SlackText.escape(problem)));
		});
		app.blockAction(StoryButtons.SHARE.action(), (request, context) -> {
			Actor actor = users.actorOf(request);
			interactions.openForm(context, actor, people, request.getPayload().getTriggerId(),
					() -> form(stories.open(actor)), null);
			return context.ack();
		});
		app.blockAction(StoryButtons.SHARE_CASE.action(), (request, context) -> {
			Actor actor = users.actorOf(request);
			String value = SlackInteractions.pressedValue(request);
			interactions.openForm(context, actor, people, request.getPayload().getTriggerId(),
					() -> form(stories.openNominated(actor, SlackInteractions.number(value, "a nomination"))), null);
			return context.ack();
		});
		app.viewSubmission(FORM, (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			StoryForm form = new StoryForm(SlackInteractions.inputValue(view, HAPPENED),
					SlackInteractions.inputValue(view, DID), SlackInteractions.inputValue(view, HELPED),
					blankToNull(SlackInteractions.inputValue(view, IDEA)), SlackInteractions.inputValue(view, TAGS),
					SlackInteractions.ticked(view, ANONYMOUS));
			Long nomination = metadata(view, "case");
			Stories.Preview[] preview = new Stories.Preview[1];
			String problem = SlackInteractions.decide(() -> preview[0] = stories.preview(actor, form, nomination));
			if (problem != null) {
				return SlackInteractions.answer(context, blockFor(problem), problem);
			}
			Long editing = metadata(view, "edit");
			String token = stories.previews()
				.hold(new StoryPreviews.Held(actor.userId(), form.anonymous() ? null : editing, nomination, form));
			return context.ack(r -> r.responseAction("update").view(preview(token, preview[0])));
		});
		app.viewSubmission(PREVIEW, (request, context) -> {
			View view = request.getPayload().getView();
			Actor actor = users.actorOf(request);
			StoryPreviews.Held pending = stories.previews().find(view.getPrivateMetadata()).orElse(null);
			if (pending == null || !pending.userId().equals(actor.userId())) {
				return context.ack(r -> r.responseAction("update")
					.view(message("Share a story",
							"This preview has expired. Please open the story form again with /story.")));
			}
			Story[] shared = new Story[1];
			String problem = SlackInteractions.decide(() -> shared[0] = pending.editing() == null
					? stories.share(actor, pending.form(), pending.nomination())
					: stories.edit(actor, pending.editing(), pending.form()));
			stories.previews().forget(view.getPrivateMetadata());
			String outcome = problem != null ? problem
					: "Thank you. Story " + shared[0].id() + " is in the next digest"
							+ (shared[0].authorName() == null ? ", with no name: nothing links it to you."
									: ". You can change it with /story until the digest is posted.");
			return context.ack(r -> r.responseAction("update").view(message("Share a story", outcome)));
		});
	}

	private static View form(Stories.Opened opened) {
		Story editing = opened.editing();
		StoryForm start = editing != null ? new StoryForm(editing.whatHappened(), editing.whatYouDid(),
				editing.whatWouldHaveHelped(), editing.processIdea(), String.join(", ", editing.tags()), false)
				: opened.prefill();
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(s -> s.text(plainText(editing != null
				? "Your story " + editing.id() + " can still change until the digest is posted."
				: opened.nomination() != null
						? "Filled in from the nominated case, redacted. Add what would have helped and change"
								+ " anything; a story from a known case may be recognisable even without your name."
						: "One challenging situation from the past week, for the team's discussion. You see it"
								+ " redacted first. " + StoryRedaction.WHAT_IS_TAKEN_OUT))));
		blocks.add(answer(HAPPENED, "What happened", start == null ? null : start.whatHappened(), false));
		blocks.add(answer(DID, "What you did", start == null ? null : start.whatYouDid(), false));
		blocks.add(answer(HELPED, "What would have helped",
				start == null || start.whatWouldHaveHelped().isEmpty() ? null : start.whatWouldHaveHelped(), false));
		blocks.add(answer(IDEA, "Process idea", start == null ? null : start.processIdea(), true));
		blocks.add(input(i -> i.blockId(TAGS)
			.optional(true)
			.label(plainText("Tags"))
			.hint(plainText("A few words to find it by, such as delay, baggage, rebooking"))
			.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
				.initialValue(start == null ? null : start.tags())
				.maxLength(300)))));
		if (editing == null) {
			OptionObject anonymously = option(plainText("Share anonymously — this cannot be undone"), "anonymous");
			blocks.add(input(i -> i.blockId(ANONYMOUS)
				.optional(true)
				.label(plainText("Anonymity"))
				.element(checkboxes(c -> c.actionId(SlackInteractions.INPUT).options(List.of(anonymously))))));
		}
		return view(v -> v.type("modal")
			.callbackId(FORM)
			.privateMetadata(editing != null ? "edit:" + editing.id()
					: opened.nomination() != null ? "case:" + opened.nomination() : "")
			.title(viewTitle(t -> t.type("plain_text").text("Share a story")))
			.submit(viewSubmit(s -> s.type("plain_text").text("Preview")))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(blocks));
	}

	private static LayoutBlock answer(String blockId, String label, @Nullable String initial, boolean optional) {
		return input(i -> i.blockId(blockId)
			.optional(optional)
			.label(plainText(label))
			.element(plainTextInput(p -> p.actionId(SlackInteractions.INPUT)
				.multiline(true)
				.initialValue(initial)
				.maxLength(ANSWER_LIMIT))));
	}

	private static View preview(String token, Stories.Preview preview) {
		StoryForm shown = preview.redacted();
		String text = "As the team will read it" + (shown.anonymous() ? ", with no name" : "") + ". "
				+ preview.summary() + "\n\nWhat happened: " + shown.whatHappened() + "\nWhat you did: "
				+ shown.whatYouDid() + "\nWhat would have helped: " + shown.whatWouldHaveHelped()
				+ (shown.processIdea() == null ? "" : "\nProcess idea: " + shown.processIdea()) + "\nTags: "
				+ String.join(", ", shown.tagList());
		return view(v -> v.type("modal")
			.callbackId(PREVIEW)
			.privateMetadata(token)
			.title(viewTitle(t -> t.type("plain_text").text("Share a story")))
			.submit(viewSubmit(s -> s.type("plain_text").text("Share")))
			.close(viewClose(c -> c.type("plain_text").text("Cancel")))
			.blocks(List.of(section(s -> s.text(plainText(SlackText.fit(SlackText.untrusted(text), 2_900)))))));
	}

	private static View message(String title, String text) {
		return view(v -> v.type("modal")
			.title(viewTitle(t -> t.type("plain_text").text(title)))
			.close(viewClose(c -> c.type("plain_text").text("Close")))
			.blocks(List.of(section(s -> s.text(plainText(SlackText.escape(text)))))));
	}

	/** Shows a refusal beside the answer it is about, else beside the first. */
	private static String blockFor(String problem) {
		Map<String, String> questions = Map.of("\"What you did\"", DID, "\"What would have helped\"", HELPED,
				"\"Process idea\"", IDEA, "tags", TAGS);
		return questions.entrySet()
			.stream()
			.filter(question -> problem.contains(question.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(HAPPENED);
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
