package dev.frontline.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.followups.FollowUpStep;
import dev.frontline.followups.FollowUps;
import dev.frontline.people.Actor;
import dev.frontline.replies.ReplyDraft;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.stories.Stories;

/**
 * One conversation every chat platform must carry to the same end: a complaint is raised,
 * acknowledged, a reply drafted, changes requested, the draft edited and approved, a
 * follow-up plan made, a step done and the case resolved by a supervisor waiving the
 * rest; then the staff member shares a story of it. Each platform's test supplies how a
 * person presses and submits on it; the case's history, in the core's own words with the
 * people named by role, what the person read when the story was shared, and the story as
 * the team lists it must read the same.
 */
public final class ScriptedConversation {

	/** How a platform's test acts as a person; each call returns once the core has it. */
	public interface Platform {

		/** The platform's name, as people's identities carry it. */
		String platform();

		/** The platform's id of a staff member and of a supervisor. */
		String staff();

		String supervisor();

		/**
		 * How the core names a person of this platform in history, such as
		 * {@code Display U0STAFF}.
		 */
		String nameOf(String userId);

		void press(String userId, String action, String target);

		void submit(String userId, String form, String target, Map<String, String> answers);

		/**
		 * Submits a form as the platform carries it and returns what the person reads in
		 * answer: the lines of the form it shows next, with that form's target, or the
		 * words it answers with.
		 */
		Read submitAndRead(String userId, String form, String target, Map<String, String> answers);

		/** Waits until the condition holds, as platforms may hand events over later. */
		void await(BooleanSupplier condition);

	}

	/**
	 * What a person read after a submission.
	 *
	 * @param text the words, or the lines of the form shown next
	 * @param nextTarget the target of the form shown next, or an empty string
	 */
	public record Read(String text, String nextTarget) {
	}

	/** The history every platform reaches, each person named by role. */
	public static final List<String> HISTORY = List.of(
			"OPENED by frontline: SEV3 score 45, team baggage, from x scripted",
			"ACKNOWLEDGED by staff: took ownership after <minutes>",
			"REPLY_DRAFTED by staff: draft 1, all checks passed",
			"REPLY_CHANGES_REQUESTED by supervisor: draft 1: Say when we will call back.",
			"REPLY_EDITED by staff: draft 1, all checks passed", "REPLY_APPROVED by supervisor: draft 1",
			"PLAN_MADE by staff: 5 steps from the baggage playbook",
			"STEP_PLANNED by staff: step <case>.1: Move the conversation to a private message; <owner>, due <time>",
			"STEP_PLANNED by staff: step <case>.2: Check the bag in the baggage tracing system; <owner>, due <time>",
			"STEP_PLANNED by staff: step <case>.3: Update the customer on where the bag is; <owner>, due <time>",
			"STEP_PLANNED by staff: step <case>.4: Confirm delivery or compensation within policy; <owner>, due <time>",
			"STEP_PLANNED by staff: step <case>.5: Close the loop and ask how the rest of the trip went; <owner>, due <time>",
			"STEP_DONE by staff: step <case>.1: Move the conversation to a private message",
			"STEP_WAIVED by supervisor: step <case>.2: Check the bag in the baggage tracing system; Bag delivered to the hotel.",
			"STEP_WAIVED by supervisor: step <case>.3: Update the customer on where the bag is; Bag delivered to the hotel.",
			"STEP_WAIVED by supervisor: step <case>.4: Confirm delivery or compensation within policy; Bag delivered to the hotel.",
			"STEP_WAIVED by supervisor: step <case>.5: Close the loop and ask how the rest of the trip went; Bag delivered to the hotel.",
			"RESOLVED by supervisor: Bag delivered to the hotel.",
			"READ by staff: Thank you. Story <story> is in the next digest. You can change it with /story until the"
					+ " digest is posted.",
			"LISTED: This week's stories (1):", "", "Story <story> · <staff> · baggage, hotel",
			"What happened: A bag missed its connection in Denver.",
			"What they did: Traced it and sent it to the hotel.",
			"What would have helped: A courier we can book from the desk.",
			"Process idea: Book couriers from the desk");

	private ScriptedConversation() {
	}

	/**
	 * Runs the conversation on a case just raised, and returns its history as
	 * {@code ACTION by role: detail}.
	 */
	public static List<String> run(Platform platform, long number, Cases cases, ReplyDrafts drafts, FollowUps followUps,
			Stories stories) {
		String staff = platform.staff();
		String supervisor = platform.supervisor();
		String target = String.valueOf(number);
		platform.press(staff, "acknowledge", target);
		platform.await(() -> cases.get(number).status() == CaseStatus.ACKNOWLEDGED);

		platform.press(staff, "draft-reply", target);
		platform.submit(staff, "draft-reply", target, Map.of("reply",
				"Sorry your bag is late. Please send us a private message with your tag number.", "note", "first try"));
		platform.await(() -> drafts.ofCase(number).size() == 1);
		ReplyDraft draft = drafts.ofCase(number).getFirst();
		platform.submit(supervisor, "reply-changes", String.valueOf(draft.id()),
				Map.of("comment", "Say when we will call back."));
		platform.await(() -> drafts.ofCase(number).getFirst().version() != draft.version()
				|| !drafts.ofCase(number).getFirst().status().equals(draft.status()));
		platform.submit(staff, "reply-edit-form", number + ":" + draft.id(), Map.of("reply",
				"Sorry your bag is late. Please send us a private message with your tag number; we call back today."));
		platform.await(() -> drafts.ofCase(number).getFirst().text().endsWith("we call back today."));
		ReplyDraft edited = drafts.ofCase(number).getFirst();
		platform.press(supervisor, "reply-approve", edited.id() + ":" + edited.version());
		platform.await(() -> cases.get(number).status() == CaseStatus.REPLY_APPROVED);

		platform.press(staff, "plan-follow-up", target);
		platform.await(() -> !followUps.steps(number).isEmpty());
		FollowUpStep first = followUps.steps(number).getFirst();
		platform.press(staff, "step-done", first.ref());
		platform.await(() -> !followUps.steps(number).getFirst().isOpen());
		platform.submit(supervisor, "resolve", target, Map.of("text", "Bag delivered to the hotel.", "waive", "true"));
		platform.await(() -> cases.get(number).status() == CaseStatus.RESOLVED);

		CaseView view = cases.get(number);
		List<String> history = new ArrayList<>(
				view.history().stream().map(entry -> line(entry, platform, number)).toList());

		platform.press(staff, "story-share", "");
		Read preview = platform.submitAndRead(staff, "story-form", "",
				Map.of("happened", "A bag missed its connection in Denver.", "did",
						"Traced it and sent it to the hotel.", "helped", "A courier we can book from the desk.", "idea",
						"Book couriers from the desk", "tags", "baggage, hotel"));
		if (!preview.text().contains("As the team will read it") || preview.nextTarget().isEmpty()) {
			throw new AssertionError("no preview of the story: " + preview);
		}
		Read shared = platform.submitAndRead(staff, "story-preview", preview.nextTarget(), Map.of("share", "named"));
		String storyId = shared.text().replaceAll("(?s).*Story (\\d+) .*", "$1");
		history.add("READ by staff: " + shared.text().replace("Story " + storyId + " ", "Story <story> "));
		Actor asStaff = new Actor(platform.platform(), staff, platform.nameOf(staff));
		String listed = stories.storiesCommand(asStaff, "this-week").text();
		history.add("LISTED: " + listed.replace("Story " + storyId + " ", "Story <story> ")
			.replace(platform.nameOf(staff), "<staff>"));
		return history.stream().flatMap(line -> line.lines()).toList();
	}

	private static String line(HistoryEntry entry, Platform platform, long number) {
		String staffName = platform.nameOf(platform.staff());
		String supervisorName = platform.nameOf(platform.supervisor());
		String actor = entry.actor().startsWith(staffName + " (") ? "staff"
				: entry.actor().startsWith(supervisorName + " (") ? "supervisor" : entry.actor();
		String detail = entry.detail() == null ? ""
				: entry.detail()
					.replace(supervisorName, "<supervisor>")
					.replace(staffName, "<staff>")
					.replaceAll("after <?\\d+ min", "after <minutes>")
					.replaceAll("step " + number + "\\.", "step <case>.")
					.replaceAll("; [^;]*, due [A-Za-z]{3} \\d{2}:\\d{2} UTC", "; <owner>, due <time>");
		return entry.action() + " by " + actor + ": " + detail;
	}

}
