package dev.frontline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.conversation.Answers;
import dev.frontline.conversation.Conversation;
import dev.frontline.conversation.Field;
import dev.frontline.conversation.Outcome;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/** The digest's buttons, as every platform carries them, with the core mocked. */
class StoryConversationTest {

	final StoryThemes themes = mock(StoryThemes.class);

	final ImprovementActions actions = mock(ImprovementActions.class);

	final People people = mock(People.class);

	final Conversation conversation = new Conversation(List.of(new StoryConversation(themes, actions, people)), people);

	final Actor sam = new Actor("discord", "31", "Sam");

	@Test
	void aSupervisorGetsTheImprovementFormWithAPersonPickerAndADueTime() {
		Outcome.Show shown = (Outcome.Show) conversation.press(sam, "story-improve", "7");

		assertThat(shown.form().id()).isEqualTo("story-improve");
		assertThat(shown.form().target()).isEqualTo("7");
		assertThat(shown.form().inputs()).extracting(Field.Input::name).containsExactly("title", "owner", "due");
		assertThat(shown.form().inputs().get(1)).isInstanceOf(Field.PersonPicker.class);
	}

	@Test
	void staffAreRefusedAThemeFormPrivately() {
		doThrow(new NotPermittedException("Sorry, only a supervisor can do that.")).when(people)
			.require(sam, Role.SUPERVISOR);

		assertThat(conversation.press(sam, "story-theme", "7"))
			.isEqualTo(new Outcome.Refused("Sorry, only a supervisor can do that."));
	}

	@Test
	void anActionsDoneActsAtOnce() {
		assertThat(conversation.press(sam, "action-done", "3")).isEqualTo(Outcome.NOTHING);

		verify(actions).done(3, sam);
	}

	@Test
	void eachRefusalOfAnImprovementActionShowsBesideTheAnswerItIsAbout() {
		Actor owner = new Actor("discord", "32", "Jo");
		when(actions.create(sam, 7, "Book couriers", owner, "soon"))
			.thenThrow(new IllegalArgumentException("Please say when it is due: 2d, 1d 4h or 30m from now."));

		assertThat(conversation.submit(sam, "story-improve", "7", Answers.of(Map.of("title", "Book couriers"))))
			.isEqualTo(new Outcome.Errors(Map.of("owner", "Please choose who sees it through.")));
		assertThat(conversation.submit(sam, "story-improve", "7",
				new Answers(Map.of("title", "Book couriers", "due", "soon"), Map.of("owner", owner))))
			.isEqualTo(new Outcome.Errors(Map.of("due", "Please say when it is due: 2d, 1d 4h or 30m from now.")));
	}

}
