package dev.frontline.home;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dev.frontline.cases.CaseFilter;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseSummary;
import dev.frontline.cases.Cases;
import dev.frontline.delivery.Card;
import dev.frontline.followups.FollowUpStep;
import dev.frontline.followups.FollowUps;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.replies.ReplyDraft;
import dev.frontline.replies.ReplyDrafts;
import dev.frontline.stories.ImprovementAction;
import dev.frontline.stories.Nomination;
import dev.frontline.stories.Stories;
import dev.frontline.stories.StoryButtons;
import dev.frontline.stories.StoryStatus;

/**
 * Composes a person's home: their open cases, follow-up steps, the draft replies waiting
 * for their approval, the cases nobody has acknowledged in time, and this week's story.
 * Each list is kept short, so a home fits every platform's page (Slack's App Home holds
 * 100 blocks).
 */
@Service
public class Homes {

	/** The most entries a list shows. */
	static final int LIMIT = 15;

	/**
	 * The most nominations listed, a line and a button each: however many cases
	 * colleagues nominate, the home stays short.
	 */
	public static final int NOMINATIONS_SHOWN = 5;

	private final Cases cases;

	private final ReplyDrafts replies;

	private final FollowUps followUps;

	private final Stories stories;

	private final People people;

	private final Clock clock;

	Homes(Cases cases, ReplyDrafts replies, FollowUps followUps, Stories stories, People people, Clock clock) {
		this.cases = cases;
		this.replies = replies;
		this.followUps = followUps;
		this.stories = stories;
		this.people = people;
		this.clock = clock;
	}

	/** The person's home, or a line saying Frontline does not know them. */
	public Home of(Actor actor) {
		List<Home.Part> parts = new ArrayList<>();
		parts.add(new Home.Heading("Frontline"));
		if (people.roleOf(actor).isEmpty()) {
			parts.add(new Home.Line("Frontline doesn't know you yet. Ask an admin to add you to a care team."));
			return new Home(parts);
		}
		CaseFilter unresolved = CaseFilter.all(LIMIT)
			.withStatuses(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isUnresolved).toList());
		listing(parts, "Your open cases", cases.list(unresolved.withOwner(actor.platform() + ":" + actor.userId())));
		List<FollowUpStep> steps = followUps.ownedBy(actor);
		parts.add(new Home.Heading("Your follow-up steps (" + steps.size() + ")"));
		if (steps.isEmpty()) {
			parts.add(new Home.Line("None."));
		}
		for (FollowUpStep step : steps.stream().limit(LIMIT).toList()) {
			String due = step.dueAt().isAfter(clock.instant()) ? "due " : "OVERDUE since ";
			parts.add(new Home.Line("Step " + step.ref() + " · " + due + Card.time(step.dueAt(), clock.instant())
					+ " · " + step.title()));
		}
		List<ReplyDraft> approvals = replies.waitingFor(actor);
		if (!approvals.isEmpty() || people.roleOf(actor).filter(role -> role.includes(Role.SUPERVISOR)).isPresent()) {
			parts.add(new Home.Heading("Approvals waiting for you (" + approvals.size() + ")"));
			if (approvals.isEmpty()) {
				parts.add(new Home.Line("None."));
			}
			for (ReplyDraft draft : approvals.stream().limit(LIMIT).toList()) {
				parts.add(new Home.Line("Draft reply " + draft.id() + " · Case " + draft.caseNumber() + " · by "
						+ draft.authorName() + " · " + draft.findings().size() + " warnings · in the case's thread: "
						+ draft.text()));
			}
		}
		listing(parts, "Waiting past their acknowledgement time",
				cases.list(unresolved.acknowledgementOverdueAt(clock.instant())));
		stories.statusOf(actor).ifPresent(status -> story(parts, status));
		return new Home(parts);
	}

	/**
	 * This week's story: the presenter, whether the person has shared, what waits for
	 * them.
	 */
	static void story(List<Home.Part> parts, StoryStatus status) {
		parts.add(new Home.Heading("Your weekly story · " + status.team()));
		Home.Buttons share = new Home.Buttons(List.of(StoryButtons.SHARE.on("home", true)));
		StoryStatus.Week week = status.week();
		if (week == null) {
			parts.add(new Home.Line("The team has not been asked yet. You can share one any time."));
			parts.add(share);
		}
		else {
			String presenter = week.presenting() ? "you present it"
					: "presenter: " + (week.presenterName() == null ? "nobody" : week.presenterName());
			String digest = (week.digestPosted() ? "digest posted " : "digest ")
					+ FollowUps.DUE.format(week.digestAt());
			String shared = week.answered() ? "You have shared a story this week. Thank you." : week.digestPosted()
					? "Your next story goes in next week's digest." : "You have not shared a story this week yet.";
			parts.add(new Home.Line(presenter + " · " + digest + "\n" + shared));
			if (!week.answered()) {
				parts.add(share);
			}
		}
		if (status.editable() != null) {
			parts.add(new Home.Line("Your story " + status.editable().id()
					+ " can still change until the digest is posted: open it with /story."));
		}
		for (Nomination nomination : status.nominations().stream().limit(NOMINATIONS_SHOWN).toList()) {
			parts.add(new Home.Line("Case " + nomination.caseNumber()
					+ " was nominated for you as a teachable moment by " + nomination.nominatedBy() + "."));
			parts.add(new Home.Buttons(List.of(StoryButtons.SHARE_CASE.on(String.valueOf(nomination.id()), false))));
		}
		int more = status.nominations().size() - NOMINATIONS_SHOWN;
		if (more > 0) {
			parts.add(new Home.Line("… and " + more + " more nominated " + (more == 1 ? "case" : "cases")
					+ ": each shows here once one above is shared."));
		}
		if (!status.actions().isEmpty()) {
			parts.add(new Home.Line("Your improvement actions:\n"
					+ status.actions().stream().map(ImprovementAction::line).collect(Collectors.joining("\n"))));
		}
	}

	private static void listing(List<Home.Part> parts, String heading, List<CaseSummary> found) {
		parts.add(new Home.Heading(heading + " (" + found.size() + ")"));
		if (found.isEmpty()) {
			parts.add(new Home.Line("None."));
		}
		for (CaseSummary summary : found) {
			parts.add(new Home.Line(summary.severity() + " · Case " + summary.number() + " · " + summary.status()
					+ " · " + summary.team() + " · "
					+ (summary.customerHandle() == null ? "unknown" : summary.customerHandle()) + " · "
					+ summary.excerpt()));
		}
	}

}
