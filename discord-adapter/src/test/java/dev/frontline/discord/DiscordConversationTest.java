package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.attribute.ICustomId;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Form;
import dev.frontline.conversation.Outcome;
import dev.frontline.people.Actor;

/**
 * Presses and submissions reach the conversation port, nobody is left waiting, and its
 * outcomes come back as Discord answers: a deferred edit, a private message, or a modal
 * rendered from the core's form.
 */
class DiscordConversationTest {

	final Conversation conversation = mock(Conversation.class);

	final DiscordUsers users = mock(DiscordUsers.class);

	final DiscordConversation discord = new DiscordConversation(conversation, users);

	final ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);

	final Actor sam = new Actor("discord", "31", "Sam", Set.of());

	@BeforeEach
	void pressedBySam() {
		when(users.actorOf(event)).thenReturn(sam);
	}

	@Test
	void aPressReachesThePortWithTheTargetItCarries() {
		when(event.getComponentId()).thenReturn("reply-approve:1042:7");
		when(conversation.press(sam, "reply-approve", "1042:7")).thenReturn(Outcome.NOTHING);
		when(event.deferEdit()).thenReturn(mock(MessageEditCallbackAction.class));

		discord.onButtonInteraction(event);

		verify(conversation).press(sam, "reply-approve", "1042:7");
	}

	@Test
	void aFailureIsLoggedAndThePersonToldPrivately() {
		when(event.getComponentId()).thenReturn("acknowledge:1");
		when(conversation.press(sam, "acknowledge", "1")).thenThrow(new IllegalStateException("the database is gone"));
		ReplyCallbackAction reply = replyTo(event);

		discord.onButtonInteraction(event);

		assertThat(told(event)).isEqualTo("Sorry, that did not work. Please try again.");
		verify(reply).setEphemeral(true);
		verify(reply).queue();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aSubmittedFormReachesThePortWithWhatItIsAboutAndItsAnswerIsPrivate() {
		ModalInteractionEvent submitted = mock(ModalInteractionEvent.class);
		when(submitted.getModalId()).thenReturn("escalate:1042");
		when(submitted.deferReply(true)).thenReturn(mock(ReplyCallbackAction.class));
		when(submitted.isAcknowledged()).thenReturn(true);
		when(users.actorOf(submitted)).thenReturn(sam);
		when(conversation.submit(sam, "escalate", "1042", new Answers(Map.of(), Map.of())))
			.thenReturn(new Outcome.Done("Escalated."));
		InteractionHook hook = mock(InteractionHook.class);
		WebhookMessageCreateAction<Message> followUp = mock(WebhookMessageCreateAction.class);
		when(submitted.getHook()).thenReturn(hook);
		when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(followUp);
		when(followUp.setEphemeral(anyBoolean())).thenReturn(followUp);

		discord.onModalInteraction(submitted);

		ArgumentCaptor<MessageCreateData> told = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(hook).sendMessage(told.capture());
		assertThat(told.getValue().getContent()).isEqualTo("Escalated.");
		verify(followUp).setEphemeral(true);
	}

	@Test
	void aPressThatComesToNothingIsAnsweredByDeferringTheEdit() {
		when(event.getComponentId()).thenReturn("acknowledge:1042");
		when(conversation.press(sam, "acknowledge", "1042")).thenReturn(Outcome.NOTHING);
		MessageEditCallbackAction deferred = mock(MessageEditCallbackAction.class);
		when(event.deferEdit()).thenReturn(deferred);

		discord.onButtonInteraction(event);

		verify(deferred).queue();
	}

	@Test
	void aRefusalIsTheAnswerToThePressSeenOnlyByThePresser() {
		when(event.getComponentId()).thenReturn("acknowledge:1042");
		when(conversation.press(sam, "acknowledge", "1042"))
			.thenReturn(new Outcome.Refused("Sorry, Frontline doesn't know you yet."));
		ReplyCallbackAction reply = replyTo(event);

		discord.onButtonInteraction(event);

		assertThat(told(event)).isEqualTo("Sorry, Frontline doesn't know you yet.");
		verify(reply).setEphemeral(true);
		verify(event, never()).deferEdit();
		verify(event, never()).replyModal(any());
	}

	@Test
	@SuppressWarnings("unchecked")
	void slowWorkIsDoneAfterThePressIsAnsweredAndItsOutcomeToldPrivately() {
		when(event.getComponentId()).thenReturn("acknowledge:1042");
		when(conversation.press(sam, "acknowledge", "1042"))
			.thenReturn(new Outcome.Later(() -> new Outcome.Done("The 3 affected customers are in the thread.")));
		MessageEditCallbackAction deferred = mock(MessageEditCallbackAction.class);
		when(event.deferEdit()).thenReturn(deferred);
		// JDA counts the press answered once its deferred edit is queued.
		doAnswer(queued -> when(event.isAcknowledged()).thenReturn(true)).when(deferred).queue();
		InteractionHook hook = mock(InteractionHook.class);
		WebhookMessageCreateAction<Message> followUp = mock(WebhookMessageCreateAction.class);
		when(event.getHook()).thenReturn(hook);
		when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(followUp);
		when(followUp.setEphemeral(anyBoolean())).thenReturn(followUp);

		discord.onButtonInteraction(event);

		verify(deferred).queue();
		ArgumentCaptor<MessageCreateData> told = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(hook).sendMessage(told.capture());
		assertThat(told.getValue().getContent()).isEqualTo("The 3 affected customers are in the thread.");
		verify(followUp).setEphemeral(true);
	}

	@Test
	void aFormIsShownAsAModalNamedAfterTheFormAndItsTarget() {
		when(event.getComponentId()).thenReturn("escalate:1042");
		when(conversation.press(sam, "escalate", "1042"))
			.thenReturn(new Outcome.Show(new Form("escalate", "1042", "Escalate case 1042", "Escalate",
					List.of(new Field.LongText("text", "Why escalate?", null, null, 2_000, true)))));
		ModalCallbackAction opened = mock(ModalCallbackAction.class);
		when(event.replyModal(any(Modal.class))).thenReturn(opened);

		discord.onButtonInteraction(event);

		ArgumentCaptor<Modal> form = ArgumentCaptor.forClass(Modal.class);
		verify(event).replyModal(form.capture());
		assertThat(form.getValue().getId()).isEqualTo("escalate:1042");
		assertThat(form.getValue().getTitle()).isEqualTo("Escalate case 1042");
		assertThat(inputs(form.getValue())).containsExactly("text");
		verify(opened).queue(any(), any());
	}

	@Test
	void everyKindOfFieldRendersAsAModalDiscordAccepts() {
		Modal modal = DiscordForms.modal(new Form("step-reassign", "1042.2", "Reassign step", "Reassign",
				List.of(new Field.Text("Step 1042.2: who does it now?"),
						new Field.ShortText("due", "Due", "30m, 4h", "4h", 40, true),
						new Field.Checkbox("waive", "Open follow-up steps", "Waive them all", false),
						new Field.PersonPicker("owner", "New owner", null), new Field.Choice("choice", "New severity",
								null, List.of(new Field.Option("SEV1", "SEV1"), new Field.Option("SEV2", "SEV2"))))));

		assertThat(inputs(modal)).containsExactly("due", "waive", "owner", "choice");
	}

	@Test
	void moreFieldsThanDiscordShowsJoinTheLinesOfTextIntoOne() {
		Modal modal = DiscordForms.modal(new Form("story", "1", "Share a story", "Preview",
				List.of(new Field.Text("One situation."), new Field.LongText("a", "A", null, null, 2_000, true),
						new Field.LongText("b", "B", null, null, 2_000, true), new Field.Text("Redacted first."),
						new Field.LongText("c", "C", null, null, 2_000, true),
						new Field.LongText("d", "D", null, null, 2_000, false))));

		assertThat(modal.getComponents()).hasSize(DiscordForms.MODAL_COMPONENTS);
		assertThat(inputs(modal)).containsExactly("a", "b", "c", "d");
	}

	private static ReplyCallbackAction replyTo(ButtonInteractionEvent event) {
		ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
		when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
		when(reply.setEphemeral(anyBoolean())).thenReturn(reply);
		return reply;
	}

	private static String told(ButtonInteractionEvent event) {
		ArgumentCaptor<MessageCreateData> told = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(event).reply(told.capture());
		return told.getValue().getContent();
	}

	/** The names of the form's inputs, in order. */
	private static List<String> inputs(Modal form) {
		return form.getComponents()
			.stream()
			.filter(component -> component.getType() == Component.Type.LABEL)
			.map(component -> ((Label) component).getChild())
			.map(child -> ((ICustomId) child).getCustomId())
			.toList();
	}

}
