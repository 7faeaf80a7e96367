package dev.frontline.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.delivery.Card;
import dev.frontline.people.Actor;
import dev.frontline.people.People;

/**
 * A typed line stands for the press, submission or command its verb declared, and is
 * answered as they are; help, completion and how buttons and forms are typed come from
 * the same declarations.
 */
class TypedLinesTest {

	static final Button TAKE = new Button("take", "Take");

	static final Button ASK = new Button("ask", "Ask");

	final Actor sam = new Actor("console", "sam", "Sam");

	final List<String> calls = new ArrayList<>();

	final Interactions capability = declare -> {
		declare.press(TAKE, (actor, target) -> {
			calls.add("take " + target + " by " + actor.userId());
			return Outcome.NOTHING;
		})
			.opens(ASK,
					(actor, target) -> new Form("ask", "case:" + target, "Ask", "Send",
							List.of(new Field.LongText("text", "Why?", null, null, 100, true))))
			.form("ask", "text", (actor, target, answers) -> {
				if (answers.text("text").isBlank()) {
					throw new IllegalArgumentException("Please say why.");
				}
				return new Outcome.Done("Asked about " + target + ": " + answers.text("text") + ".");
			})
			.command("/count", (actor, arguments) -> new Outcome.Answer("counted " + arguments, List.of()));
		declare.typed()
			.verb("Cases", "take", "take <case>", line -> line.press(TAKE, line.number(1)))
			.alias("grab", "take")
			.button(TAKE, "take %s")
			.verb("Cases", "ask", "ask <case> <why>",
					line -> line.count() == 2 ? line.press(ASK, line.number(1))
							: line.submit("ask", line.number(1), Map.of("text", line.rest(2))))
			.button(ASK, "ask %s <why>")
			.verb("Counting", "/count", "/count <what>", TypedLine::command)
			.verb("Cases", "hand", "hand <case> <person>", line -> {
				Actor to = line.person(line.required(2));
				return new Outcome.Done("Case " + line.number(1) + " goes to " + to.platform() + ":" + to.userId());
			})
			.openCases(() -> List.of("1042", "1043"));
	};

	final Conversation conversation = new Conversation(List.of(capability), mock(People.class));

	@Test
	void aLineIsThePressItDeclaresByWhoeverTypedIt() {
		assertThat(conversation.typed(sam, "  take #1042 ")).isEqualTo(Outcome.NOTHING);
		assertThat(conversation.typed(sam, "GRAB 7")).isEqualTo(Outcome.NOTHING);

		assertThat(calls).containsExactly("take 1042 by sam", "take 7 by sam");
	}

	@Test
	void aLineWithArgumentsIsTheFormsSubmissionAndItsRefusalsAreAnswers() {
		assertThat(conversation.typed(sam, "ask 1042 the  bag is lost"))
			.isEqualTo(new Outcome.Done("Asked about 1042: the  bag is lost."));
		assertThat(conversation.typed(sam, "ask 1042 ")).isInstanceOf(Outcome.Show.class);
		assertThat(conversation.typed(sam, "ask")).isEqualTo(new Outcome.Refused("Usage: ask <case> <why>"));
		assertThat(conversation.typed(sam, "take seven")).isEqualTo(new Outcome.Refused("Usage: take <case>"));
		assertThat(conversation.typed(sam, "hand 1042")).isEqualTo(new Outcome.Refused("Usage: hand <case> <person>"));
		assertThat(conversation.typed(sam, "hand 1042 jo")).isEqualTo(new Outcome.Done("Case 1042 goes to console:jo"));
	}

	@Test
	void aCommandGetsEverythingAfterItsName() {
		assertThat(conversation.typed(sam, "/COUNT  open cases"))
			.isEqualTo(new Outcome.Answer("counted open cases", List.of()));
	}

	@Test
	void anUnknownVerbGetsAHintAndABlankLineNothing() {
		assertThat(conversation.typed(sam, "tkae 3"))
			.isEqualTo(new Outcome.Refused("Unknown command \"tkae\". Did you mean take? Type help for the commands."));
		assertThat(conversation.typed(sam, "dance"))
			.isEqualTo(new Outcome.Refused("Unknown command \"dance\". Type help for the commands."));
		assertThat(conversation.typed(sam, "   ")).isEqualTo(Outcome.NOTHING);
	}

	@Test
	void helpListsEveryUsageBySection() {
		Outcome help = conversation.typed(sam, "?");

		assertThat(help).isEqualTo(conversation.typed(sam, "help"));
		assertThat(Outcome.words(help)).hasValue(
				"Cases:     take <case> · ask <case> <why> · hand <case> <person>\n" + "Counting:  /count <what>");
	}

	@Test
	void buttonsAndFormsAreTypedAsDeclared() {
		TypedLines typing = conversation.typing();

		assertThat(typing.formOf(TAKE.on(1042, true))).isEqualTo("take 1042");
		assertThat(typing.formOf(new Card.Action("other", "Other", "9", false))).isEqualTo("other 9");
		Outcome.Show asked = (Outcome.Show) conversation.typed(sam, "ask 1042");
		assertThat(typing.submissionOf(asked.form())).isEqualTo("ask 1042 <why>");
	}

	@Test
	void completionOffersVerbsThenOpenCasesWhereAVerbTakesOne() {
		TypedLines typing = conversation.typing();

		assertThat(typing.completions(List.of(""), 0)).containsExactly("take", "ask", "/count", "hand", "help");
		assertThat(typing.completions(List.of("ask", ""), 1)).containsExactly("1042", "1043");
		assertThat(typing.completions(List.of("/count", ""), 1)).isEmpty();
		assertThat(typing.completions(List.of("ask", "1042", ""), 2)).isEmpty();
	}

	@Test
	void aVerbIsDeclaredOnce() {
		Interactions twice = declare -> declare.typed()
			.verb("Cases", "take", "take <case>", line -> Outcome.NOTHING)
			.verb("Cases", "take", "take <case>", line -> Outcome.NOTHING);

		assertThatThrownBy(() -> new Conversation(List.of(twice), mock(People.class)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("take");
	}

	@Test
	void aNoteToReviewersFollowsTheReplyAfterTwoSlashes() {
		assertThat(TypedLine.withNote("Sorry Mara // gold member", "reply", "note"))
			.isEqualTo(Map.of("reply", "Sorry Mara", "note", "gold member"));
		assertThat(TypedLine.withNote("Sorry Mara", "reply", "note")).isEqualTo(Map.of("reply", "Sorry Mara"));
	}

}
