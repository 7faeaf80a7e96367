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

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.stories.ImprovementActions;
import dev.frontline.stories.StoryThemes;

/** The digest's story buttons in Discord, with JDA's events and the core mocked. */
class DiscordStoryButtonsTest {

	final StoryThemes themes = mock(StoryThemes.class);

	final ImprovementActions actions = mock(ImprovementActions.class);

	final People people = mock(People.class);

	final DiscordUsers users = mock(DiscordUsers.class);

	final DiscordRoutes routes = new DiscordRoutes();

	final ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);

	final Actor sam = new Actor("discord", "31", "Sam", Set.of());

	@BeforeEach
	void register() {
		new DiscordStoryButtons(themes, actions, people, users).register(routes);
		when(users.actorOf(event)).thenReturn(sam);
	}

	@Test
	void aSupervisorGetsTheImprovementFormWithAUserPicker() {
		when(event.getComponentId()).thenReturn("story-improve:7");
		ModalCallbackAction opened = mock(ModalCallbackAction.class);
		when(event.replyModal(any(Modal.class))).thenReturn(opened);

		routes.onButtonInteraction(event);

		ArgumentCaptor<Modal> form = ArgumentCaptor.forClass(Modal.class);
		verify(event).replyModal(form.capture());
		assertThat(form.getValue().getId()).isEqualTo("story-improve:7");
		assertThat(form.getValue().getTitle()).isEqualTo("Improvement action · story 7");
		assertThat(form.getValue().toData().toString()).contains("owner").contains("due");
		verify(opened).queue(any(), any());
	}

	@Test
	void staffAreRefusedAThemeFormPrivately() {
		when(event.getComponentId()).thenReturn("story-theme:7");
		doThrow(new NotPermittedException("Sorry, only a supervisor can do that.")).when(people)
			.require(sam, Role.SUPERVISOR);
		ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
		when(event.reply(any(MessageCreateData.class))).thenReturn(reply);
		when(reply.setEphemeral(anyBoolean())).thenReturn(reply);

		routes.onButtonInteraction(event);

		verify(event, never()).replyModal(any());
		ArgumentCaptor<MessageCreateData> told = ArgumentCaptor.forClass(MessageCreateData.class);
		verify(event).reply(told.capture());
		assertThat(told.getValue().getContent()).isEqualTo("Sorry, only a supervisor can do that.");
		verify(reply).setEphemeral(true);
	}

	@Test
	void anActionsDoneActsAtOnce() {
		when(event.getComponentId()).thenReturn("action-done:3");
		MessageEditCallbackAction deferred = mock(MessageEditCallbackAction.class);
		when(event.deferEdit()).thenReturn(deferred);

		routes.onButtonInteraction(event);

		verify(deferred).queue();
		verify(actions).done(3, sam);
	}

}
