package dev.frontline.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.cases.IncomingComplaint;
import dev.frontline.cases.internal.CaseCard;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.intake.ComplaintIntake;
import dev.frontline.people.NotPermittedException;
import dev.frontline.testing.MutableClock;
import dev.frontline.testing.People;
import dev.frontline.testing.RecordingChatPlatform;

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

	@Autowired
	RecordingChatPlatform chat;

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
		assertThatThrownBy(() -> drafts.approve(new DraftRef(askingInPublic.id(), askingInPublic.version()),
				People.SUPERVISOR, false))
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

		assertThatThrownBy(() -> drafts.approve(new DraftRef(draft.id(), draft.version()), People.OTHER_STAFF, false))
			.isInstanceOf(NotPermittedException.class)
			.hasMessageMatching("Sorry, only a supervisor can approve a SEV\\d reply: operator, Sofia Supervisor\\.");
		ReplyDraft byTheSupervisor = drafts.submit(number, People.SUPERVISOR, GOOD, null);
		assertThatThrownBy(() -> drafts.approve(new DraftRef(byTheSupervisor.id(), byTheSupervisor.version()),
				People.SUPERVISOR, false))
			.isInstanceOf(NotPermittedException.class)
			.hasMessage("You wrote or edited this draft: someone else approves it.");

		ReplyDraft approved = drafts.approve(new DraftRef(draft.id(), draft.version()), People.SUPERVISOR, true);

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
	void aSupervisorWhoDraftedOnSlackCannotApproveOnDiscord() {
		long number = openBaggageCase("draft-cross");
		ReplyDraft draft = drafts.submit(number, People.SUPERVISOR, GOOD, null);

		assertThatThrownBy(
				() -> drafts.approve(new DraftRef(draft.id(), draft.version()), People.SUPERVISOR_ON_DISCORD, false))
			.isInstanceOf(NotPermittedException.class)
			.hasMessage("You wrote or edited this draft: someone else approves it.");
		assertThat(drafts.waitingFor(People.SUPERVISOR_ON_DISCORD)).extracting(ReplyDraft::id)
			.doesNotContain(draft.id());
	}

	@Test
	void aSupervisorWhoRewroteADraftCannotApproveItAfterSomeoneElseEditsItAgain() {
		long number = openBaggageCase("draft-launder");
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, null);
		drafts.edit(draft.id(), People.SUPERVISOR, GOOD + " We'll call you back today.", null);
		ReplyDraft touchedUp = drafts.edit(draft.id(), People.OTHER_STAFF, GOOD + " We'll call you back today!", null);

		assertThatThrownBy(
				() -> drafts.approve(new DraftRef(draft.id(), touchedUp.version()), People.SUPERVISOR, false))
			.isInstanceOf(NotPermittedException.class)
			.hasMessage("You wrote or edited this draft: someone else approves it.");
		assertThat(drafts.waitingFor(People.SUPERVISOR)).extracting(ReplyDraft::id).doesNotContain(draft.id());
	}

	@Test
	void aReplyWithNoPublicTextIsRefused() {
		long number = openBaggageCase("draft-empty");

		assertThatThrownBy(() -> drafts.submit(number, People.STAFF, "// just a note", null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("A reply needs text the customer would read: everything after // is a note to reviewers,"
					+ " not the reply.");
		assertThatThrownBy(() -> drafts.submit(number, People.STAFF, "  …  ", "a note"))
			.hasMessage("A reply needs text the customer would read.");
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, null);
		assertThatThrownBy(() -> drafts.edit(draft.id(), People.STAFF, "//", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(drafts.ofCase(number)).extracting(ReplyDraft::text).containsExactly(GOOD);
	}

	@Test
	void requestChangesCarriesTheCommentToTheAuthorAndTheDraftNeedsAnEditBeforeApproval() {
		long number = openBaggageCase("draft-4");
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, null);

		ReplyDraft sentBack = drafts.requestChanges(draft.id(), People.SUPERVISOR, "Mention the Denver office");

		assertThat(sentBack.status()).isEqualTo(DraftStatus.CHANGES_REQUESTED);
		assertThat(sentBack.reviewComment()).isEqualTo("Mention the Denver office");
		assertThatThrownBy(() -> drafts.approve(new DraftRef(draft.id(), draft.version()), People.SUPERVISOR, false))
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
						return drafts.approve(new DraftRef(draft.id(), draft.version()), People.SUPERVISOR, false)
							.status()
							.name();
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

	@Test
	void theCardSaysWhoIsDraftingAndTheDraftNoteCarriesItsButtons() {
		long number = openBaggageCase("draft-6");
		drafts.open(number, People.STAFF);

		assertThat(cases.get(number).drafting()).extracting(CaseView.Drafter::name).containsExactly("Sam Staff");
		Card card = lastCardOf(number);
		assertThat(card.fields()).contains(new Card.Field("Drafting a reply", "Sam Staff since "
				+ DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(clock.instant())));
		assertThat(card.actions()).extracting(Card.Action::label).contains("Draft reply");

		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, null);

		assertThat(cases.get(number).drafting()).isEmpty();
		assertThat(cases.get(number).status()).as("drafting takes a case nobody owned")
			.isEqualTo(CaseStatus.ACKNOWLEDGED);
		assertThat(cases.get(number).owner().name()).isEqualTo("Sam Staff");
		ThreadNote note = await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.calls()
				.stream()
				.filter(call -> call.method().equals("postThreadNote")
						&& call.note().text().startsWith("Draft reply " + draft.id() + " "))
				.map(RecordingChatPlatform.Call::note)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(note.actions()).extracting(Card.Action::label).containsExactly("Approve", "Request changes", "Edit");
		assertThat(note.actions().getFirst().value()).isEqualTo(draft.id() + ":" + draft.version());
	}

	@Test
	void approversAreToldPrivatelyButNotOfABlockedDraftNorTheAuthor() {
		long number = openBaggageCase("draft-7");

		drafts.submit(number, People.STAFF, "Sorry! What is your phone number? We'll call you today.", null);
		ReplyDraft good = drafts.submit(number, People.OTHER_STAFF, GOOD, null);

		List<RecordingChatPlatform.Call> direct = await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.calls()
				.stream()
				.filter(call -> call.method().equals("sendDirectMessage")
						&& call.note().text().contains(" on case " + number + " "))
				.toList(), calls -> !calls.isEmpty());
		assertThat(direct).singleElement().satisfies(call -> {
			assertThat(call.ref()).isEqualTo("U-SUPER");
			assertThat(call.note().text()).startsWith("Draft reply " + good.id() + " on case " + number);
		});
		assertThat(drafts.waitingFor(People.SUPERVISOR)).extracting(ReplyDraft::id).contains(good.id());
		assertThat(drafts.waitingFor(People.STAFF)).isEmpty();
	}

	@Test
	void anApprovalOfAVersionSinceEditedIsRefused() {
		long number = openBaggageCase("draft-8");
		ReplyDraft shown = drafts.submit(number, People.STAFF, GOOD, null);
		drafts.edit(shown.id(), People.STAFF, GOOD + " We guarantee it.", null);

		assertThatThrownBy(() -> drafts.approve(new DraftRef(shown.id(), shown.version()), People.SUPERVISOR, true))
			.isInstanceOf(ReplyConflictException.class)
			.hasMessageContaining("was edited after the version you approved");
	}

	@Test
	void markPostedTakesAPublicLinkAndRecordsTheMeasures() {
		long number = openBaggageCase("draft-9");
		clock.advance(Duration.ofMinutes(4));
		caseActions.acknowledge(number, People.STAFF);
		ReplyDraft draft = drafts.submit(number, People.STAFF, GOOD, null);
		assertThatThrownBy(() -> drafts.markPosted(number, People.STAFF, "https://social.example/r/1"))
			.isInstanceOf(ReplyConflictException.class)
			.hasMessage("Case " + number + " has no approved reply to post.");
		clock.advance(Duration.ofMinutes(10));
		drafts.approve(new DraftRef(draft.id(), draft.version()), People.SUPERVISOR, true);
		clock.advance(Duration.ofMinutes(3));

		assertThatThrownBy(() -> drafts.markPosted(number, People.STAFF, "javascript:alert(1)"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("starting with https://");
		assertThat(drafts.markPosted(number, People.STAFF, "https://social.example/r/1").status())
			.isEqualTo(DraftStatus.PUBLISHED);

		CaseView view = cases.get(number);
		assertThat(view.status()).isEqualTo(CaseStatus.REPLIED);
		assertThat(view.measures())
			.isEqualTo(new CaseView.Measures(Duration.ofMinutes(4), Duration.ofMinutes(14), Duration.ofMinutes(17)));
		assertThat(view.history().getLast().actor()).isEqualTo("Sam Staff (slack:U-STAFF)");
		assertThat(view.history().getLast().detail()).isEqualTo("posted by Sam Staff at https://social.example/r/1");
		assertThat(lastCardOf(number).fields())
			.contains(new Card.Field("Reply", "approved after 14 min · public after 17 min"));
	}

	private Card lastCardOf(long number) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> chat.calls()
				.stream()
				.filter(call -> call.method().endsWith("Card") && call.card().title().contains("Case " + number + " "))
				.reduce((a, b) -> b), last -> last.isPresent() && last.get().card().equals(expectedCard(number)))
			.orElseThrow()
			.card();
	}

	private Card expectedCard(long number) {
		return CaseCard.of(cases.get(number), clock.instant());
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
