package dev.frontline.escalation.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.CaseActions;
import dev.frontline.cases.CaseView;
import dev.frontline.cases.Cases;
import dev.frontline.delivery.ChannelAddress;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.escalation.EscalationSettings;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Fires due timers, each in one transaction with its effect: a timer is marked fired and
 * acts, or neither happens — so a restart loses none and fires none twice, and a timer
 * that fell due while the bot was down fires once when it is back.
 */
@Component
class TimerRunner {

	private static final Logger log = LoggerFactory.getLogger(TimerRunner.class);

	private static final int BATCH = 100;

	/** Times in notes are UTC, whatever zone the server runs in. */
	private static final DateTimeFormatter UTC_CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final CaseTimerStore timers;

	private final CaseActions actions;

	private final Cases cases;

	private final People people;

	private final EscalationSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TimerRunner(CaseTimerStore timers, CaseActions actions, Cases cases, People people, EscalationSettings settings,
			TransactionTemplate transactions, Clock clock) {
		this.timers = timers;
		this.actions = actions;
		this.cases = cases;
		this.people = people;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Fires every timer that is due now.
	 * @return how many fired
	 */
	int fireDue() {
		int fired = 0;
		List<CaseTimer> due = timers.due(clock.instant(), BATCH);
		for (CaseTimer timer : due) {
			Boolean done = transactions.execute(status -> timers.markFired(timer.id(), clock.instant()) && fire(timer));
			fired += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return fired;
	}

	private boolean fire(CaseTimer timer) {
		CaseView view = cases.get(timer.caseNumber());
		String due = view.acknowledgeBy() == null ? "" : " (due " + hhmm(view) + " UTC)";
		return switch (timer.kind()) {
			case SLA_WARNING -> actions.remind(timer.caseNumber(), "SLA_WARNING",
					"Acknowledgement is due soon" + due + ": who takes it?", List.of());
			case SLA_BREACH ->
				actions.remind(timer.caseNumber(), "SLA_BREACHED", "Not acknowledged in time" + due + ".", List.of());
			case ESCALATION_STEP -> escalate(view, timer.step());
			case RERATED -> actions.escalateUntaken(view.number(), view.escalationLevel() + 1,
					"re-rated " + view.severity() + " by a new mention while nobody had taken it", List.of(),
					List.of());
			case CORRECTED -> actions.escalateUntaken(view.number(), view.escalationLevel() + 1,
					"raised to " + view.severity() + " by staff while nobody had taken it", List.of(), List.of());
		};
	}

	private boolean escalate(CaseView view, int level) {
		List<EscalationSettings.Step> chain = settings.chainOf(view.team());
		if (level > chain.size()) {
			return false; // the chain was shortened since this timer was set
		}
		EscalationSettings.Step step = chain.get(level - 1);
		List<ThreadNote.Mention> mentions = new ArrayList<>();
		List<ChannelAddress> alsoIn = new ArrayList<>();
		switch (step.tell()) {
			case CHANNEL -> {
			}
			case ON_CALL -> settings.onCall()
				.getOrDefault(view.team(), Map.of())
				.forEach((platform, group) -> mentions.add(new ThreadNote.Mention(platform, group, true)));
			case SUPERVISORS -> people.withRoleAtLeast(Role.SUPERVISOR)
				.forEach((platform, members) -> mentions.addAll(mentionsOf(platform, members)));
			case ESCALATION_CHANNEL -> settings.escalationChannel()
				.forEach((platform, channel) -> alsoIn.add(new ChannelAddress(platform, channel)));
		}
		String who = step.tell().name().toLowerCase(Locale.ROOT).replace('_', '-');
		return actions.escalateUntaken(view.number(), level,
				"nobody acknowledged within " + step.after().toMinutes() + " min; telling " + who, mentions, alsoIn);
	}

	private static List<ThreadNote.Mention> mentionsOf(String platform, Set<People.Member> members) {
		return members.stream().map(member -> new ThreadNote.Mention(platform, member.id(), member.group())).toList();
	}

	private static String hhmm(CaseView view) {
		return UTC_CLOCK.format(view.acknowledgeBy());
	}

	/** Every second, on one instance at a time. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	@SchedulerLock(name = "frontline-timers")
	void fireDueLogged() {
		try {
			fireDue();
		}
		catch (RuntimeException ex) {
			// The timers are safe in the database; the next poll tries again.
			log.warn("Firing timers failed", ex);
		}
	}

}
