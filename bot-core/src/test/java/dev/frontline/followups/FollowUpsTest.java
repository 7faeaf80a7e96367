package dev.frontline.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseCommands;
import dev.frontline.cases.CaseConflictException;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.people.NotPermittedException;
import dev.frontline.replies.DraftRef;
import dev.frontline.replies.ReplyDraft;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.triage.Severity;
import dev.frontline.testing.RecordingChatPlatform;

/**
 * A follow-up plan from the playbook, changed step by step, reminded before due, called
 * out when late, and no case resolved while steps are open unless a supervisor waives
 * them. Its own application context, with its own clock: moving hours ahead must not
 * breach other tests' cases, nor their escalations crowd this one's channel.
 */
@SpringBootTest(properties = "frontline.test.clock-start=2026-12-01T08:00:00Z")
class FollowUpsTest {

	@Autowired
	FollowUps followUps;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	Cases cases;

	@Autowired
	CaseActions caseActions;

	@Autowired
	CaseCommands caseCommands;

	@Autowired
	ReplyDrafts replies;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingChatPlatform chat;

	@Test
	void aPlanComesFromTheCategoryPlaybookWithOwnersAndDueTimesAndShowsOnTheCard() {
		long number = takenBaggageCase("plan-1");
		Instant madeAt = clock.instant();

		List<FollowUpStep> steps = followUps.plan(number, People.STAFF);

		assertThat(steps).extracting(FollowUpStep::title)
			.containsExactly("Move the conversation to a private message",
					"Check the bag in the baggage tracing system", "Update the customer on where the bag is",
					"Confirm delivery or compensation within policy",
					"Close the loop and ask how the rest of the trip went");
		assertThat(steps).extracting(FollowUpStep::ownerName)
			.containsExactly("Sam Staff", "Sam Staff", "Sam Staff", "U-SUPER", "Sam Staff");
		assertThat(steps.get(2).dueAt()).isEqualTo(madeAt.plus(Duration.ofHours(24)));
		CaseView.Plan plan = cases.get(number).plan();
		assertThat(plan.done()).isZero();
		assertThat(plan.total()).isEqualTo(5);
		assertThat(plan.next().title()).isEqualTo("Move the conversation to a private message");
		assertThat(await().atMost(Duration.ofSeconds(10))
			.until(() -> notesOf(number).stream()
				.filter(note -> note.text().startsWith("Step " + number + ".2: Check the bag"))
				.findFirst(), found -> found.isPresent())
			.orElseThrow()
			.actions()).extracting(action -> action.label()).containsExactly("Done", "Waive", "Reassign", "Edit");
		assertThatThrownBy(() -> followUps.plan(number, People.STAFF)).isInstanceOf(FollowUpConflictException.class)
			.hasMessageContaining("already has a follow-up plan");
		assertThat(steps).extracting(FollowUpStep::ref)
			.containsExactly(number + ".1", number + ".2", number + ".3", number + ".4", number + ".5");
		assertThat(notesOf(number)).noneMatch(note -> note.text().contains("(step "));
	}

	@Test
	void aStepIsNamedByItsCaseAndPlaceAndAnotherCasesStepIsNeverTakenForIt() {
		long first = takenBaggageCase("plan-ref-1");
		long second = takenBaggageCase("plan-ref-2");
		followUps.plan(first, People.STAFF);
		FollowUpStep added = followUps.addStep(second, People.STAFF, "Call the Denver office", "1d");

		assertThat(added.ref()).isEqualTo(second + ".1");
		assertThat(followUps.step(second + ".1").id()).isEqualTo(added.id());
		assertThat(followUps.step(first + ".2").title()).isEqualTo("Check the bag in the baggage tracing system");
		assertThatThrownBy(() -> followUps.step(second + ".2")).isInstanceOf(UnknownStepException.class)
			.hasMessage("There is no follow-up step " + second + ".2.");
		assertThatThrownBy(() -> followUps.step("2")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Please name the step by its case and place, such as 1035.2, not \"2\".");
		assertThat(followUps.pressedStep(String.valueOf(added.id())).ref()).as("a button posted before")
			.isEqualTo(added.ref());
		followUps.done(added.id(), People.STAFF);
		assertThat(followUps.step(second + ".1").status()).isEqualTo(StepStatus.DONE);
	}

	@Test
	void resolveIsRefusedWhileStepsAreOpenAndAllowedOnceDoneOrWaived() {
		long number = takenBaggageCase("plan-2");
		List<FollowUpStep> steps = followUps.plan(number, People.STAFF);

		assertThatThrownBy(() -> caseActions.resolve(number, People.STAFF, "bag delivered"))
			.isInstanceOf(CaseConflictException.class)
			.hasMessage("Case " + number + " has 5 open follow-up steps: mark them done or waive them first;"
					+ " a supervisor may waive them all when resolving.");
		followUps.done(steps.get(0).id(), People.STAFF);
		assertThatThrownBy(() -> followUps.waive(steps.get(1).id(), People.STAFF, " "))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Please give a reason to waive the step.");
		for (FollowUpStep step : steps.subList(1, 5)) {
			// The supervisor's own step is theirs to waive.
			followUps.waive(step.id(), step.ownerName().equals("Sam Staff") ? People.STAFF : People.SUPERVISOR,
					"bag delivered by courier");
		}
		assertThatThrownBy(() -> followUps.done(steps.get(0).id(), People.STAFF))
			.isInstanceOf(FollowUpConflictException.class)
			.hasMessage("Step " + number + ".1 is already done.");

		assertThat(caseActions.resolve(number, People.STAFF, "bag delivered").status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(cases.get(number).history()).extracting(HistoryEntry::action)
			.containsSubsequence("PLAN_MADE", "STEP_DONE", "STEP_WAIVED", "RESOLVED");
	}

	@Test
	void staffWaiveOnlyTheirOwnStepsAndASupervisorWaivesTheRest() {
		long number = takenBaggageCase("plan-waive");
		List<FollowUpStep> steps = followUps.plan(number, People.STAFF);
		FollowUpStep supervisors = steps.get(3);
		assertThat(supervisors.ownerId()).isEqualTo("slack:U-SUPER");

		assertThatThrownBy(() -> followUps.waive(supervisors.id(), People.STAFF, "not needed"))
			.isInstanceOf(NotPermittedException.class)
			.hasMessage("Sorry, only a supervisor can waive a step U-SUPER owns: operator, Sofia Supervisor.");
		assertThatThrownBy(() -> followUps.waive(steps.get(0).id(), People.OTHER_STAFF, "not needed"))
			.isInstanceOf(NotPermittedException.class)
			.hasMessageStartingWith("Sorry, only a supervisor can waive a step Sam Staff owns");
		assertThat(followUps.waive(steps.get(0).id(), People.STAFF, "customer called us").status())
			.isEqualTo(StepStatus.WAIVED);
		assertThat(followUps.waive(steps.get(1).id(), People.SUPERVISOR, "traced by the station").status())
			.isEqualTo(StepStatus.WAIVED);
	}

	@Test
	void anyStepOfASev1CaseIsWaivedByASupervisorOnly() {
		long number = intake.submit(List.of(new IncomingComplaint("x", "plan-sev1",
				"There was smoke in the cabin on my flight and the crew ignored it.",
				URI.create("https://social.example/x/plan-sev1"), clock.instant(),
				new IncomingComplaint.Author("@plan-sev1", "Ana Ruiz", 300), IncomingComplaint.Engagement.NONE, null,
				IncomingComplaint.Customer.UNKNOWN, "en")))
			.getFirst()
			.caseNumber();
		assertThat(cases.get(number).severity()).isEqualTo(Severity.SEV1);
		caseActions.acknowledge(number, People.STAFF);
		FollowUpStep own = followUps.addStep(number, People.STAFF, "Call the customer back", "4h");

		assertThatThrownBy(() -> followUps.waive(own.id(), People.STAFF, "they called us"))
			.isInstanceOf(NotPermittedException.class)
			.hasMessage("Sorry, only a supervisor can waive a step of a SEV1 case: operator, Sofia Supervisor.");
		assertThat(followUps.waive(own.id(), People.SUPERVISOR, "they called us").status())
			.isEqualTo(StepStatus.WAIVED);
	}

	@Test
	void onlyASupervisorResolvesByWaivingTheOpenSteps() {
		long number = takenBaggageCase("plan-3");
		followUps.plan(number, People.STAFF);

		assertThatThrownBy(() -> followUps.resolveWaivingOpenSteps(number, People.STAFF, "customer gone quiet"))
			.isInstanceOf(NotPermittedException.class);
		CaseView resolved = followUps.resolveWaivingOpenSteps(number, People.SUPERVISOR, "customer gone quiet");

		assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(followUps.steps(number)).extracting(FollowUpStep::status).containsOnly(StepStatus.WAIVED);
		assertThat(resolved.history()).filteredOn(entry -> entry.action().equals("STEP_WAIVED"))
			.hasSize(5)
			.allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("Sofia Supervisor (slack:U-SUPER)"));
	}

	@Test
	void theOwnerIsRemindedBeforeDueAndALateStepIsNotedWithTheSupervisorsOnce() {
		long number = takenBaggageCase("plan-4");
		List<FollowUpStep> steps = followUps.plan(number, People.STAFF);
		FollowUpStep check = steps.get(1);
		followUps.reassign(check.id(), People.STAFF, People.OTHER_STAFF);
		assertThatThrownBy(() -> followUps.reassign(check.id(), People.STAFF, People.STRANGER))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Stranger is not in a care team: choose someone who is.");

		// Three hours on: the check (due at 4 h) is an hour away; the first step (1 h) is
		// late.
		clock.advance(Duration.ofHours(3));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> directTo("U-STAFF-2", "step " + check.ref() + " ").size() == 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> cases.get(number).history().stream().anyMatch(entry -> entry.action().equals("STEP_OVERDUE")));
		await().during(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(4)).until(() -> true);
		assertThat(directTo("U-STAFF-2", "step " + check.ref() + " ")).singleElement()
			.satisfies(message -> assertThat(message.text())
				.startsWith("Reminder: your follow-up step " + number + ".2 is due")
				.endsWith("(in 60 min): " + check.title()));
		assertThat(cases.get(number).history()).filteredOn(entry -> entry.action().equals("STEP_OVERDUE"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.detail()).startsWith("step " + number + ".1:"));
		assertThat(notesOf(number)).filteredOn(note -> note.text().startsWith("Overdue: step " + number + ".1 was due"))
			.singleElement()
			.satisfies(note -> assertThat(note.mentions()).extracting(mention -> mention.id())
				.contains("U-STAFF", "U-SUPER"));
		assertThat(cases.get(number).plan().next().dueAt()).isBefore(clock.instant());
		assertThat(caseCommands.casesCommand(People.STAFF, "overdue").text()).contains("Follow-up steps past due")
			.contains("step " + number + ".1 · due ");
		assertThat(caseCommands.casesCommand(People.OTHER_STAFF, "mine").text())
			.contains("Your follow-up steps (1):\nstep " + number + ".2 · due ");
	}

	@Test
	void aCaseWithAPlanFollowsUpOnceItsReplyIsPublicAndIsResolvedFromThere() {
		long number = takenBaggageCase("plan-6");
		followUps.plan(number, People.STAFF);
		assertThat(cases.get(number).status()).as("still waiting for its reply").isEqualTo(CaseStatus.ACKNOWLEDGED);
		ReplyDraft draft = replies.submit(number, People.STAFF,
				"Hi Mara, we're so sorry your bag hasn't arrived. Please send us a private message with your bag tag"
						+ " and we'll trace it today.",
				null);
		replies.approve(new DraftRef(draft.id(), draft.version()), People.SUPERVISOR, true);

		replies.markPosted(number, People.STAFF, "https://social.example/r/plan-6");

		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.FOLLOWING_UP);
		followUps.steps(number).forEach(step -> followUps.done(step.id(), People.STAFF));
		assertThat(caseActions.resolve(number, People.STAFF, "bag delivered").status()).isEqualTo(CaseStatus.RESOLVED);
	}

	@Test
	void dueTimesAreTypedRelativeOrAsAnInstantAndAnythingElseIsExplained() {
		long number = takenBaggageCase("plan-5");
		Instant now = clock.instant();

		FollowUpStep added = followUps.addStep(number, People.STAFF, "Call the Denver office", "1d 4h");
		FollowUpStep edited = followUps.edit(added.id(), People.STAFF, "Call the Denver station",
				now.plus(Duration.ofHours(2)).toString());

		assertThat(added.dueAt()).isEqualTo(now.plus(Duration.ofHours(28)));
		assertThat(edited.dueAt()).isEqualTo(now.plus(Duration.ofHours(2)));
		assertThat(edited.title()).isEqualTo("Call the Denver station");
		assertThatThrownBy(() -> followUps.addStep(number, People.STAFF, "Call", "tomorrow"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("as 30m, 4h, 2d or 1d 4h from now")
			.hasMessageEndingWith("not \"tomorrow\".");
		assertThat(followUps.steps(number)).hasSize(1);
	}

	private List<dev.frontline.delivery.ThreadNote> notesOf(long number) {
		return chat.calls()
			.stream()
			.filter(call -> call.method().equals("postThreadNote"))
			.map(RecordingChatPlatform.Call::note)
			.filter(note -> followUps.steps(number)
				.stream()
				.anyMatch(step -> note.text().contains("tep " + step.ref() + " ")
						|| note.text().contains("tep " + step.ref() + ":")))
			.toList();
	}

	private List<dev.frontline.delivery.ThreadNote> directTo(String userId, String containing) {
		return chat.calls()
			.stream()
			.filter(call -> call.method().equals("sendDirectMessage") && call.ref().equals(userId))
			.map(RecordingChatPlatform.Call::note)
			.filter(note -> note.text().contains(containing))
			.toList();
	}

	private long takenBaggageCase(String id) {
		long number = intake.submit(List
			.of(new IncomingComplaint("x", id, "My bag didn't come off the belt and the baggage desk can't find it.",
					URI.create("https://social.example/x/" + id), clock.instant(),
					new IncomingComplaint.Author("@" + id, "Mara Tell", 860), IncomingComplaint.Engagement.NONE, null,
					new IncomingComplaint.Customer("silver", null), "en")))
			.getFirst()
			.caseNumber();
		caseActions.acknowledge(number, People.STAFF);
		return number;
	}

}
