package dev.frontline.stories.internal;

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

import dev.frontline.delivery.DeliveryQueue;
import dev.frontline.delivery.ThreadNote;
import dev.frontline.followups.FollowUps;
import dev.frontline.people.People;
import dev.frontline.people.Role;
import dev.frontline.stories.ImprovementAction;
import dev.frontline.stories.ImprovementActions;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds each improvement action's owner privately before it is due, and notes one past
 * due in its digest's thread, calling the supervisors, once — as for follow-up steps.
 * Each is claimed in the transaction that sends it, so a restart repeats none and loses
 * none.
 */
@Component
class ActionReminders {

	private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

	private static final int BATCH = 100;

	private final ActionStore store;

	private final ImprovementActions actions;

	private final DeliveryQueue delivery;

	private final People people;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ActionReminders(ActionStore store, ImprovementActions actions, DeliveryQueue delivery, People people,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.actions = actions;
		this.delivery = delivery;
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
		for (ImprovementAction action : store.remindersDue(clock.instant(), BATCH)) {
			sent += Boolean.TRUE.equals(transactions.execute(status -> remind(action))) ? 1 : 0;
		}
		for (ImprovementAction action : store.overdueUnnoted(clock.instant(), BATCH)) {
			sent += Boolean.TRUE.equals(transactions.execute(status -> noteOverdue(action))) ? 1 : 0;
		}
		return sent;
	}

	private boolean remind(ImprovementAction action) {
		if (!store.claim(action.id(), false, clock.instant()) || !clock.instant().isBefore(action.dueAt())) {
			return false; // sent already, or late: the overdue note says so instead
		}
		int colon = action.ownerId().indexOf(':');
		String platform = action.ownerId().substring(0, colon);
		if (!delivery.isActive(platform)) {
			return false;
		}
		long minutes = Math.max(1, Duration.between(clock.instant(), action.dueAt()).toMinutes());
		delivery.sendDirect(platform, action.ownerId().substring(colon + 1),
				new ThreadNote("Reminder: your improvement action " + action.id() + " is due "
						+ FollowUps.DUE.format(action.dueAt()) + " (in " + minutes + " min): " + action.title()));
		return true;
	}

	private boolean noteOverdue(ImprovementAction action) {
		if (!store.claim(action.id(), true, clock.instant())) {
			return false;
		}
		List<ThreadNote.Mention> mentions = new ArrayList<>();
		int colon = action.ownerId().indexOf(':');
		mentions.add(new ThreadNote.Mention(action.ownerId().substring(0, colon), action.ownerId().substring(colon + 1),
				false));
		people.withRoleAtLeast(Role.SUPERVISOR)
			.forEach((platform, members) -> members
				.forEach(member -> mentions.add(new ThreadNote.Mention(platform, member.id(), member.group()))));
		actions.toDigestThread(action,
				new ThreadNote("Overdue: improvement action " + action.id() + " was due "
						+ FollowUps.DUE.format(action.dueAt()) + " (" + action.ownerName() + "): " + action.title(),
						mentions));
		return true;
	}

	/** Every second, on one instance at a time. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	@SchedulerLock(name = "frontline-improvement-actions")
	void sendDueLogged() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			// The actions are safe in the database; the next poll tries again.
			log.warn("Sending improvement action reminders failed", ex);
		}
	}

}
