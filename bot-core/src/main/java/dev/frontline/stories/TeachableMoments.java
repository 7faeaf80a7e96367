package dev.frontline.stories;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.cases.CommandReply;
import dev.frontline.cases.ComplaintView;
import dev.frontline.cases.HistoryEntry;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.people.Actor;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.stories.internal.StoryStore;

/**
 * Teachable moments: a resolved case nominated as a story. Whoever handled it is asked
 * privately, and their form opens prefilled from the case — redacted, like every story.
 */
@Service
public class TeachableMoments {

	/** What of a case's history tells what the team did. */
	private static final Set<String> DEEDS = Set.of("ACKNOWLEDGED", "ESCALATED", "REPLY_APPROVED", "REPLIED",
			"PLAN_MADE", "STEP_DONE", "STEP_WAIVED", "RESOLVED");

	private final StoryStore store;

	private final StoryTeams teams;

	private final Cases cases;

	private final DeliveryQueue delivery;

	private final People people;

	private final Clock clock;

	TeachableMoments(StoryStore store, StoryTeams teams, Cases cases, DeliveryQueue delivery, People people,
			Clock clock) {
		this.store = store;
		this.teams = teams;
		this.cases = cases;
		this.delivery = delivery;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * {@code /stories nominate <case>}: asks whoever owned the resolved case to share it
	 * as a story.
	 */
	@Transactional
	public CommandReply nominate(Actor actor, long caseNumber) {
		people.require(actor, Role.STAFF);
		CaseView view = cases.get(caseNumber);
		if (view.status() != CaseStatus.RESOLVED) {
			throw new IllegalArgumentException(
					"Case " + caseNumber + " is " + view.status() + ": nominate it as a story once it is resolved.");
		}
		if (view.owner() == null) {
			throw new IllegalArgumentException(
					"Case " + caseNumber + " was never taken by anyone, so there is nobody to tell its story.");
		}
		Actor nominee = StoryTeams.actorOf(view.owner().id(), view.owner().name());
		String team = teams.find(nominee)
			.orElseThrow(() -> new IllegalArgumentException(nominee.displayName() + ", who handled case " + caseNumber
					+ ", is not in a team's story rotation."));
		long id = store
			.insertNomination(caseNumber, team, view.owner().id(), nominee.displayName(), actor.describe(),
					clock.instant())
			.orElseThrow(() -> new IllegalArgumentException(
					"Case " + caseNumber + " is nominated for " + nominee.displayName() + " already."));
		if (delivery.isActive(nominee.platform())) {
			delivery.sendDirect(nominee.platform(), nominee.userId(), new ThreadNote(actor.displayName()
					+ " nominated case " + caseNumber + " (" + view.category() + ") as a teachable moment: would you"
					+ " share it as a story? The form opens filled in from the case, redacted; add what would have"
					+ " helped, change anything, and choose whether your name goes with it.", List.of(),
					List.of(StoryButtons.SHARE_CASE.on(String.valueOf(id), true))));
		}
		return CommandReply.text("Case " + caseNumber + " is nominated as a story: " + nominee.displayName()
				+ " is asked privately to share it.");
	}

	/**
	 * The story form for a nomination, filled in from its case and redacted.
	 * @throws IllegalArgumentException when the nomination is not the person's
	 */
	@Transactional(readOnly = true)
	public Stories.Opened open(Actor actor, long nominationId) {
		Nomination nomination = nominationOf(actor, nominationId);
		CaseView view = cases.get(nomination.caseNumber());
		ComplaintView first = view.firstComplaint();
		String happened = "A " + view.severity() + " " + view.category() + " case. The customer wrote: \""
				+ first.text() + "\"" + (view.complaints().size() > 1
						? " They wrote " + (view.complaints().size() - 1) + " more times." : "");
		String did = view.history()
			.stream()
			.filter(entry -> DEEDS.contains(entry.action()))
			.map(TeachableMoments::deed)
			.collect(Collectors.joining("; "));
		StoryForm prefill = new StoryForm(happened, did.isEmpty() ? "" : did + ".", "", null, view.category(), false);
		Stories.Preview redacted = teams.redact(nomination.team(), actor, prefill, customerNames(view));
		return new Stories.Opened(nomination.team(), null, redacted.redacted(), nominationId);
	}

	/** The person's nominations they have not shared yet. */
	@Transactional(readOnly = true)
	public List<Nomination> waitingFor(Actor actor) {
		return store.unsharedNominationsOf(StoryTeams.idOf(actor));
	}

	/** The names a story from the nomination's case must not show. */
	List<String> namesToRedact(Actor actor, long nominationId) {
		return customerNames(cases.get(nominationOf(actor, nominationId).caseNumber()));
	}

	void shared(long nominationId) {
		store.nominationShared(nominationId);
	}

	private Nomination nominationOf(Actor actor, long nominationId) {
		return store.findNomination(nominationId)
			.filter(found -> found.nomineeId().equals(StoryTeams.idOf(actor)))
			.orElseThrow(() -> new IllegalArgumentException("You have no nomination " + nominationId + "."));
	}

	private static List<String> customerNames(CaseView view) {
		List<String> names = new ArrayList<>();
		for (ComplaintView complaint : view.complaints()) {
			if (complaint.author().displayName() != null) {
				names.add(complaint.author().displayName());
			}
			if (complaint.author().handle() != null) {
				names.add(complaint.author().handle().replaceFirst("^@", ""));
			}
		}
		return names;
	}

	private static String deed(HistoryEntry entry) {
		String what = entry.action().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(what.charAt(0)) + what.substring(1)
				+ (entry.detail() == null || entry.detail().isBlank() ? "" : ": " + entry.detail());
	}

}
