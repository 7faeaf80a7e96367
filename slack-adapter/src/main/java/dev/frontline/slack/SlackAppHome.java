package dev.frontline.slack;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.App;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;

import dev.frontline.cases.CaseFilter;
import dev.frontline.cases.CaseStatus;
import dev.frontline.cases.CaseSummary;
import dev.frontline.cases.Cases;
import dev.frontline.delivery.InboundEvents;
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
 * App Home: the caller's open cases, follow-up steps, the draft replies waiting for their
 * approval, the cases nobody has acknowledged in time, and this week's story.
 */
class SlackAppHome {

	private static final Logger log = LoggerFactory.getLogger(SlackAppHome.class);

	private static final int LIMIT = 15;

	/**
	 * The most nominations listed, two blocks each: with the lists above, App Home stays
	 * under Slack's 100 blocks however many cases colleagues nominate.
	 */
	static final int NOMINATIONS_SHOWN = 5;

	private final Cases cases;

	private final ReplyDrafts replies;

	private final FollowUps followUps;

	private final People people;

	private final SlackUsers users;

	private final Stories stories;

	private final InboundEvents inbound;

	private final Clock clock;

	SlackAppHome(Cases cases, ReplyDrafts replies, FollowUps followUps, Stories stories, People people,
			SlackUsers users, InboundEvents inbound, Clock clock) {
		this.stories = stories;
		this.followUps = followUps;
		this.cases = cases;
		this.replies = replies;
		this.people = people;
		this.users = users;
		this.inbound = inbound;
		this.clock = clock;
	}

	void register(App app) {
		app.event(AppHomeOpenedEvent.class, (payload, context) -> {
			if (!inbound.firstTime(SlackChatPlatform.NAME, payload.getEventId())) {
				return context.ack();
			}
			String userId = payload.getEvent().getUser();
			List<LayoutBlock> blocks = home(users.actorOrId(userId));
			ViewsPublishResponse published = context.client()
				.viewsPublish(r -> r.userId(userId).view(view(v -> v.type("home").blocks(blocks))));
			if (!published.isOk()) {
				log.warn("App Home for {} was not published: {}", userId, published.getError());
			}
			return context.ack();
		});
	}

	List<LayoutBlock> home(Actor actor) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header(h -> h.text(plainText("Frontline"))));
		if (people.roleOf(actor).isEmpty()) {
			blocks.add(section(
					s -> s.text(plainText("Frontline doesn't know you yet. Ask an admin to add you to a care team."))));
			return blocks;
		}
		CaseFilter unresolved = CaseFilter.all(LIMIT)
			.withStatuses(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isUnresolved).toList());
		listing(blocks, "Your open cases",
				cases.list(unresolved.withOwner(SlackChatPlatform.NAME + ":" + actor.userId())));
		List<FollowUpStep> steps = followUps.ownedBy(actor);
		blocks.add(divider());
		blocks.add(header(h -> h.text(plainText("Your follow-up steps (" + steps.size() + ")"))));
		if (steps.isEmpty()) {
			blocks.add(section(s -> s.text(plainText("None."))));
		}
		for (FollowUpStep step : steps.stream().limit(LIMIT).toList()) {
			String due = step.dueAt().isAfter(clock.instant()) ? "due " : "OVERDUE since ";
			String line = "Step " + step.ref() + " · " + due + Card.time(step.dueAt(), clock.instant()) + " · "
					+ step.title();
			blocks.add(section(s -> s.text(plainText(SlackText.fit(SlackText.untrusted(line), 500)))));
		}
		List<ReplyDraft> approvals = replies.waitingFor(actor);
		if (!approvals.isEmpty() || people.roleOf(actor).filter(role -> role.includes(Role.SUPERVISOR)).isPresent()) {
			blocks.add(divider());
			blocks.add(header(h -> h.text(plainText("Approvals waiting for you (" + approvals.size() + ")"))));
			if (approvals.isEmpty()) {
				blocks.add(section(s -> s.text(plainText("None."))));
			}
			for (ReplyDraft draft : approvals.stream().limit(LIMIT).toList()) {
				String line = "Draft reply " + draft.id() + " · Case " + draft.caseNumber() + " · by "
						+ draft.authorName() + " · " + draft.findings().size() + " warnings · in the case's thread: "
						+ draft.text();
				blocks.add(section(s -> s.text(plainText(SlackText.fit(SlackText.untrusted(line), 500)))));
			}
		}
		listing(blocks, "Waiting past their acknowledgement time",
				cases.list(unresolved.acknowledgementOverdueAt(clock.instant())));
		stories.statusOf(actor).ifPresent(status -> story(blocks, status));
		return blocks;
	}

	/**
	 * This week's story: the presenter, whether the person has shared, what waits for
	 * them.
	 */
	static void story(List<LayoutBlock> blocks, StoryStatus status) {
		blocks.add(divider());
		blocks.add(header(h -> h.text(plainText("Your weekly story · " + status.team()))));
		StoryStatus.Week week = status.week();
		if (week == null) {
			blocks.add(section(s -> s.text(plainText("The team has not been asked yet. You can share one any time."))));
			blocks.add(CardBlocks.buttons(List.of(StoryButtons.SHARE.on("home", true))));
		}
		else {
			String presenter = week.presenting() ? "you present it"
					: "presenter: " + (week.presenterName() == null ? "nobody" : week.presenterName());
			String digest = (week.digestPosted() ? "digest posted " : "digest ")
					+ FollowUps.DUE.format(week.digestAt());
			String shared = week.answered() ? "You have shared a story this week. Thank you." : week.digestPosted()
					? "Your next story goes in next week's digest." : "You have not shared a story this week yet.";
			blocks.add(section(s -> s.text(plainText(SlackText.escape(presenter + " · " + digest + "\n" + shared)))));
			if (!week.answered()) {
				blocks.add(CardBlocks.buttons(List.of(StoryButtons.SHARE.on("home", true))));
			}
		}
		if (status.editable() != null) {
			blocks.add(section(s -> s.text(plainText("Your story " + status.editable().id()
					+ " can still change until the digest is posted: open it with /story."))));
		}
		for (Nomination nomination : status.nominations().stream().limit(NOMINATIONS_SHOWN).toList()) {
			blocks.add(section(s -> s
				.text(plainText("Case " + nomination.caseNumber() + " was nominated for you as a teachable moment by "
						+ SlackText.escape(nomination.nominatedBy()) + "."))));
			blocks.add(CardBlocks.buttons(List.of(StoryButtons.SHARE_CASE.on(String.valueOf(nomination.id()), false))));
		}
		int more = status.nominations().size() - NOMINATIONS_SHOWN;
		if (more > 0) {
			blocks.add(section(s -> s.text(plainText("… and " + more + " more nominated "
					+ (more == 1 ? "case" : "cases") + ": each shows here once one above is shared."))));
		}
		if (!status.actions().isEmpty()) {
			blocks.add(section(s -> s.text(plainText(SlackText.fit(
					SlackText.untrusted("Your improvement actions:\n"
							+ status.actions().stream().map(ImprovementAction::line).collect(Collectors.joining("\n"))),
					2_900)))));
		}
	}

	private static void listing(List<LayoutBlock> blocks, String heading, List<CaseSummary> found) {
		blocks.add(divider());
		blocks.add(header(h -> h.text(plainText(heading + " (" + found.size() + ")"))));
		if (found.isEmpty()) {
			blocks.add(section(s -> s.text(plainText("None."))));
		}
		for (CaseSummary summary : found) {
			String line = summary.severity() + " · Case " + summary.number() + " · " + summary.status() + " · "
					+ summary.team() + " · " + (summary.customerHandle() == null ? "unknown" : summary.customerHandle())
					+ " · " + summary.excerpt();
			blocks.add(section(s -> s.text(plainText(SlackText.fit(SlackText.untrusted(line), 2_900)))));
		}
	}

}
