package dev.frontline.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import net.dv8tion.jda.api.components.Component;
import net.dv8tion.jda.api.components.attribute.ICustomId;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.followups.FollowUpStep;
import dev.frontline.followups.FollowUps;
import dev.frontline.followups.StepStatus;
import dev.frontline.incidents.IncidentActions;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.replies.ReplyDrafts;

/**
 * Every button that opens a form builds one Discord accepts (JDA checks a form's
 * components when it is built), with the fields its submission reads.
 */
class DiscordFormsTest {

	final DiscordRoutes routes = new DiscordRoutes();

	final DiscordUsers users = mock(DiscordUsers.class);

	final Cases cases = mock(Cases.class);

	final FollowUps followUps = mock(FollowUps.class);

	final ReplyDrafts replies = mock(ReplyDrafts.class);

	final ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);

	@BeforeEach
	void register() {
		People people = mock(People.class);
		new DiscordCaseButtons(mock(CaseActions.class), mock(IncidentActions.class), cases, followUps, people, users)
			.register(routes);
		new DiscordReplyButtons(replies, people, users).register(routes);
		new DiscordFollowUpButtons(followUps, people, users).register(routes);
		when(users.actorOf(event)).thenReturn(new Actor("discord", "31", "Sam", Set.of()));
		when(event.replyModal(any(Modal.class))).thenReturn(mock(ModalCallbackAction.class));
	}

	@Test
	void resolvingACaseWithOpenStepsOffersSupervisorsToWaiveThem() {
		CaseView view = mock(CaseView.class);
		when(view.plan()).thenReturn(new CaseView.Plan(1, 3, null));
		when(cases.find(1042)).thenReturn(Optional.of(view));

		Modal form = opened("resolve:1042");

		assertThat(form.getId()).isEqualTo("resolve:1042");
		assertThat(childIds(form)).containsExactly(DiscordCaseButtons.TEXT, DiscordCaseButtons.WAIVE);
	}

	@Test
	void approvingWhileOtherDraftsAreInReviewAsksWhetherToSetThemAside() {
		when(replies.mayApprove(any(), any())).thenReturn(2);

		Modal form = opened("reply-approve:1042:7");

		assertThat(form.getId()).isEqualTo("reply-approve:1042:7");
		assertThat(childIds(form)).containsExactly(DiscordReplyButtons.OTHERS);
	}

	@Test
	void requestChangesAndMarkPostedAskForTheirOneField() {
		assertThat(childIds(opened("reply-changes:1042:7"))).containsExactly(DiscordReplyButtons.COMMENT);
		assertThat(childIds(opened("mark-posted:1042"))).containsExactly(DiscordReplyButtons.LINK);
	}

	@Test
	void stepFormsAskWhatWhenWhyAndWhom() {
		FollowUpStep step = new FollowUpStep(5, 1042, 2, "Call the customer", "discord:31", "Sam",
				Instant.parse("2026-11-24T14:00:00Z"), StepStatus.OPEN, null, null);
		when(followUps.pressedStep("1042.2")).thenReturn(step);
		when(followUps.pressedStep("5")).thenReturn(step);

		assertThat(childIds(opened("add-step:1042"))).containsExactly(DiscordFollowUpButtons.TITLE,
				DiscordFollowUpButtons.DUE);
		assertThat(childIds(opened("step-edit:5"))).containsExactly(DiscordFollowUpButtons.TITLE,
				DiscordFollowUpButtons.DUE);
		assertThat(childIds(opened("step-waive:1042.2"))).containsExactly(DiscordFollowUpButtons.REASON);
		assertThat(opened("step-waive:1042.2").getTitle()).isEqualTo("Waive step 1042.2");
		assertThat(childIds(opened("step-reassign:1042.2"))).containsExactly(DiscordFollowUpButtons.OWNER);
	}

	private Modal opened(String customId) {
		when(event.getComponentId()).thenReturn(customId);
		routes.onButtonInteraction(event);
		ArgumentCaptor<Modal> form = ArgumentCaptor.forClass(Modal.class);
		verify(event, atLeastOnce()).replyModal(form.capture());
		return form.getValue();
	}

	/** The ids of the form's inputs, in order. */
	private static List<String> childIds(Modal form) {
		return form.getComponents()
			.stream()
			.filter(component -> component.getType() == Component.Type.LABEL)
			.map(component -> ((Label) component).getChild())
			.map(child -> ((ICustomId) child).getCustomId())
			.toList();
	}

}
