package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.Cases;
import dev.frontline.followups.FollowUps;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/** The case card's buttons, with JDA's events and the core mocked. */
class DiscordCaseButtonsTest {

	final CaseActions actions = mock(CaseActions.class);

	final People people = mock(People.class);

	final DiscordUsers users = mock(DiscordUsers.class);

	final Cases cases = mock(Cases.class);

	final DiscordRoutes routes = new DiscordRoutes();

	final ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);

	final Actor sam = new Actor("discord", "31", "Sam", Set.of());

	@BeforeEach
	void register() {
		new DiscordCaseButtons(actions, mock(IncidentActions.class), cases, mock(FollowUps.class), people, users)
			.register(routes);
		when(users.actorOf(event)).thenReturn(sam);
	}

	@Test
	void acknowledgeAnswersThePressAtOnceThenActs() {
		MessageEditCallbackAction deferred = pressed("acknowledge:1042");

		routes.onButtonInteraction(event);

		verify(deferred).queue();
		verify(actions).acknowledge(1042, sam);
	}

	@Test
	void aRefusedAcknowledgementReachesOnlyThePresser() {
		pressed("acknowledge:1042");
		doThrow(new NotPermittedException("Sorry, Frontline doesn't know you yet.")).when(actions)
			.acknowledge(1042, sam);
		when(event.isAcknowledged()).thenReturn(true);
		WebhookMessageCreateAction<Message> followUp = followUp();

		routes.onButtonInteraction(event);

		ArgumentCaptor<MessageCreateData> told = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(event.getHook()).sendMessage(told.capture());
		assertThat(told.getValue().getContent()).isEqualTo("Sorry, Frontline doesn't know you yet.");
		verify(followUp).setEphemeral(true);
	}

	@Test
	void escalateOpensTheFormForStaffAndActsOnlyWhenItIsSubmitted() {
		when(event.getComponentId()).thenReturn("escalate:1042");
		ModalCallbackAction opened = mock(ModalCallbackAction.class);
		when(event.replyModal(any(Modal.class))).thenReturn(opened);

		routes.onButtonInteraction(event);

		ArgumentCaptor<Modal> form = ArgumentCaptor.forClass(Modal.class);
		verify(event).replyModal(form.capture());
		assertThat(form.getValue().getId()).isEqualTo("escalate:1042");
		assertThat(form.getValue().getTitle()).isEqualTo("Escalate case 1042");
		verify(opened).queue(any(), any());
		verify(actions, never()).escalate(any(Long.class), any(), any());
	}

	@Test
	void escalateIsRefusedPrivatelyWithoutAFormToSomeoneWithoutARole() {
		when(event.getComponentId()).thenReturn("escalate:1042");
		doThrow(new NotPermittedException("Sorry, Frontline doesn't know you yet.")).when(people)
			.require(sam, Role.STAFF);
		ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
		when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
		when(reply.setEphemeral(anyBoolean())).thenReturn(reply);

		routes.onButtonInteraction(event);

		verify(event, never()).replyModal(any());
		verify(reply).setEphemeral(true);
		verify(reply).queue();
	}

	@Test
	void aButtonWithoutACaseNumberIsRefusedNotActedOn() {
		pressed("acknowledge:not-a-number");
		when(event.isAcknowledged()).thenReturn(true);
		followUp();

		routes.onButtonInteraction(event);

		ArgumentCaptor<MessageCreateData> told = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(event.getHook()).sendMessage(told.capture());
		assertThat(told.getValue().getContent()).isEqualTo("That button does not name a case.");
		verify(actions, never()).acknowledge(any(Long.class), any());
	}

	private MessageEditCallbackAction pressed(String customId) {
		when(event.getComponentId()).thenReturn(customId);
		MessageEditCallbackAction deferred = mock(MessageEditCallbackAction.class);
		when(event.deferEdit()).thenReturn(deferred);
		return deferred;
	}

	@SuppressWarnings("unchecked")
	private WebhookMessageCreateAction<Message> followUp() {
		InteractionHook hook = mock(InteractionHook.class);
		WebhookMessageCreateAction<Message> followUp = mock(WebhookMessageCreateAction.class);
		when(event.getHook()).thenReturn(hook);
		when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(followUp);
		when(followUp.setEphemeral(anyBoolean())).thenReturn(followUp);
		return followUp;
	}

}
