package dev.frontline.discord;

import static dev.frontline.discord.DiscordInteractions.inputValue;
import static dev.frontline.discord.DiscordInteractions.text;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.stories.Stories;
import dev.frontline.stories.Story;
import dev.frontline.stories.StoryButtons;
import dev.frontline.stories.StoryForm;
import dev.frontline.stories.StoryPreviews;
import dev.frontline.stories.StoryRedaction;

/**
 * The weekly story in Discord: {@code /story} or the prompt's {@code Share a story} opens
 * the form; submitting it shows the author, privately, the story as the team will read
 * it, redacted, with {@code Share with my name} and {@code Share anonymously} (Discord's
 * forms hold five fields, so anonymity is chosen with the preview). The preview waits
 * sealed with a key only its buttons carry ({@link StoryPreviews}), never in the logs, so
 * an anonymous story leaves no readable trace of its author on the way.
 */
class DiscordStories {

	static final String FORM = "story-form";

	static final String SHARE_NAMED = "story-share-named";

	static final String SHARE_ANONYMOUSLY = "story-share-anonymous";

	static final String HAPPENED = "happened";

	static final String DID = "did";

	static final String HELPED = "helped";

	static final String IDEA = "idea";

	static final String TAGS = "tags";

	private static final int ANSWER_LIMIT = 2_000;

	private final Stories stories;

	private final People people;

	private final DiscordUsers users;

	DiscordStories(Stories stories, People people, DiscordUsers users) {
		this.stories = stories;
		this.people = people;
		this.users = users;
	}

	void register(DiscordRoutes routes) {
		routes.command(Commands.slash("story", "Share this week's challenging situation"),
				event -> openForm(event, users.actorOf(event)));
		routes.button(StoryButtons.SHARE.action(), (event, value) -> openForm(event, users.actorOf(event)));
		routes.button(StoryButtons.SHARE_CASE.action(), (event, value) -> {
			Actor actor = users.actorOf(event);
			DiscordInteractions.openForm(event, actor, people,
					() -> form(stories.openNominated(actor, DiscordInteractions.number(value, "a nomination"))), null);
		});
		routes.modal(FORM, this::preview);
		routes.button(SHARE_NAMED, (event, token) -> share(event, token, false));
		routes.button(SHARE_ANONYMOUSLY, (event, token) -> share(event, token, true));
	}

	private <E extends IModalCallback & IReplyCallback> void openForm(E event, Actor actor) {
		DiscordInteractions.openForm(event, actor, people, () -> form(stories.open(actor)), null);
	}

	/** The form's value: {@code edit:<story>}, {@code case:<nomination>}, or empty. */
	private void preview(ModalInteractionEvent event, String formValue) {
		Actor actor = users.actorOf(event);
		String idea = inputValue(event, IDEA);
		StoryForm form = new StoryForm(inputValue(event, HAPPENED), inputValue(event, DID), inputValue(event, HELPED),
				idea.isBlank() ? null : idea, inputValue(event, TAGS), false);
		Stories.Preview[] preview = new Stories.Preview[1];
		Long nomination = valueOf(formValue, "case");
		String problem = DiscordInteractions.decide(() -> preview[0] = stories.preview(actor, form, nomination));
		if (problem != null) {
			DiscordRoutes.refuse(event, problem);
			return;
		}
		Long editing = valueOf(formValue, "edit");
		String token = stories.previews().hold(new StoryPreviews.Held(actor.userId(), editing, nomination, form));
		List<Button> buttons = new ArrayList<>();
		buttons.add(Button.primary(DiscordMessages.customId(SHARE_NAMED, token),
				editing == null ? "Share with my name" : "Save my story"));
		if (editing == null) {
			buttons.add(Button.secondary(DiscordMessages.customId(SHARE_ANONYMOUSLY, token),
					"Share anonymously (cannot be undone)"));
		}
		event
			.reply(new MessageCreateBuilder().applyData(DiscordMessages.text(previewText(preview[0])))
				.setComponents(ActionRow.of(buttons))
				.build())
			.setEphemeral(true)
			.queue();
	}

	private void share(ButtonInteractionEvent event, String token, boolean anonymously) {
		Actor actor = users.actorOf(event);
		StoryPreviews.Held pending = stories.previews().find(token).orElse(null);
		if (pending == null || !pending.userId().equals(actor.userId())) {
			DiscordRoutes.refuse(event, "This preview has expired. Please open the story form again with /story.");
			return;
		}
		event.deferEdit().queue();
		StoryForm form = pending.form();
		StoryForm chosen = new StoryForm(form.whatHappened(), form.whatYouDid(), form.whatWouldHaveHelped(),
				form.processIdea(), form.tags(), anonymously);
		Story[] shared = new Story[1];
		String problem = DiscordInteractions.decide(() -> shared[0] = pending.editing() == null
				? stories.share(actor, chosen, pending.nomination()) : stories.edit(actor, pending.editing(), chosen));
		stories.previews().forget(token);
		String outcome = problem != null ? problem
				: "Thank you. Story " + shared[0].id() + " is in the next digest"
						+ (shared[0].authorName() == null ? ", with no name: nothing links it to you."
								: ". You can change it with /story until the digest is posted.");
		// The preview becomes the outcome, so its buttons cannot share it twice.
		event.getHook().editOriginal(MessageEditData.fromCreateData(DiscordMessages.text(outcome))).queue();
	}

	private static Modal form(Stories.Opened opened) {
		Story editing = opened.editing();
		StoryForm start = editing != null ? new StoryForm(editing.whatHappened(), editing.whatYouDid(),
				editing.whatWouldHaveHelped(), editing.processIdea(), String.join(", ", editing.tags()), false)
				: opened.prefill();
		String value = editing != null ? "edit:" + editing.id()
				: opened.nomination() != null ? "case:" + opened.nomination() : "";
		return DiscordInteractions.form(FORM, value,
				editing != null ? "Your story " + editing.id()
						: opened.nomination() != null ? "A story from a nominated case" : "Share a story",
				List.of(text(HAPPENED, "What happened", start == null ? null : start.whatHappened(), true, true,
						ANSWER_LIMIT),
						text(DID, "What you did", start == null ? null : start.whatYouDid(), true, true, ANSWER_LIMIT),
						text(HELPED, "What would have helped", start == null ? null : start.whatWouldHaveHelped(), true,
								true, ANSWER_LIMIT),
						text(IDEA, "Process idea (optional)", start == null ? null : start.processIdea(), false, true,
								ANSWER_LIMIT),
						text(TAGS, "Tags, such as delay, baggage, rebooking", start == null ? null : start.tags(),
								false, false, 300)));
	}

	private static @Nullable Long valueOf(String formValue, String kind) {
		return formValue.startsWith(kind + ":")
				? DiscordInteractions.number(formValue.substring(kind.length() + 1), "a story or nomination") : null;
	}

	private static String previewText(Stories.Preview preview) {
		StoryForm shown = preview.redacted();
		return "As the team will read it: " + preview.summary() + " " + StoryRedaction.WHAT_IS_TAKEN_OUT
				+ "\n\nWhat happened: " + shown.whatHappened() + "\nWhat you did: " + shown.whatYouDid()
				+ "\nWhat would have helped: " + shown.whatWouldHaveHelped()
				+ (shown.processIdea() == null ? "" : "\nProcess idea: " + shown.processIdea()) + "\nTags: "
				+ String.join(", ", shown.tagList());
	}

}
