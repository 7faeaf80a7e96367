package dev.frontline.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.people.NotPermittedException;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;

/**
 * Agreeing a reply: drafted from the template, checked, approved by a supervisor who did
 * not write it, approval withdrawn by an edit, and recorded once when two approve at
 * once.
 */
@SpringBootTest
class ReplyDraftsTest {

	static final String GOOD = "Hi Mara, we're so sorry your bag hasn't arrived. Please send us a private message with"
			+ " your bag tag and we'll trace it today.";

	@Autowired
	ReplyDrafts drafts;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	Cases cases;

	@Autowired
	CaseActions caseActions;

	@Autowired
	MutableClock clock;

	@Test
	void theFormStartsFromTheCategoryTemplateWithTheCustomersNameAndTellsWhoElseIsDrafting() {
		long number = openBaggageCase("draft-1");

		DraftForm first = drafts.open(number, People.STAFF);
		DraftForm second = drafts.open(number, People.OTHER_STAFF);

		assertThat(first.prefill()).startsWith("Hi Mara Tell, I'm sorry your bag hasn't reached you.");
		assertThat(first.othersDrafting()).isEmpty();
		assertThat(second.othersDrafting()).containsExactly("Sam Staff");
	}

	@Test
	void checksFlagAPromiseAndBlockAskingForPersonalDataInPublic() {
		long number = openBaggageCase("draft-2");

		ReplyDraft promise = drafts.submit(number, People.STAFF,
				"Sorry Mara! We guarantee your bag is with you tonight, send us a DM.", null);
		ReplyDraft askingInPublic = drafts.submit(number, People.STAFF,
				"Sorry Mara! What is your booking reference? We'll look into it today.", null);

		assertThat(promise.findings()).extracting(CheckFinding::check).containsExactly(ReplyCheck.UNKEEPABLE_PROMISE);
		assertThat(promise.blocked()).isFalse();
		assertThat(askingInPublic.findings()).extracting(CheckFinding::check)
			.containsExactly(ReplyCheck.ASKS_FOR_PERSONAL_DATA);
		assertThat(askingInPublic.blocked()).isTrue();
		assertThatThrownBy(() -> drafts.approve(askingInPublic.id(), People.SUPERVISOR, false))
			.isInstanceOf(ReplyConflictException.class)
			.hasMessageContaining("cannot be approved: Asks for \"booking reference\" in public");
		assertThat(cases.get(number).history()).extracting(HistoryEntry::action)
			.contains("REPLY_DRAFTED", "REPLY_DRAFTED");
	}

	@Test
	void onlyASupervisorWhoDidNotWriteItApprovesAndAnEditNeedsApprovalAgain() {
		long number = openBaggageCase("draft-3");
		caseActions.acknowledge(number, People.STAFF);
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, "customer is a frequent flyer");

		assertThatThrownBy(() -> drafts.approve(draft.id(), People.OTHER_STAFF, false))
			.isInstanceOf(NotPermittedException.class)
			.hasMessage("Sorry, only a supervisor can do that.");
		ReplyDraft byTheSupervisor = drafts.submit(number, People.SUPERVISOR, GOOD, null);
		assertThatThrownBy(() -> drafts.approve(byTheSupervisor.id(), People.SUPERVISOR, false))
			.isInstanceOf(NotPermittedException.class)
			.hasMessage("You wrote this draft: someone else approves it.");

		ReplyDraft approved = drafts.approve(draft.id(), People.SUPERVISOR, true);

		assertThat(approved.status()).isEqualTo(DraftStatus.APPROVED);
		assertThat(approved.reviewedByName()).isEqualTo("Sofia Supervisor");
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.REPLY_APPROVED);
		assertThat(drafts.ofCase(number)).extracting(ReplyDraft::status)
			.containsExactly(DraftStatus.APPROVED, DraftStatus.REJECTED);
		HistoryEntry approval = cases.get(number).history().getLast();
		assertThat(approval.action()).isEqualTo("REPLY_APPROVED");
		assertThat(approval.actor()).isEqualTo("Sofia Supervisor (slack:U-SUPER)");

		ReplyDraft edited = drafts.edit(draft.id(), People.STAFF, GOOD + " Thanks for your patience.", null);

		assertThat(edited.status()).isEqualTo(DraftStatus.PENDING);
		assertThat(cases.get(number).status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(cases.get(number).history().getLast().detail()).contains("approval withdrawn");
	}

	@Test
	void requestChangesCarriesTheCommentToTheAuthorAndTheDraftNeedsAnEditBeforeApproval() {
		long number = openBaggageCase("draft-4");
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, null);

		ReplyDraft sentBack = drafts.requestChanges(draft.id(), People.SUPERVISOR, "Mention the Denver office");

		assertThat(sentBack.status()).isEqualTo(DraftStatus.CHANGES_REQUESTED);
		assertThat(sentBack.reviewComment()).isEqualTo("Mention the Denver office");
		assertThatThrownBy(() -> drafts.approve(draft.id(), People.SUPERVISOR, false))
			.isInstanceOf(ReplyConflictException.class)
			.hasMessage("Changes were asked for on draft " + draft.id() + ": edit it first.");
		assertThat(cases.get(number).history().getLast().detail())
			.isEqualTo("draft " + draft.id() + ": Mention the Denver office");
	}

	@Test
	void twoApprovalsAtTheSameMomentRecordOne() throws Exception {
		long number = openBaggageCase("draft-5");
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, null);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<String> outcomes = new ArrayList<>();
		try {
			List<Callable<String>> approvals = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				approvals.add(() -> {
					start.await();
					try {
						return drafts.approve(draft.id(), People.SUPERVISOR, false).status().name();
					}
					catch (ReplyConflictException ex) {
						return ex.getMessage();
					}
				});
			}
			List<Future<String>> results = approvals.stream().map(pool::submit).toList();
			start.countDown();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(outcomes).containsExactlyInAnyOrder("APPROVED",
				"Draft " + draft.id() + " is already approved by Sofia Supervisor.");
		assertThat(cases.get(number).history()).extracting(HistoryEntry::action).containsOnlyOnce("REPLY_APPROVED");
	}

	private long openBaggageCase(String id) {
		return intake.submit(List.of(new IncomingComplaint("x", id,
				"My bag didn't come off the belt and the baggage desk can't find it. Booking QX7P2L.",
				URI.create("https://social.example/x/" + id), clock.instant(),
				new IncomingComplaint.Author("@" + id, "Mara Tell", 860), IncomingComplaint.Engagement.NONE, null,
				new IncomingComplaint.Customer("silver", "QX7P2L"), "en")))
			.getFirst()
			.caseNumber();
	}

}
