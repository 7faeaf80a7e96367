package dev.frontline.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

import dev.frontline.delivery.Card;
import dev.frontline.people.Actor;
import dev.frontline.people.NotPermittedException;
import dev.frontline.people.People;
import dev.frontline.people.Role;

/** The port finds what a capability declared and turns its refusals into answers. */
class ConversationTest {

	static final Button TAKE = new Button("take", "Take");

	static final Button ASK = new Button("ask", "Ask");

	final People people = mock(People.class);

	final Actor sam = new Actor("console", "sam", "Sam");

	static final class Conflict extends RuntimeException {

		Conflict(String message) {
			super(message);
		}

	}

	final Interactions capability = declare -> declare.refusals(Conflict.class).press(TAKE, (actor, target) -> {
		if (target.equals("7")) {
			throw new Conflict("Case 7 is already owned by Jo.");
		}
		if (target.equals("8")) {
			throw new IllegalStateException("something unexpected");
		}
		if (target.equals("9")) {
			throw new CannotCreateTransactionException("no connection");
		}
		return Outcome.NOTHING;
	})
		.opens(ASK,
				(actor, target) -> new Form("ask", target, "Ask", "Send",
						List.of(new Field.LongText("text", "Why?", null, null, 100, true))))
		.form("ask", "text", (actor, target, answers) -> {
			if (answers.text("text").isBlank()) {
				throw new IllegalArgumentException("Please say why.");
			}
			return new Outcome.Done("Asked about " + target + ".");
		})
		.command("/count", (actor, arguments) -> {
			if (arguments.equals("boom")) {
				throw new CannotCreateTransactionException("no connection");
			}
			return new Outcome.Answer("Counted \"" + arguments + "\" for " + actor.displayName() + ".", List.of());
		});

	final Conversation conversation = new Conversation(List.of(capability), people);

	@Test
	void aFormAskingOneChoiceIsAlsoAButtonForEachOptionThatSubmitsIt() {
		Form form = new Form("ask", "1042", "Ask", "Send",
				List.of(new Field.Text("Which way?"), new Field.Choice("text", "Way", null,
						List.of(new Field.Option("a", "A"), new Field.Option("b", "B")))));

		List<Card.Action> buttons = form.choiceButtons();

		assertThat(buttons).extracting(Card.Action::label).containsExactly("A", "B");
		assertThat(buttons).extracting(Card.Action::primary).containsExactly(true, false);
		assertThat(conversation.choose(sam, buttons.get(1).value())).isEqualTo(new Outcome.Done("Asked about 1042."));
		assertThat(new Form("ask", "1", "Ask", "Send", List.of(new Field.ShortText("t", "T", null, null, 10, true),
				new Field.ShortText("u", "U", null, null, 10, true)))
			.choiceButtons()).isEmpty();
	}

	@Test
	void aFormForAPlatformShowingFewerPartsJoinsItsLinesOrLeavesThemOut() {
		List<Field> inputs = List.of(new Field.ShortText("a", "A", null, null, 10, true),
				new Field.ShortText("b", "B", null, null, 10, true));
		Form form = new Form("f", "1", "F", "Go",
				List.of(new Field.Text("one"), inputs.get(0), new Field.Text("two"), inputs.get(1)));

		assertThat(form.within(4)).isEqualTo(form.fields());
		assertThat(form.within(3)).containsExactly(new Field.Text("one\ntwo"), inputs.get(0), inputs.get(1));
		assertThat(form.within(2)).containsExactlyElementsOf(inputs);
	}

	@Test
	void aPressIsAnsweredByTheCapabilityThatDeclaredIt() {
		assertThat(conversation.press(sam, "take:1")).isEqualTo(Outcome.NOTHING);
		assertThat(conversation.buttons()).containsExactly("ask", "take");
	}

	@Test
	void aDeclaredRefusalIsASentenceForThePersonAndAnythingElseAsksToTryAgain() {
		assertThat(conversation.press(sam, "take", "7"))
			.isEqualTo(new Outcome.Refused("Case 7 is already owned by Jo."));
		assertThat(conversation.press(sam, "take", "8")).isEqualTo(new Outcome.Refused(Conversation.TRY_AGAIN));
		assertThat(conversation.press(sam, "gone", "1"))
			.isEqualTo(new Outcome.Refused("That button no longer does anything here."));
	}

	@Test
	void whileTheDatabaseIsOutOfReachAPressIsAskedToTryAgainInAMoment() {
		assertThat(conversation.press(sam, "take", "9")).isEqualTo(
				new Outcome.Refused("Frontline cannot reach its database just now. Please try again in a moment."));
	}

	@Test
	void aCommandIsAnsweredOnceForEveryPlatformWhateverItsArgumentsLookLike() {
		assertThat(conversation.commands()).containsExactly("/count");
		assertThat(conversation.command(sam, "/COUNT", "  open page 2 "))
			.isEqualTo(new Outcome.Answer("Counted \"open page 2\" for Sam.", List.of()));
		assertThat(conversation.command(sam, "/count", null))
			.isEqualTo(new Outcome.Answer("Counted \"\" for Sam.", List.of()));
		assertThat(conversation.command(sam, "/gone", ""))
			.isEqualTo(new Outcome.Refused("There is no command /gone here."));
		assertThat(Outcome.Answer.of(conversation.command(sam, "/count", "boom"))).isEqualTo(new Outcome.Answer(
				"Frontline cannot reach its database just now. Please try again in a moment.", List.of()));
	}

	@Test
	void aFormIsShownOnlyToStaff() {
		assertThat(conversation.press(sam, "ask", "3")).isInstanceOf(Outcome.Show.class);
		doThrow(new NotPermittedException("Sorry, Frontline doesn't know you yet.")).when(people)
			.require(sam, Role.STAFF);

		assertThat(conversation.press(sam, "ask", "3"))
			.isEqualTo(new Outcome.Refused("Sorry, Frontline doesn't know you yet."));
	}

	@Test
	void aRefusedSubmissionIsShownBesideItsInput() {
		assertThat(conversation.submit(sam, "ask", "3", Answers.of(Map.of())))
			.isEqualTo(new Outcome.Errors(Map.of("text", "Please say why.")));
		assertThat(conversation.submit(sam, "ask", "3", Answers.of(Map.of("text", "late"))))
			.isEqualTo(new Outcome.Done("Asked about 3."));
	}

	@Test
	void aFormThatCouldNotBeShownIsUndoneAsIfClosedAndThePersonToldWhy() {
		List<String> undone = new java.util.ArrayList<>();
		Conversation undoing = new Conversation(
				List.of(capability,
						declare -> declare.closed("ask", (actor, target) -> undone.add(actor.userId() + " " + target))),
				people);
		Form form = ((Outcome.Show) undoing.press(sam, "ask", "3")).form();

		assertThat(undoing.notShown(sam, form))
			.isEqualTo(new Outcome.Refused("Sorry, that form could not be opened. Please try again."));
		assertThat(undone).containsExactly("sam 3");
	}

	@Test
	void thePersonReadsWhatAnOutcomeSaysAndEachPlatformAnswersTheRestItsOwnWay() {
		assertThat(Outcome.words(new Outcome.Done("Asked about 3."))).contains("Asked about 3.");
		assertThat(Outcome.words(new Outcome.Refused("No."))).contains("No.");
		assertThat(Outcome.words(new Outcome.Errors(Map.of("text", "Please say why.")))).contains("Please say why.");
		assertThat(Outcome.words(new Outcome.Answer("Counted.", List.of()))).contains("Counted.");
		assertThat(Outcome.words(Outcome.NOTHING)).isEmpty();
		assertThat(Outcome.words(new Outcome.Later(() -> new Outcome.Done("later")))).isEmpty();
	}

	@Test
	void twoCapabilitiesCannotClaimOneButton() {
		assertThatThrownBy(() -> new Conversation(List.of(capability, capability), people))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("take");
	}

	@Test
	void aFormChecksItsOwnLimitsBesideEachInput() {
		Form form = new Form("ask", "3", "Ask", "Send",
				List.of(new Field.ShortText("what", "What", null, null, 5, true),
						new Field.Choice("severity", "Severity", null, List.of(new Field.Option("SEV1", "SEV1"))),
						new Field.PersonPicker("owner", "New owner", null)));

		assertThat(form.check(Answers.of(Map.of("what", "too long", "severity", "SEV9"))))
			.containsEntry("what", "\"What\" takes at most 5 characters, not 8.")
			.containsEntry("severity", "Please choose one of SEV1.")
			.containsEntry("owner", "Please choose new owner.");
		assertThat(ButtonIds.action(ButtonIds.of("reply-approve", "7:2"))).isEqualTo("reply-approve");
		assertThat(ButtonIds.target(ButtonIds.of("reply-approve", "7:2"))).isEqualTo("7:2");
	}

}
