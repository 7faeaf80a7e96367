package dev.frontline.followups.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.cases.CaseActions;
import dev.frontline.delivery.Card;
import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.followups.FollowUpStep;
import dev.frontline.followups.FollowUps;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds each step's owner privately before it is due, and notes a step past due in the
 * case's thread, calling the supervisors, once. Each is claimed in the transaction that
 * sends it, so a restart repeats none and loses none; a reminder that fell due while the
 * bot was down goes out when it is back, unless the step is already past due — then only
 * the overdue note does.
 */
@Component
class StepReminders {

	private static final Logger log = LoggerFactory.getLogger(StepReminders.class);

	private static final int BATCH = 100;

	private final StepStore store;

	private final DeliveryQueue delivery;

	private final CaseActions caseActions;

	private final People people;

	private final TransactionTemplate transactions;

	private final Clock clock;

	StepReminders(StepStore store, DeliveryQueue delivery, CaseActions caseActions, People people,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.delivery = delivery;
		this.caseActions = caseActions;
		this.people = people;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends every reminder and overdue note that is due now.
	 * @return how many were sent
	 */
	int sendDue() {
		int sent = 0;
		for (FollowUpStep step : store.remindersDue(clock.instant(), BATCH)) {
			sent += Boolean.TRUE.equals(transactions.execute(status -> remind(step))) ? 1 : 0;
		}
		for (FollowUpStep step : store.overdueUnnoted(clock.instant(), BATCH)) {
			sent += Boolean.TRUE.equals(transactions.execute(status -> noteOverdue(step))) ? 1 : 0;
		}
		return sent;
	}

	private boolean remind(FollowUpStep step) {
		if (!store.markReminded(step.id(), clock.instant())) {
			return false;
		}
		if (!clock.instant().isBefore(step.dueAt())) {
			return false; // already late: the overdue note says so instead
		}
		int colon = step.ownerId().indexOf(':');
		String platform = step.ownerId().substring(0, colon);
		if (!delivery.isActive(platform)) {
			return false;
		}
		long minutes = Math.max(1, Duration.between(clock.instant(), step.dueAt()).toMinutes());
		delivery.sendDirect(platform, step.ownerId().substring(colon + 1),
				new ThreadNote("Reminder: your follow-up step " + step.ref() + " is due "
						+ Card.time(step.dueAt(), clock.instant()) + " (in " + minutes + " min): " + step.title()));
		return true;
	}

	private boolean noteOverdue(FollowUpStep step) {
		if (!store.markOverdueNoted(step.id(), clock.instant())) {
			return false;
		}
		List<ThreadNote.Mention> mentions = new ArrayList<>();
		int colon = step.ownerId().indexOf(':');
		mentions.add(
				new ThreadNote.Mention(step.ownerId().substring(0, colon), step.ownerId().substring(colon + 1), false));
		people.withRoleAtLeast(Role.SUPERVISOR)
			.forEach((platform, members) -> members
				.forEach(member -> mentions.add(new ThreadNote.Mention(platform, member.id(), member.group()))));
		caseActions
			.recordNotice(step.caseNumber(), "STEP_OVERDUE",
					"step " + step.ref() + ": " + step.title() + "; " + step.ownerName(),
					new ThreadNote("Overdue: step " + step.ref() + " was due "
							+ Card.time(step.dueAt(), clock.instant()) + " (" + step.ownerName() + "): " + step.title(),
							mentions));
		return true;
	}

	/** Every second, on one instance at a time. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	@SchedulerLock(name = "frontline-followups")
	void sendDueLogged() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			// The steps are safe in the database; the next poll tries again.
			log.warn("Sending follow-up reminders failed", ex);
		}
	}

}
