package dev.frontline.stories.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.delivery.Card;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.stories.Stories;
import dev.frontline.stories.Story;
import dev.frontline.stories.StoryButtons;
import dev.frontline.stories.StorySettings;
import dev.frontline.teams.Teams;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Moves each team's story week on: asks the members who are in privately, naming the
 * week's presenter; reminds those who have not answered, once; and posts the digest to
 * the team's channel before the meeting. Each step is claimed in the transaction that
 * queues its messages, so a restart repeats none and loses none.
 */
@Component
@EnableConfigurationProperties(StorySettings.class)
public class StoryWeeks {

	private static final Logger log = LoggerFactory.getLogger(StoryWeeks.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);

	private final StorySettings settings;

	private final StoryStore store;

	private final DeliveryQueue delivery;

	private final Teams teams;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AnonymousParticipation participation;

	private final SecureRandom random = new SecureRandom();

	StoryWeeks(StorySettings settings, StoryStore store, DeliveryQueue delivery, Teams teams,
			TransactionTemplate transactions, Clock clock, AnonymousParticipation participation) {
		this.participation = participation;
		settings.teams().keySet().forEach(team -> {
			if (!teams.exists(team)) {
				throw new IllegalArgumentException(
						"frontline.stories.teams." + team + ": no such team under frontline.teams");
			}
		});
		this.settings = settings;
		this.store = store;
		this.delivery = delivery;
		this.teams = teams;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Does whatever is due now, team by team. */
	public void moveOn() {
		Instant now = clock.instant();
		participation.recordDue();
		settings.teams().forEach((team, schedule) -> {
			try {
				transactions.executeWithoutResult(status -> prompt(team, schedule, now));
			}
			catch (DuplicateKeyException madeMeanwhile) {
				// Another run asked the team for this week first (H2 can hand both runs
				// the
				// row before either moved it on); this run's changes were rolled back.
				log.debug("Story week of {} was started by another run", team);
			}
		});
		for (StoryStore.Week week : store.remindersDue(now)) {
			transactions.executeWithoutResult(status -> remind(week));
		}
		for (StoryStore.Week week : store.digestsDue(now)) {
			participation.recordAllOf(week.id());
			transactions.executeWithoutResult(status -> postDigest(week));
		}
	}

	/** The calendar of a configured team. */
	public StoryCalendar calendarOf(String team) {
		return new StoryCalendar(settings.teams().get(team), new HashSet<>(settings.holidays()));
	}

	private void prompt(String team, StorySettings.Team schedule, Instant now) {
		StoryCalendar calendar = calendarOf(team);
		Instant due = store.lockNextPrompt(team).orElse(null);
		if (due == null) {
			Instant first = calendar.nextPrompt(now);
			if (first != null) {
				store.setNextPrompt(team, first);
			}
			return;
		}
		if (due.isAfter(now)) {
			return;
		}
		Instant following = calendar.nextPrompt(due);
		Instant digest = calendar.digestAfter(due);
		if (following != null) {
			store.setNextPrompt(team, following);
		}
		if (digest == null || !digest.isAfter(now)) {
			// The bot was down for the whole week: asking now would come after its
			// meeting.
			log.info("Story week of {} at {} passed while Frontline was down; skipped", team, due);
			return;
		}
		Set<String> away = schedule.memberIds()
			.stream()
			.filter(member -> schedule.isAway(member, calendar.dayOf(due)))
			.collect(Collectors.toSet());
		String presenter = PresenterRotation.choose(schedule.memberIds(), store.lastPresented(team), away).orElse(null);
		long weekId = store.insertWeek(team, due, calendar.reminderAt(due, digest), digest, presenter);
		String meeting = DAY.format(digest.atZone(ZoneId.of(schedule.zone())));
		for (String member : schedule.memberIds()) {
			if (away.contains(member)) {
				continue;
			}
			store.addPrompt(weekId, member);
			sendTo(member,
					new ThreadNote(
							"It's story week for " + teams.displayNameOf(team)
									+ ": share one challenging situation from the past week. "
									+ (member.equals(presenter) ? "You present it at the team meeting this week"
											: "This week's presenter is " + presenterName(schedule, presenter))
									+ " (" + meeting + "). Your story is redacted before anyone else reads it.",
							List.of(), List.of(StoryButtons.SHARE.on(String.valueOf(weekId), true))));
		}
	}

	private void remind(StoryStore.Week week) {
		if (!store.markReminded(week.id(), clock.instant())) {
			return;
		}
		for (String member : store.unanswered(week.id())) {
			sendTo(member, new ThreadNote(
					"A reminder: the team's story digest is posted at the meeting. There is still time to share one"
							+ " challenging situation from the past week.",
					List.of(), List.of(StoryButtons.SHARE.on(String.valueOf(week.id()), true))));
		}
	}

	private void postDigest(StoryStore.Week week) {
		if (!store.markDigestPosted(week, clock.instant())) {
			return;
		}
		List<Story> stories = shuffledIn(store.inDigest(week.id()));
		int[] participation = store.participation(week.id());
		Map<String, Integer> tags = new TreeMap<>();
		stories.forEach(story -> story.tags().forEach(tag -> tags.merge(tag, 1, Integer::sum)));
		String key = Stories.digestCardKey(week.id());
		List<Card.Field> fields = new ArrayList<>();
		fields.add(new Card.Field("Shared",
				participation[1] + " of " + participation[0] + " asked ("
						+ (participation[0] == 0 ? 0 : Math.round(100.0 * participation[1] / participation[0]))
						+ "%) · " + stories.size() + (stories.size() == 1 ? " story" : " stories")));
		fields.add(new Card.Field("Presenter", presenterName(settings.teams().get(week.team()), week.presenterId())));
		if (!tags.isEmpty()) {
			fields.add(new Card.Field("Tags",
					tags.entrySet()
						.stream()
						.map(tag -> tag.getKey() + (tag.getValue() > 1 ? " ×" + tag.getValue() : ""))
						.collect(Collectors.joining(", "))));
		}
		Card header = new Card("Challenging situations · " + teams.displayNameOf(week.team()), Card.Tone.NORMAL, fields,
				null,
				List.of("The stories are in the thread, redacted. Bring them to the meeting. Supervisors: give each"
						+ " a theme, and make what should change an improvement action."),
				List.of(), null);
		teams.channelsOf(week.team()).forEach((platform, channel) -> {
			if (!delivery.isActive(platform)) {
				return;
			}
			ChannelAddress address = new ChannelAddress(platform, channel);
			delivery.showCard(address, key, header);
			for (Story story : stories) {
				String id = String.valueOf(story.id());
				delivery.addThreadNote(address, key, new ThreadNote(Stories.asText(story), List.of(),
						List.of(StoryButtons.THEME.on(id, false), StoryButtons.IMPROVE.on(id, false))));
			}
		});
	}

	/**
	 * The named stories in the order they were shared, each anonymous one at a random
	 * place among them: where it sits says nothing of when it came.
	 */
	private List<Story> shuffledIn(List<Story> stories) {
		List<Story> shown = new ArrayList<>(stories.stream().filter(story -> !story.anonymous()).toList());
		stories.stream().filter(Story::anonymous).forEach(story -> shown.add(random.nextInt(shown.size() + 1), story));
		return shown;
	}

	private void sendTo(String member, ThreadNote message) {
		int colon = member.indexOf(':');
		String platform = member.substring(0, colon);
		if (delivery.isActive(platform)) {
			delivery.sendDirect(platform, member.substring(colon + 1), message);
		}
	}

	private static String presenterName(StorySettings.Team schedule, @Nullable String presenter) {
		return presenter == null ? "nobody (everyone is away)" : schedule.nameOf(presenter);
	}

	/** Every 30 seconds, on one instance at a time. */
	@Scheduled(fixedDelay = 30, timeUnit = TimeUnit.SECONDS)
	@SchedulerLock(name = "frontline-stories")
	void moveOnLogged() {
		try {
			moveOn();
		}
		catch (RuntimeException ex) {
			log.warn("Moving the story weeks on failed; trying again in 30 s", ex);
		}
	}

}
