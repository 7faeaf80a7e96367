package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Interactions reach the handler their custom id names, and nobody is left waiting. */
class DiscordRoutesTest {

	final DiscordRoutes routes = new DiscordRoutes();

	@Test
	void aPressReachesItsHandlerWithTheValueItCarries() {
		List<String> handled = new ArrayList<>();
		routes.button("reply-approve", (event, value) -> handled.add(value));
		ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
		when(event.getComponentId()).thenReturn("reply-approve:1042:7");

		routes.onButtonInteraction(event);

		assertThat(handled).containsExactly("1042:7");
	}

	@Test
	void aFormReachesItsHandlerWithWhatItIsAbout() {
		List<String> handled = new ArrayList<>();
		routes.modal("escalate", (event, value) -> handled.add(value));
		ModalInteractionEvent event = mock(ModalInteractionEvent.class);
		when(event.getModalId()).thenReturn("escalate:1042");

		routes.onModalInteraction(event);

		assertThat(handled).containsExactly("1042");
	}

	@Test
	void aPressOfAnUnknownButtonIsAnsweredPrivately() {
		ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
		when(event.getComponentId()).thenReturn("retired-button:1");
		ReplyCallbackAction reply = replyTo(event);

		routes.onButtonInteraction(event);

		assertThat(told(event)).isEqualTo("That button no longer does anything here.");
		verify(reply).setEphemeral(true);
	}

	@Test
	void aHandlerThatFailsIsLoggedAndThePersonToldPrivately() {
		routes.button("acknowledge", (event, value) -> {
			throw new IllegalStateException("the database is gone");
		});
		ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
		when(event.getComponentId()).thenReturn("acknowledge:1");
		ReplyCallbackAction reply = replyTo(event);

		routes.onButtonInteraction(event);

		assertThat(told(event)).isEqualTo("Sorry, that did not work. Please try again.");
		verify(reply).queue();
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

}
